using System.Globalization;
using System.Text.Json;

namespace FrontDoor.Core.Contacts.Review;

/// <summary>One person record the matcher considered, and why.</summary>
public sealed record MatchCandidateSummary(Guid? PersonId, string? Likelihood, IReadOnlyList<string> Reasons);

/// <summary>
/// The matcher's stored explanation (JSON from either matcher) turned into sentences for the contact page.
/// Anything it cannot read is kept as the raw text, so an explanation is never hidden.
/// </summary>
public sealed record MatchExplanationSummary(string? Decision, IReadOnlyList<MatchCandidateSummary> Candidates, string? Unreadable)
{
    public static MatchExplanationSummary None { get; } = new(null, [], null);

    public static MatchExplanationSummary Read(string? explanation)
    {
        if (string.IsNullOrWhiteSpace(explanation))
        {
            return None;
        }

        try
        {
            using var json = JsonDocument.Parse(explanation);
            var root = json.RootElement;
            var decision = Text(root, "decision") ?? Text(root, "rule");
            var candidates = new List<MatchCandidateSummary>();
            if (root.TryGetProperty("candidates", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (var candidate in list.EnumerateArray())
                {
                    candidates.Add(candidate.ValueKind == JsonValueKind.String
                        ? new MatchCandidateSummary(candidate.TryGetGuid(out var id) ? id : null, null, [])
                        : ReadCandidate(candidate));
                }
            }

            return new MatchExplanationSummary(Sentence(decision), candidates, null);
        }
        catch (JsonException)
        {
            return new MatchExplanationSummary(null, [], explanation);
        }
    }

    private static MatchCandidateSummary ReadCandidate(JsonElement candidate)
    {
        Guid? personId = candidate.TryGetProperty("personId", out var id) && id.TryGetGuid(out var guid) ? guid : null;
        string? likelihood = null;
        if (candidate.TryGetProperty("probability", out var p) && p.TryGetDouble(out var probability))
        {
            likelihood = string.Create(CultureInfo.InvariantCulture, $"{probability * 100:0.#}% likely the same person");
            if (Text(candidate, "band") is { } band)
            {
                likelihood += $" ({Sentence(band)!.ToLowerInvariant()})";
            }
        }

        var reasons = candidate.TryGetProperty("fields", out var fields) && fields.ValueKind == JsonValueKind.Array
            ? fields.EnumerateArray().Select(f => Text(f, "description") ?? Text(f, "field")).OfType<string>().ToList()
            : [];
        return new MatchCandidateSummary(personId, likelihood, reasons);
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    // "family-name-date-of-birth-postcode" and "NeedsReview" both read as words.
    private static string? Sentence(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var words = string.Concat(code.Select((c, i) => c is '-' or '_' ? " " : i > 0 && char.IsUpper(c) && !char.IsUpper(code[i - 1]) ? " " + c : c.ToString()));
        return char.ToUpperInvariant(words[0]) + words[1..].ToLowerInvariant();
    }
}
