namespace FrontDoor.Matching;

/// <summary>What a match means for the person doing the work.</summary>
public enum MatchBand
{
    /// <summary>Below the review threshold: treat as someone not yet known.</summary>
    NewPerson,
    /// <summary>Plausible but not certain: a person should look.</summary>
    Review,
    /// <summary>At or above the link threshold: safe to link automatically.</summary>
    Link,
}

/// <summary>Band thresholds (match probabilities) and search limits. Precision first: a false link is worse than a review.</summary>
public sealed record MatchOptions
{
    public double LinkThreshold { get; init; } = 0.99;

    public double ReviewThreshold { get; init; } = 0.50;

    /// <summary>Blocks bigger than this are skipped during search: a key shared by so many records says little, and the other rules still apply.</summary>
    public int MaxBlockSize { get; init; } = Model.ModelEstimator.DefaultMaxBlockSize;

    public MatchBand BandOf(double probability) =>
        probability >= LinkThreshold ? MatchBand.Link : probability >= ReviewThreshold ? MatchBand.Review : MatchBand.NewPerson;

    /// <summary>
    /// The highest match weight (excluding the prior) a look-alike pair may reach: just inside the review band, so a
    /// likely relative is at most sent for review, and shown there as a possible match ranked below every pair with
    /// better evidence. Its summed weight would say "very likely", but those weights assume fields agree
    /// independently, and relatives share a surname, an address and a phone together: on the synthetic county fewer
    /// than one look-alike in fifty is truly the same person. Never inside the link band, whatever the thresholds.
    /// </summary>
    internal double LookAlikeCeiling(double prior) =>
        Math.Min(Model.MatchModel.Log2Odds(LinkThreshold) - 0.01, Model.MatchModel.Log2Odds(ReviewThreshold) + 0.01) - prior;

    /// <summary>
    /// The highest match weight (excluding the prior) a pair whose given and family names both differ may reach: just
    /// below the review band. Such a pair is a different person however much else agrees (strangers share a date of
    /// birth and a postcode), so it is neither linked nor put in front of a reviewer; a person searching still finds it.
    /// </summary>
    internal double StrangerCeiling(double prior) => Model.MatchModel.Log2Odds(ReviewThreshold) - 0.01 - prior;

    /// <summary>The weight a pair may reach when a rule holds it back (a likely relative, different names, different NHS numbers or maiden names).</summary>
    internal double Ceiling(in Comparison.ComparisonVector vector, double prior) =>
        vector.NamesDisagree ? Math.Min(StrangerCeiling(prior), LookAlikeCeiling(prior))
        : vector.LookAlike || vector.TwoPeopleSaysAField ? LookAlikeCeiling(prior) : double.PositiveInfinity;

    internal void Validate()
    {
        if (ReviewThreshold is < 0 or > 1 || LinkThreshold is < 0 or > 1 || ReviewThreshold > LinkThreshold)
        {
            throw new ArgumentException("Thresholds must be probabilities with ReviewThreshold <= LinkThreshold.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(MaxBlockSize, 1);
    }
}
