using System.Globalization;

namespace FrontDoor.Matching;

/// <summary>The ranked candidates for one query, best first.</summary>
public sealed record MatchResult(IReadOnlyList<MatchCandidate> Candidates, int RecordsCompared)
{
    public MatchCandidate? Best => Candidates.Count > 0 ? Candidates[0] : null;

    public MatchBand Band => Best?.Band ?? MatchBand.NewPerson;
}

/// <summary>One indexed record that may be the queried person.</summary>
public sealed record MatchCandidate(string Id, double Probability, double Weight, MatchBand Band, MatchExplanation Explanation)
{
    /// <summary>The indexed record's <see cref="PersonRecord.Tag"/>.</summary>
    public object? Tag { get; init; }
}

/// <summary>Why: the prior and each field's contribution, in bits (log2 of the Bayes factor). Total = prior + sum of fields.</summary>
public sealed record MatchExplanation(double PriorWeight, IReadOnlyList<FieldContribution> Fields)
{
    public double TotalWeight => PriorWeight + Fields.Sum(f => f.Weight);

    /// <summary>Set when a rule overrode the weights, e.g. a likely relative held below the link band.</summary>
    public string? Note { get; init; }

    public override string ToString() =>
        string.Join("; ", Fields.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Description} ({f.Weight:+0.0;-0.0;0} bits)"))
            .Concat(Note is null ? [] : [Note]));
}

/// <summary>One field's evidence: its comparison level, weight in bits and a sentence for a caseworker.</summary>
public sealed record FieldContribution(MatchField Field, string Level, double Weight, string Description)
{
    /// <summary>The same evidence in words that hold no personal data ("different family names"): safe to store and show to anyone.</summary>
    public string Reason { get; init; } = Description;

    /// <summary>
    /// The <see cref="Reason"/> for a contribution stored by an older engine, whose text may name the records' data
    /// ("different family names (Smith / Jones)"): kept when it names nothing, otherwise rebuilt from its field and level.
    /// The same for text this engine stored, so cleaning twice changes nothing.
    /// </summary>
    public static string ReasonFromStored(string field, string level, string storedText) =>
        Comparison.Explainer.ReasonWithoutPersonalData(field, level, storedText);
}
