using FrontDoor.Matching.Comparison;
using FrontDoor.Matching.Indexing;
using FrontDoor.Matching.Normalisation;

namespace FrontDoor.Matching.Model;

/// <summary>
/// Unsupervised estimation in the Splink manner. u comes from random pairs (nearly all of which are
/// different people). m and the match rate come from expectation–maximisation over the blocked
/// candidate pairs, a two-class mixture in which candidate non-matches get their own u (they agree
/// more than random pairs, having been blocked together); that candidate u is then discarded.
/// No labels are read at any point.
/// </summary>
internal static class ModelEstimator
{
    public const int DefaultMaxBlockSize = 500;

    public static MatchModel Estimate(IReadOnlyList<PersonRecord> records, EstimationOptions options)
    {
        if (records.Count < options.MinimumRecords)
        {
            return MatchModel.Default;
        }

        var preparer = new RecordPreparer(options.Nicknames ?? NicknameTable.Default);
        var blocked = new BlockedRecords(BlockedRecords.Prepare(records, preparer));
        return Estimate(blocked, options);
    }

    public static MatchModel Estimate(BlockedRecords blocked, EstimationOptions options)
    {
        var records = blocked.Records;
        if (records.Length < options.MinimumRecords)
        {
            return MatchModel.Default;
        }

        var start = MatchModel.Default;
        var u = EstimateU(records, options, start);
        var (patterns, pairs, queries) = CountCandidatePatterns(blocked, options);
        var m = start.CopyM();
        var candidateU = Clone(u);
        var lambda = 0.1;
        var fields = Levels.FieldCount;
        var expectedMatchesWithValue = new double[fields];

        for (var iteration = 0; iteration < options.MaxIterations; iteration++)
        {
            var matchCounts = NewCounts();
            var nonMatchCounts = NewCounts();
            double matchTotal = 0;
            double total = 0;
            foreach (var (pattern, count) in patterns)
            {
                var vector = ComparisonVector.FromPattern(pattern);
                double logMatch = Math.Log(lambda), logNonMatch = Math.Log(1 - lambda);
                for (var f = 0; f < fields; f++)
                {
                    var level = vector.Levels[f];
                    if (level != 0)
                    {
                        logMatch += Math.Log(Math.Max(m[f][level], MatchModel.Floor));
                        logNonMatch += Math.Log(Math.Max(candidateU[f][level], MatchModel.Floor));
                    }
                }

                var posterior = 1 / (1 + Math.Exp(logNonMatch - logMatch));
                matchTotal += posterior * count;
                total += count;
                for (var f = 0; f < fields; f++)
                {
                    var level = vector.Levels[f];
                    if (level != 0)
                    {
                        matchCounts[f][level] += posterior * count;
                        nonMatchCounts[f][level] += (1 - posterior) * count;
                    }
                }
            }

            if (total == 0)
            {
                break;
            }

            var newLambda = Math.Clamp(matchTotal / total, 1e-9, 1 - 1e-9);
            for (var f = 0; f < fields; f++)
            {
                expectedMatchesWithValue[f] = matchCounts[f].Sum();

                // A valid NHS number has a check digit, so true duplicates disagree only when a wrong person's
                // number was recorded: its m is known, not learned. Learning it lets EM mistake households
                // (same surname, address, phone; different NHS numbers) for people.
                if (f == (int)MatchField.NhsNumber)
                {
                    continue;
                }

                if (expectedMatchesWithValue[f] >= options.MinimumEvidence)
                {
                    m[f] = Bounded(WithPrior(matchCounts[f], start.CopyM()[f], options.MPriorStrength), MinimumAgreement[f]);
                }

                if (nonMatchCounts[f].Sum() >= options.MinimumEvidence)
                {
                    candidateU[f] = Normalise(nonMatchCounts[f]);
                }
            }

            var converged = Math.Abs(newLambda - lambda) < 1e-7 && iteration > 5;
            lambda = newLambda;
            if (converged)
            {
                break;
            }
        }

        // Fields nobody filled in keep their default m (EM has nothing to say about them).
        for (var f = 0; f < fields; f++)
        {
            if (expectedMatchesWithValue[f] < options.MinimumEvidence || f == (int)MatchField.NhsNumber)
            {
                m[f] = start.CopyM()[f];
            }
        }

        var matchesPerRecord = queries == 0 ? start.MatchesPerRecord : Math.Max(options.MinimumMatchesPerRecord, lambda * pairs / queries);
        return new MatchModel(m, u, matchesPerRecord,
            $"estimated from {records.Length} records: {pairs} candidate pairs, EM match rate {lambda:0.#####}");
    }

    private static double[][] EstimateU(PreparedRecord[] records, EstimationOptions options, MatchModel start)
    {
        var counts = NewCounts();
        var random = new Random(options.Seed);
        long n = records.Length;
        var samples = (int)Math.Min(options.RandomPairs, n * (n - 1) / 2 * 4);
        for (var s = 0; s < samples; s++)
        {
            var i = random.Next(records.Length);
            var j = random.Next(records.Length - 1);
            if (j >= i)
            {
                j++;
            }

            var vector = RecordComparer.Compare(records[i], records[j]);
            for (var f = 0; f < Levels.FieldCount; f++)
            {
                counts[f][vector.Levels[f]]++;
            }
        }

        var u = start.CopyU();
        for (var f = 0; f < Levels.FieldCount; f++)
        {
            var observed = counts[f].Skip(1).Sum();
            if (observed >= 1000)
            {
                // Half a pair of pseudo-count per level: a level never seen among random pairs is rare, not impossible.
                for (var level = 1; level < counts[f].Length; level++)
                {
                    u[f][level] = (counts[f][level] + 0.5) / (observed + (0.5 * (counts[f].Length - 1)));
                }
            }
        }

        return u;
    }

