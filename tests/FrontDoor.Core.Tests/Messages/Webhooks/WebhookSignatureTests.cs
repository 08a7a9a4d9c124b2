using System.Text;
using FrontDoor.Core.Messages.Webhooks;

namespace FrontDoor.Core.Tests.Messages.Webhooks;

/// <summary>The signature scheme receivers are told to check (docs/webhooks.md).</summary>
public sealed class WebhookSignatureTests
{
    private const string Secret = "0123456789abcdef0123456789abcdef-first";
    private const string Body = """{"id":"0193a5c0-0000-7000-8000-000000000001","type":"contact.closed"}""";
    private static readonly DateTimeOffset SignedAt = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Sign_IsTheTimestampAndTheHexHmacOfTimestampDotBody()
    {
        var header = WebhookSignature.Sign(Body, Secret, SignedAt);

        // Computed independently of the class: HMAC-SHA256 over "<t>.<body>" with the secret, lower-case hex.
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes($"{SignedAt.ToUnixTimeSeconds()}.{Body}")));
        Assert.Equal($"t={SignedAt.ToUnixTimeSeconds()},v1={expected}", header);
    }

    [Fact]
    public void Verify_TheBodyAsSigned_WithinTolerance_IsValid()
    {
        var header = WebhookSignature.Sign(Body, Secret, SignedAt);

        Assert.Equal(WebhookVerification.Valid, WebhookSignature.Verify(Body, header, Secret, SignedAt.AddMinutes(4), WebhookSignature.DefaultTolerance));
    }

    [Theory]
    [InlineData("contact.closed", "contact.routed")]
    [InlineData("\"type\":\"contact.closed\"}", "\"type\":\"contact.closed\" }")]
    public void Verify_ATamperedBody_FindsNoMatch(string original, string tampered)
    {
        var header = WebhookSignature.Sign(Body, Secret, SignedAt);

        Assert.Equal(WebhookVerification.NoMatch, WebhookSignature.Verify(Body.Replace(original, tampered, StringComparison.Ordinal), header, Secret, SignedAt, WebhookSignature.DefaultTolerance));
    }

    [Fact]
    public void Verify_WithAnotherSecret_FindsNoMatch()
    {
        var header = WebhookSignature.Sign(Body, Secret, SignedAt);

        Assert.Equal(WebhookVerification.NoMatch, WebhookSignature.Verify(Body, header, Secret + "-other", SignedAt, WebhookSignature.DefaultTolerance));
    }

    [Fact]
    public void Verify_AnOldTimestamp_IsRefusedAsAReplay_EvenWithAGoodSignature()
    {
        var header = WebhookSignature.Sign(Body, Secret, SignedAt);

        Assert.Equal(WebhookVerification.OutsideTolerance, WebhookSignature.Verify(Body, header, Secret, SignedAt.AddMinutes(5).AddSeconds(1), WebhookSignature.DefaultTolerance));
        Assert.Equal(WebhookVerification.OutsideTolerance, WebhookSignature.Verify(Body, header, Secret, SignedAt.AddMinutes(-6), WebhookSignature.DefaultTolerance));
    }

    [Fact]
    public void Verify_ATimestampChangedToLookFresh_FindsNoMatch()
    {
        var header = WebhookSignature.Sign(Body, Secret, SignedAt);
        var later = SignedAt.AddHours(1);
        var replayed = header.Replace($"t={SignedAt.ToUnixTimeSeconds()}", $"t={later.ToUnixTimeSeconds()}", StringComparison.Ordinal);

        Assert.Equal(WebhookVerification.NoMatch, WebhookSignature.Verify(Body, replayed, Secret, later, WebhookSignature.DefaultTolerance));
    }

    [Fact]
    public void Verify_DuringASecretChange_AcceptsAnyV1MatchingAnySecretHeld()
    {
        const string next = "fedcba9876543210fedcba9876543210-second";
        var signedWithNext = WebhookSignature.Sign(Body, next, SignedAt);
        var signedWithFirst = WebhookSignature.Sign(Body, Secret, SignedAt);
        var both = $"{signedWithFirst},{signedWithNext[(signedWithNext.IndexOf(',', StringComparison.Ordinal) + 1)..]}";
        var body = Encoding.UTF8.GetBytes(Body);

        Assert.Equal(WebhookVerification.Valid, WebhookSignature.Verify(body, signedWithNext, [Secret, next], SignedAt, WebhookSignature.DefaultTolerance));
        Assert.Equal(WebhookVerification.Valid, WebhookSignature.Verify(body, both, [next], SignedAt, WebhookSignature.DefaultTolerance));
        Assert.Equal(WebhookVerification.NoMatch, WebhookSignature.Verify(body, both, ["neither-of-them-0123456789abcdef"], SignedAt, WebhookSignature.DefaultTolerance));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("v1=00")]
    [InlineData("t=1793610000")]
    [InlineData("t=soon,v1=0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("t=1793610000,v1=not-hex")]
    public void Verify_AHeaderNotInTheScheme_IsMalformed(string? header)
    {
        Assert.Equal(WebhookVerification.Malformed, WebhookSignature.Verify(Body, header, Secret, SignedAt, WebhookSignature.DefaultTolerance));
    }
}
