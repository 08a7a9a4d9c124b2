namespace FrontDoor.Matching.Model;

/// <summary>Knobs for <see cref="MatchModel.Estimate"/>; the defaults suit anything from a thousand to millions of records.</summary>
public sealed record EstimationOptions
{
    /// <summary>Random record pairs drawn to estimate u (how often unrelated people agree by chance).</summary>
    public int RandomPairs { get; init; } = 2_000_000;

    /// <summary>Records whose blocked candidate pairs feed EM; beyond this a deterministic sample is taken.</summary>
    public int MaxEmRecords { get; init; } = 25_000;

    public int MaxIterations { get; init; } = 200;

    /// <summary>Below this many records the default model is returned: too few pairs to learn from.</summary>
    public int MinimumRecords { get; init; } = 200;

    /// <summary>A field needs at least this many expected matching pairs with a value to have its m estimated; else m stays at the default.</summary>
    public double MinimumEvidence { get; init; } = 30;

    public int Seed { get; init; } = 20_240_601;

    /// <summary>
    /// Strength, in pseudo-pairs, of the prior that pulls each field's m towards the starting values: an index with few
    /// duplicates has little to say about m, and what little it has must not be outweighed by chance.
    /// </summary>
    public double MPriorStrength { get; init; } = 20;

    /// <summary>
    /// The least number of true matches per record the prior assumes. A contact is usually about someone on record, so a
    /// case system's clean index (almost no duplicates) must not make the prior so small that nobody could be linked.
    /// </summary>
    public double MinimumMatchesPerRecord { get; init; } = 0.1;

    public Normalisation.NicknameTable? Nicknames { get; init; }
}
