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
    /// The highest match weight (excluding the prior) a look-alike pair may reach: just under the link
    /// threshold, so a likely relative is at most sent for review.
    /// </summary>
    internal double LookAlikeCeiling(double prior) => Model.MatchModel.Log2Odds(LinkThreshold) - prior - 0.01;

    internal void Validate()
    {
        if (ReviewThreshold is < 0 or > 1 || LinkThreshold is < 0 or > 1 || ReviewThreshold > LinkThreshold)
        {
            throw new ArgumentException("Thresholds must be probabilities with ReviewThreshold <= LinkThreshold.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(MaxBlockSize, 1);
    }
}