    private static (Dictionary<ulong, long> Patterns, long Pairs, long Queries) CountCandidatePatterns(BlockedRecords blocked, EstimationOptions options)
    {
        var records = blocked.Records;
        var step = Math.Max(1, records.Length / options.MaxEmRecords);
        var queryCount = (records.Length + step - 1) / step;
        var partials = new System.Collections.Concurrent.ConcurrentBag<(Dictionary<ulong, long>, long)>();
        Parallel.For(0, Environment.ProcessorCount, worker =>
        {
            var local = new Dictionary<ulong, long>();
            var candidates = new CandidateSet(records.Length);
            long pairs = 0;
            for (var q = worker; q < queryCount; q += Environment.ProcessorCount)
            {
                var i = q * step;
                blocked.Collect(records[i], DefaultMaxBlockSize, candidates);
                foreach (var j in candidates.Slots)
                {
                    if (j == i)
                    {
                        continue;
                    }

                    var vector = RecordComparer.Compare(records[i], records[j]);

                    // Relatives at one address agree on nearly everything but the person; left in, EM learns
                    // "same household" as the match class.
                    if (vector.LookAlike)
                    {
                        continue;
                    }

                    var pattern = vector.Pattern;
                    local[pattern] = local.GetValueOrDefault(pattern) + 1;
                    pairs++;
                }
            }

            partials.Add((local, pairs));
        });

        var patterns = new Dictionary<ulong, long>();
        long totalPairs = 0;
        foreach (var (local, pairs) in partials)
        {
            totalPairs += pairs;
            foreach (var (pattern, count) in local)
            {
                patterns[pattern] = patterns.GetValueOrDefault(pattern) + count;
            }
        }

        // The workers finish in any order; EM sums in this order, so fix it: the same records give the same model.
        return (patterns.OrderBy(p => p.Key).ToDictionary(), totalPairs, queryCount);
    }

    /// <summary>
    /// The least share of true duplicates that agree exactly on each field, by field. Without it a mixture fitted to an
    /// index with few duplicates finds some other cluster (namesakes: same name, birth dates a digit apart, different
    /// addresses) and calls it the matches. People move, so address fields are allowed to disagree more. Looser floors
    /// (0.5 for names and date of birth, 0.3 for the rest) linked a spouse on the UK-shaped bench; these link none.
    /// </summary>
    private static readonly double[] MinimumAgreement = BuildMinimumAgreement();

    private static double[] BuildMinimumAgreement()
    {
        var minimum = new double[Levels.FieldCount];
        foreach (var field in Enum.GetValues<MatchField>())
        {
            minimum[(int)field] = field switch
            {
                MatchField.DateOfBirth => 0.7,
                MatchField.GivenName or MatchField.FamilyName => 0.6,
                MatchField.NationalId or MatchField.LasId or MatchField.Postcode or MatchField.HouseNumber or MatchField.Street or MatchField.Town => 0.5,
                _ => 0.3,
            };
        }

        return minimum;
    }

    /// <summary>The posterior mean under a Dirichlet prior of <paramref name="strength"/> pseudo-pairs spread as <paramref name="prior"/>.</summary>
    private static double[] WithPrior(double[] counts, double[] prior, double strength)
    {
        var result = new double[counts.Length];
        var total = counts.Skip(1).Sum() + strength;
        for (var level = 1; level < counts.Length; level++)
        {
            result[level] = (counts[level] + (strength * prior[level]) + 0.01) / (total + (0.01 * (counts.Length - 1)));
        }

        return result;
    }

    /// <summary>Raises the exact-agreement level to <paramref name="minimum"/>, shrinking the others in proportion.</summary>
    private static double[] Bounded(double[] m, double minimum)
    {
        if (m[1] >= minimum)
        {
            return m;
        }

        var rest = 1 - m[1];
        var scale = rest <= 0 ? 0 : (1 - minimum) / rest;
        for (var level = 2; level < m.Length; level++)
        {
            m[level] *= scale;
        }

        m[1] = minimum;
        return m;
    }

    private static double[][] NewCounts() =>
        Enum.GetValues<MatchField>().Select(f => new double[Levels.CountOf(f)]).ToArray();

    private static double[][] Clone(double[][] source) => source.Select(a => (double[])a.Clone()).ToArray();

    private static double[] Normalise(double[] counts)
    {
        // A small pseudo-count keeps unseen levels possible.
        const double Pseudo = 0.1;
        var result = new double[counts.Length];
        var total = counts.Skip(1).Sum() + (Pseudo * (counts.Length - 1));
        for (var level = 1; level < counts.Length; level++)
        {
            result[level] = (counts[level] + Pseudo) / total;
        }

        return result;
    }
}
