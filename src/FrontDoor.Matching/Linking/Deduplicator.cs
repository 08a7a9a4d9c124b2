using FrontDoor.Matching.Comparison;
using FrontDoor.Matching.Indexing;
using FrontDoor.Matching.Model;
using FrontDoor.Matching.Normalisation;

namespace FrontDoor.Matching.Linking;

/// <summary>Finds pairs of records within one list that are the same person.</summary>
public static class Deduplicator
{
    /// <summary>
    /// Pairs at or above <paramref name="threshold"/> (default: the link threshold), best first. With no
    /// model given, one is estimated from the records themselves. Runs on all cores.
    /// </summary>
    public static LinkResult Dedupe(
        IReadOnlyList<PersonRecord> records, double? threshold = null, MatchModel? model = null, MatchOptions? options = null,
        IProgress<LinkProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        options ??= new MatchOptions();
        options.Validate();
        var preparer = new RecordPreparer(NicknameTable.Default);
        progress?.Report(new LinkProgress("normalising", 0, records.Count));
        var blocked = new BlockedRecords(BlockedRecords.Prepare(records, preparer));
        progress?.Report(new LinkProgress("estimating model", 0, records.Count));
        model ??= ModelEstimator.Estimate(blocked, new EstimationOptions());
        var prior = model.PriorLog2Odds(Math.Max(1, records.Count - 1));
        var minimumScore = MatchModel.Log2Odds(threshold ?? options.LinkThreshold) - prior;
        var (pairs, compared) = PairScorer.Score(blocked.Records, blocked, model, minimumScore, prior, options,
            NameFrequencies.Of(blocked.Records), sameSet: true, progress, "comparing", cancellationToken);
        return new LinkResult(Finish(pairs, prior), records.Count, compared, model);
    }

    internal static List<LinkedPair> Finish(List<LinkedPair> pairs, double prior)
    {
        var finished = pairs.ConvertAll(p => p with { Probability = MatchModel.Probability(prior + p.Weight) });
        finished.Sort((x, y) => y.Weight.CompareTo(x.Weight) is var c and not 0 ? c
            : string.CompareOrdinal(x.FirstId, y.FirstId) is var d and not 0 ? d : string.CompareOrdinal(x.SecondId, y.SecondId));
        return finished;
    }
}
