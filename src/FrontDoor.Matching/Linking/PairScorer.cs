using System.Collections.Concurrent;
using FrontDoor.Matching.Comparison;
using FrontDoor.Matching.Indexing;
using FrontDoor.Matching.Model;

namespace FrontDoor.Matching.Linking;

/// <summary>Scores every blocked candidate pair of a batch in parallel and keeps those at or above a threshold.</summary>
internal static class PairScorer
{
    private const int ChunkSize = 2048;

    /// <param name="sameSet">Dedupe: queries are the targets, and each pair is scored once (query slot below target slot).</param>
    /// <param name="prior">The prior log2 odds, which sets the weight a pair held back by a rule may reach (<see cref="MatchOptions.Ceiling"/>).</param>
    /// <param name="names">How many targets carry each name, for the term-frequency adjustments the person index makes too.</param>
    public static (List<LinkedPair> Pairs, long Compared) Score(
        PreparedRecord[] queries, BlockedRecords targets, MatchModel model, double minimumScore, double prior, MatchOptions options,
        NameFrequencies names, bool sameSet, IProgress<LinkProgress>? progress, string stage, CancellationToken cancellationToken)
    {
        var results = new ConcurrentBag<List<LinkedPair>>();
        long compared = 0;
        long done = 0;
        var chunks = (queries.Length + ChunkSize - 1) / ChunkSize;
        var parallel = new ParallelOptions { CancellationToken = cancellationToken };
        Parallel.For(0, chunks, parallel, () => (Candidates: new CandidateSet(targets.Records.Length), Pairs: new List<LinkedPair>(), Compared: 0L),
            (chunk, _, state) =>
            {
                var end = Math.Min(queries.Length, (chunk + 1) * ChunkSize);
                for (var q = chunk * ChunkSize; q < end; q++)
                {
                    var query = queries[q];
                    if (sameSet)
                    {
                        targets.CollectAfter(q, options.MaxBlockSize, state.Candidates);
                    }
                    else
                    {
                        targets.Collect(query, options.MaxBlockSize, state.Candidates);
                    }

                    state.Compared += state.Candidates.Slots.Count;
                    var tf = names.For(model, query, targets.Records.Length, queryIsCounted: sameSet);
                    foreach (var slot in state.Candidates.Slots)
                    {
                        var target = targets.Records[slot];
                        if (ScorePair(query, target, model, tf, minimumScore, prior, options) is { } score)
                        {
                            state.Pairs.Add(new LinkedPair(query.Id, target.Id, 0, score));
                        }
                    }
                }

                var total = Interlocked.Add(ref done, end - (chunk * ChunkSize));
                progress?.Report(new LinkProgress(stage, total, queries.Length));
                return state;
            },
            state =>
            {
                results.Add(state.Pairs);
                Interlocked.Add(ref compared, state.Compared);
            });

        var pairs = results.SelectMany(p => p).ToList();
        return (pairs, compared);
    }

    /// <summary>The pair's weight when it reaches <paramref name="minimumScore"/>, else null.</summary>
    private static double? ScorePair(
        PreparedRecord query, PreparedRecord target, MatchModel model, in NameAdjustments tf, double minimumScore, double prior, MatchOptions options)
    {
        var vector = default(ComparisonVector);
        RecordComparer.CompareCheapFields(query, target, ref vector);

        // Most candidates disagree on date of birth, postcode and identifiers: when even perfect names and
        // address could not lift them to the threshold, the string comparisons are skipped.
        if (model.Score(vector) + model.MaxCostlyWeightAgainst(query, tf.MostAdded) < minimumScore)
        {
            return null;
        }

        RecordComparer.CompareCostlyFields(query, target, ref vector);
        var score = model.Score(vector) + tf.For(query, target, vector);
        if (vector.HeldBack)
        {
            score = Math.Min(score, options.Ceiling(vector, prior));
        }

        return score >= minimumScore ? score : null;
    }
}
