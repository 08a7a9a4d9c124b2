using FrontDoor.Matching.Linking;

namespace FrontDoor.Matching.UkSynthetic;

/// <summary>
/// Regression floor on the UK-shaped demo county: nicknames, typos, swapped dates, missing NHS numbers, and
/// relatives who share a surname and an address. The engine never sees the truth; it is read here only to score.
/// </summary>
public class UkSyntheticAccuracyTests
{
    private static readonly Lazy<(UkSyntheticSet Set, LinkResult Result)> Deduped = new(() =>
    {
        var set = UkSyntheticSet.Generate(people: 20_000, seed: 42);
        var options = new MatchOptions();
        return (set, Deduplicator.Dedupe(set.Records, threshold: options.ReviewThreshold, options: options));
    });

    [Fact]
    public void LinkBand_IsPrecise_AndNeverLinksTwinsOrFatherAndSon()
    {
        var (set, result) = Deduped.Value;
        var score = set.Score(result.Pairs, new MatchOptions().LinkThreshold);
        Assert.True(score.Precision >= 0.99, score.ToString());
        Assert.True(score.Recall >= 0.80, score.ToString());
        Assert.Equal(0, score.FalseTwins);
        Assert.Equal(0, score.FalseJuniors);
        Assert.True(score.FalseSpouses <= 1, score.ToString());
    }

    [Fact]
    public void ReviewBand_FindsTheOldRecordsMadeUnderAMaidenName()
    {
        var (set, result) = Deduped.Value;
        var maiden = set.MaidenNamePairs();
        var found = result.Pairs.Select(p => (p.FirstId, p.SecondId)).ToHashSet();
        var missed = maiden.Where(p => !found.Contains(p) && !found.Contains((p.Duplicate, p.Original))).ToList();
        Assert.True(maiden.Count >= 10, $"only {maiden.Count} maiden-name duplicates generated");
        Assert.True(missed.Count <= maiden.Count / 20, $"{missed.Count} of {maiden.Count} maiden-name duplicates missed");
    }

    [Fact]
    public void Probabilities_OfNinetyPercentOrMore_AreRightAtLeastNineTimesInTen()
    {
        // Twins and spouses look certain to summed weights; held at the foot of the review band, they no longer pose as "very likely".
        var (set, result) = Deduped.Value;
        var bands = set.Calibration(result.Pairs, [0.5, 0.9]);
        Assert.True(bands[1].Pairs >= 200, bands[1].ToString());
        Assert.True(bands[1].ShareTrue >= 0.9, bands[1].ToString());
    }

    [Fact]
    public void ReviewBand_FindsNearlyEveryDuplicate()
    {
        var (set, result) = Deduped.Value;
        var score = set.Score(result.Pairs, new MatchOptions().ReviewThreshold);
        Assert.True(score.Recall >= 0.97, score.ToString());
    }
}
