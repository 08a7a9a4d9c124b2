using FrontDoor.Matching.Comparison;
using FrontDoor.Matching.Indexing;
using FrontDoor.Matching.Model;
using FrontDoor.Matching.Normalisation;

namespace FrontDoor.Matching.Linking;

/// <summary>Finds pairs across two lists (left, right) that are the same person.</summary>
public static class Linker
{
    /// <summary>
    /// Left–right pairs at or above <paramref name="threshold"/> (default: the link threshold), best first.
    /// With no model given, one is estimated from both lists together. Runs on all cores.
    /// </summary>
    public static LinkResult Link(
        IReadOnlyList<PersonRecord> left, IReadOnlyList<PersonRecord> right, double? threshold = null, MatchModel? model = null,
        MatchOptions? options = null, IProgress<LinkProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        options ??= new MatchOptions();
        options.Validate();
        var preparer = new RecordPreparer(NicknameTable.Default);
        progress?.Report(new LinkProgress("normalising", 0, left.Count + right.Count));
        var leftPrepared = BlockedRecords.Prepare(left, preparer);
        var rightPrepared = BlockedRecords.Prepare(right, preparer);
        progress?.Report(new LinkProgress("estimating model", 0, left.Count + right.Count));
        model ??= ModelEstimator.Estimate(new BlockedRecords([.. leftPrepared, .. rightPrepared]), new EstimationOptions());
        var targets = new BlockedRecords(rightPrepared);
        var prior = model.PriorLog2Odds(Math.Max(1, right.Count));
        var minimumScore = MatchModel.Log2Odds(threshold ?? options.LinkThreshold) - prior;
        var (pairs, compared) = PairScorer.Score(leftPrepared, targets, model, minimumScore, prior, options,
            NameFrequencies.Of(rightPrepared), sameSet: false, progress, "comparing", cancellationToken);
        return new LinkResult(Deduplicator.Finish(pairs, prior), left.Count + right.Count, compared, model);
    }
}
