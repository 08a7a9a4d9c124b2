using System.Text.Json;
using System.Text.Json.Serialization;

namespace FrontDoor.Core.People.Matching;

/// <summary>
/// Why a contact matcher decided what it did, as stored with the contact (<c>Contact.MatchExplanation</c>). The
/// matchers write it with <see cref="ToJson"/> and everything that shows it reads it with
/// <see cref="MatchExplanationReader"/>, so this is the one place that knows the stored shape.
/// </summary>
public sealed record StoredMatchExplanation(string Engine, string? Decision, IReadOnlyList<StoredMatchCandidate> Candidates)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public static StoredMatchExplanation None { get; } = new("none", null, []);

    /// <summary>The stored text when it is not a matcher's JSON (an old explanation in words, or a damaged one), so it is never hidden.</summary>
    [JsonIgnore]
    public string? Unreadable { get; init; }

    public string ToJson() => JsonSerializer.Serialize(this, Json);
}

/// <summary>One person record the matcher considered. Rule-based matchers give no <see cref="Probability"/> or <see cref="Band"/>.</summary>
public sealed record StoredMatchCandidate(Guid PersonId, double? Probability, string? Band, IReadOnlyList<StoredFieldContribution> Fields);

public sealed record StoredFieldContribution(string Field, string Level, double Weight, string Description);

/// <summary>
/// Reads a stored explanation whatever its age: the current shape, the exact-identifier matcher's older
/// <c>{"matcher", "rule", "candidates": [ids]}</c>, or text that is not JSON at all. It never throws: what it
/// cannot read is left out, and an explanation it cannot read at all comes back as <see cref="StoredMatchExplanation.Unreadable"/>.
/// </summary>
public static class MatchExplanationReader
{
    public static StoredMatchExplanation Read(string? stored)
    {
        if (string.IsNullOrWhiteSpace(stored))
        {
            return StoredMatchExplanation.None;
        }

        try
        {
            using var json = JsonDocument.Parse(stored);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return StoredMatchExplanation.None with { Unreadable = stored };
            }

            return new StoredMatchExplanation(
                Text(root, "engine") ?? Text(root, "matcher") ?? "unknown",
                Text(root, "decision") ?? Text(root, "rule"),
                [.. Items(root, "candidates").Select(Candidate).OfType<StoredMatchCandidate>()]);
        }
        catch (JsonException)
        {
            return StoredMatchExplanation.None with { Unreadable = stored };
        }
    }

    private static StoredMatchCandidate? Candidate(JsonElement candidate) => candidate.ValueKind switch
    {
        JsonValueKind.String when candidate.TryGetGuid(out var id) => new StoredMatchCandidate(id, null, null, []),
        JsonValueKind.Object when Property(candidate, "personId") is { ValueKind: JsonValueKind.String } id && id.TryGetGuid(out var personId) =>
            new StoredMatchCandidate(personId, Number(candidate, "probability"), Text(candidate, "band"), [.. Items(candidate, "fields").Select(Field).OfType<StoredFieldContribution>()]),
        _ => null,
    };

    private static StoredFieldContribution? Field(JsonElement field) =>
        (Text(field, "description") ?? Text(field, "field")) is { } description
            ? new StoredFieldContribution(Text(field, "field") ?? string.Empty, Text(field, "level") ?? string.Empty, Number(field, "weight") ?? 0, description)
            : null;

    private static JsonElement? Property(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : null;

    private static string? Text(JsonElement element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.String } value && value.GetString() is { } text && !string.IsNullOrWhiteSpace(text) ? text : null;

    private static double? Number(JsonElement element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.Number } value && value.TryGetDouble(out var number) ? number : null;

    private static JsonElement[] Items(JsonElement element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.Array } items ? [.. items.EnumerateArray()] : [];
}
