using FrontDoor.Matching.Linking;

namespace FrontDoor.Matching.Tests.Linking;

/// <summary>
/// Regression floor on the FEBRL benchmarks. The engine never sees the truth: rec_id is read here
/// only, to score (rec-N-org and rec-N-dup-k are the same person).
/// </summary>
public class FebrlAccuracyTests
{
    /// <summary>
    /// Floors a little under the figures of docs/benchmarks.md (dataset1 dedupe and link F1 0.9960, dataset2 dedupe 0.9914,
    /// dataset2 originals → duplicates 0.9965, all at precision 1.0000). Dataset1 cannot pass 0.9960 and dataset2 hardly its
    /// figure without breaking the hard rules: the pairs left are ones FEBRL gave a new given and family name, or a new given
    /// name and national id (a twin's look).
    /// </summary>
    [Theory]
    [InlineData("dataset1.csv", 0.995)]
    [InlineData("dataset2.csv", 0.99)]
    public void Dedupe_WithoutTraining_ReachesF1Floor(string file, double floorF1)
    {
        var records = TestData.Febrl(file);
        var result = Deduplicator.Dedupe(records, cancellationToken: TestContext.Current.CancellationToken);
        var (precision, recall) = Score(result.Pairs, records.Select(r => r.Id), crossOnly: false);
        Assert.True(F1(precision, recall) >= floorF1, $"precision {precision:0.0000}, recall {recall:0.0000}");
        Assert.True(precision >= FloorPrecision, $"precision {precision:0.0000}");
    }

    /// <summary>Originals → duplicates: each duplicate's one true link is its original (dataset2's duplicate–duplicate pairs are not links).</summary>
    [Theory]
    [InlineData("dataset1.csv", 0.995)]
    [InlineData("dataset2.csv", 0.995)]
    public void Link_OriginalsToDuplicates_ReachesF1AndPrecisionFloors(string file, double floorF1)
    {
        var records = TestData.Febrl(file);
        var originals = records.Where(r => r.Id.EndsWith("-org", StringComparison.Ordinal)).ToList();
        var duplicates = records.Except(originals).ToList();
        var result = Linker.Link(originals, duplicates, cancellationToken: TestContext.Current.CancellationToken);
        var (precision, recall) = Score(result.Pairs, records.Select(r => r.Id), crossOnly: true);
        Assert.True(F1(precision, recall) >= floorF1, $"precision {precision:0.0000}, recall {recall:0.0000}");
        Assert.True(precision >= FloorPrecision, $"precision {precision:0.0000}");
    }

    /// <summary>docs/benchmarks.md says every FEBRL task keeps precision at or above this; a false link is the costly error.</summary>
    private const double FloorPrecision = 0.999;

    private static double F1(double precision, double recall) => precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);

    private static (double Precision, double Recall) Score(IReadOnlyList<LinkedPair> pairs, IEnumerable<string> ids, bool crossOnly)
    {
        // Link truth: one pair per duplicate (to its original); dedupe truth: every pair of an entity's records.
        var truth = crossOnly
            ? ids.Count(id => !id.EndsWith("-org", StringComparison.Ordinal))
            : ids.GroupBy(Entity).Sum(g => g.Count() * (g.Count() - 1) / 2);
        var found = pairs.Select(p => Ordered(p.FirstId, p.SecondId)).Distinct().ToList();
        var correct = found.Count(p => Entity(p.Item1) == Entity(p.Item2));
        return (found.Count == 0 ? 0 : (double)correct / found.Count, (double)correct / truth);
    }

    private static string Entity(string id) => id.Split('-')[1];

    private static (string, string) Ordered(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
}
