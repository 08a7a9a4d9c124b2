using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace FrontDoor.Core.Messages.Webhooks;

/// <summary>What checking an event's signature found.</summary>
public enum WebhookVerification
{
    Valid,

    /// <summary>No signature header, or not <c>t=…,v1=…</c>.</summary>
    Malformed,

    /// <summary>Signed too long ago (or too far ahead): a replay, or clocks far apart.</summary>
    OutsideTolerance,

    /// <summary>No <c>v1</c> matches the body with any of the secrets: tampered with, or signed with another secret.</summary>
    NoMatch,
}

/// <summary>
/// The <c>FrontDoor-Signature</c> header, in Stripe's scheme: <c>t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256 of
/// "&lt;t&gt;.&lt;raw body&gt;" with the subscription's secret&gt;</c>. The timestamp is signed with the body, so a receiver
/// that refuses old timestamps refuses replays. Documented for receivers in <c>docs/webhooks.md</c>.
/// </summary>
public static class WebhookSignature
{
    public const string HeaderName = "FrontDoor-Signature";
    public const string EventIdHeaderName = "FrontDoor-Event-Id";
    public const string EventTypeHeaderName = "FrontDoor-Event-Type";

    /// <summary>How old a signature a receiver should accept, as the documentation advises.</summary>
    public static readonly TimeSpan DefaultTolerance = TimeSpan.FromMinutes(5);

    public static string Sign(string body, string secret, DateTimeOffset at) => Sign(Encoding.UTF8.GetBytes(body), secret, at);

    public static string Sign(ReadOnlySpan<byte> body, string secret, DateTimeOffset at)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"t={timestamp},v1={Convert.ToHexStringLower(Mac(timestamp, body, secret))}";
    }

    public static WebhookVerification Verify(string body, string? header, string secret, DateTimeOffset now, TimeSpan tolerance) =>
        Verify(Encoding.UTF8.GetBytes(body), header, [secret], now, tolerance);

    /// <summary>
    /// Checks <paramref name="header"/> against the raw <paramref name="body"/> as received. Any of several <c>v1</c>
    /// values may match any of several <paramref name="secrets"/>, so a receiver holds the old and new secret while
    /// one is changed. Signatures are compared in constant time.
    /// </summary>
    public static WebhookVerification Verify(ReadOnlySpan<byte> body, string? header, IEnumerable<string> secrets, DateTimeOffset now, TimeSpan tolerance)
    {
        if (!TryParse(header, out var timestamp, out var signatures))
        {
            return WebhookVerification.Malformed;
        }

        var signedAt = DateTimeOffset.FromUnixTimeSeconds(timestamp);
        if ((now - signedAt).Duration() > tolerance)
        {
            return WebhookVerification.OutsideTolerance;
        }

        var text = timestamp.ToString(CultureInfo.InvariantCulture);
        foreach (var secret in secrets)
        {
            var expected = Mac(text, body, secret);
            foreach (var signature in signatures)
            {
                if (CryptographicOperations.FixedTimeEquals(expected, signature))
                {
                    return WebhookVerification.Valid;
                }
            }
        }

        return WebhookVerification.NoMatch;
    }

    private static byte[] Mac(string timestamp, ReadOnlySpan<byte> body, string secret)
    {
        var prefix = Encoding.UTF8.GetBytes(timestamp + ".");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        return HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed);
    }

    private static bool TryParse(string? header, out long timestamp, out List<byte[]> signatures)
    {
        timestamp = 0;
        signatures = [];
        var hasTimestamp = false;
        foreach (var part in (header ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                return false;
            }

            var (key, value) = (part[..equals], part[(equals + 1)..]);
            if (key == "t")
            {
                if (hasTimestamp || !long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out timestamp) || timestamp > 253_402_300_799)
                {
                    return false;
                }

                hasTimestamp = true;
            }
            else if (key == "v1" && value.Length == 64 && value.All(char.IsAsciiHexDigit))
            {
                signatures.Add(Convert.FromHexString(value));
            }

            // Other schemes (a later v2) are for receivers that know them.
        }

        return hasTimestamp && signatures.Count > 0;
    }
}
