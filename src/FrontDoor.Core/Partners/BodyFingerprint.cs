using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FrontDoor.Core.Partners;

/// <summary>
/// What a repeat with the same Idempotency-Key is compared on. A partner's system that rebuilds its JSON on a retry
/// may indent it differently or write the fields in another order; that is the same request, so JSON is hashed in a
/// canonical form (fields sorted, no whitespace). Anything else is hashed as its bytes.
/// </summary>
public static class BodyFingerprint
{
    /// <summary>SHA-256 of the canonical form, in lower-case hex.</summary>
    public static string Of(ReadOnlySpan<byte> body) => Hex(Canonical(body) is { } canonical ? Encoding.UTF8.GetBytes(canonical) : body);

    /// <summary>
    /// Whether <paramref name="body"/> is the body <paramref name="stored"/> was taken of: in canonical form, or byte
    /// for byte, as fingerprints were stored before they were canonical.
    /// </summary>
    public static bool Matches(string stored, ReadOnlySpan<byte> body) =>
        string.Equals(stored, Of(body), StringComparison.Ordinal) || string.Equals(stored, OfBytes(body), StringComparison.Ordinal);

    /// <summary>SHA-256 of the bytes as sent.</summary>
    public static string OfBytes(ReadOnlySpan<byte> body) => Hex(body);

    private static string Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static string? Canonical(ReadOnlySpan<byte> body)
    {
        try
        {
            return JsonNode.Parse(body) is { } node ? Sorted(node).ToJsonString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JsonNode Sorted(JsonNode node) => node switch
    {
        JsonObject obj => new JsonObject(obj.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, p.Value is null ? null : Sorted(p.Value)))),
        JsonArray array => new JsonArray([.. array.Select(item => item is null ? null : Sorted(item))]),
        _ => node.DeepClone(),
    };
}
