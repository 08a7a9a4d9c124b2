using System.Collections.Concurrent;
using FrontDoor.Matching.Comparison;
using FrontDoor.Matching.Indexing;
using FrontDoor.Matching.Model;

namespace FrontDoor.Matching.Linking;

/// <summary>Scores every blocked candidate pair of a batch in parallel and keeps those at or above a threshold.</summary>
internal static class PairScorer
{
    private const int ChunkSize = 2048;

    /// <param name="pairsOf">For query record q, which candidate slots to score (dedupe keeps only later slots, so each pair is scored once).</param>
    public static (List<LinkedPair> Pairs, long Compared) Score(
        PreparedRecord[] queries, BlockedRecords targets, MatchModel model, double minimumScore, int maxBlockSize,
        bool sameSet, IProgress<LinkProgress>? progress, string stage, CancellationToken cancellationToken)
    {
        var results = new ConcurrentBag<List<LinkedPair>>();
        long compared = 0;
        long done = 0;
        var chunks = (queries.Length + ChunkSize - 1) / ChunkSize;
        var parallel = new ParallelOptions { CancellationToken = cancellationToken };
        Parallel.For(0, chunks, parallel, () => (Candidates: new CandidateSet(), Pairs: new List<LinkedPair>(), Compared: 0L),
            (chunk, _, state) =>
            {
                var end = Math.Min(queries.Length, (chunk + 1) * ChunkSize);
                for (var q = chunk * ChunkSize; q < end; q++)
                {
                    var query = queries[q];
                    targets.Collect(query, maxBlockSize, state.Candidates);
                    foreach (var slot in state.Candidates.Slots)
                    {
                        if (sameSet && slot <= q)
                        {
                            continue;
                        }

                        var target = targets.Records[slot];
                        var score = model.Score(RecordComparer.Compare(query, target));
                        state.Compared++;
                        if (score >= minimumScore)
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
}
