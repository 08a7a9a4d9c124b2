using System.Text.Json;
using FrontDoor.Matching.Comparison;

namespace FrontDoor.Matching.Model;

/// <summary>
/// Fellegi–Sunter parameters: for every field and comparison level, m (how often true matches show
/// that level) and u (how often unrelated people do), plus how many true matches a record has on
/// average (which sets the prior). Weights are log2(m/u) in bits. Immutable; serialisable to JSON.
/// </summary>
public sealed class MatchModel
{
    /// <summary>Probabilities are kept off zero so no single field can make a weight infinite.</summary>
    internal const double Floor = 1e-6;

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    private readonly double[][] _m;
    private readonly double[][] _u;
    private readonly double[][] _weights;
    private readonly double[] _maxWeight;

    // Every field's weights in one flat array, LevelStride to a field (levels are 4 bits), read once per field per
    // candidate: the first pass scores every candidate a search blocks, so the jagged lookups showed in profiles.
    // The second table is the same with house number, street and town never negative (the person moved).
    private readonly double[] _flatWeights;
    private readonly double[] _flatWeightsMoved;
    private const int LevelStride = 16;

    internal MatchModel(double[][] m, double[][] u, double matchesPerRecord, string source)
    {
        _m = m;
        _u = u;
        MatchesPerRecord = Math.Clamp(matchesPerRecord, 1e-6, 100);
        Source = source;
        _weights = new double[m.Length][];
        _maxWeight = new double[m.Length];
        for (var f = 0; f < m.Length; f++)
        {
            _weights[f] = new double[m[f].Length];
            for (var level = 1; level < m[f].Length; level++)
            {
                _weights[f][level] = Math.Log2(Math.Max(m[f][level], Floor) / Math.Max(u[f][level], Floor));
            }

            // Monotone: agreeing on a field never counts against a match, and disagreeing never for it, whatever EM
            // made of an index (a clean one has too few duplicates to learn from, and EM may take namesakes for them).
            _weights[f][1] = Math.Max(0, _weights[f][1]);

            // And a looser agreement always says less than agreeing exactly: EM finds typos and near dates rarer among
            // random pairs than exact agreement (common names agree by chance), which would make "Smth" for "Smith"
            // count for more than "Smith" itself, and rank Jean above John for someone searching "John".
            for (var level = 2; level < m[f].Length; level++)
            {
                _weights[f][level] = Math.Min(_weights[f][level], Math.Max(0, _weights[f][1] - ExactOverLooserBits));
            }

            var different = Array.IndexOf(Levels.Names[f], "Different");
            if (different > 0)
            {
                _weights[f][different] = Math.Min(0, _weights[f][different]);
            }

            _maxWeight[f] = Math.Max(0, _weights[f].Max());
        }

        _flatWeights = new double[m.Length * LevelStride];
        _flatWeightsMoved = new double[m.Length * LevelStride];
        for (var f = 0; f < m.Length; f++)
        {
            if (_weights[f].Length > LevelStride)
            {
                throw new ArgumentException($"Field {f} has more than {LevelStride} levels.", nameof(m));
            }

            for (var level = 0; level < _weights[f].Length; level++)
            {
                var weight = _weights[f][level];
                _flatWeights[(f * LevelStride) + level] = weight;
                _flatWeightsMoved[(f * LevelStride) + level] = weight < 0 && IsLeftOutWhenMoved(f) ? 0 : weight;
            }
        }
    }

    /// <summary>Expected number of other records that are the same person, per record (the prior, λ, scaled by size).</summary>
    public double MatchesPerRecord { get; }

    /// <summary>How the parameters were obtained ("default", or "estimated from N records ...").</summary>
    public string Source { get; }

    /// <summary>Hand-set parameters for indexes too small to learn from.</summary>
    public static MatchModel Default { get; } = DefaultParameters.Create();

    /// <summary>Estimates the model from the records themselves (unsupervised): u from random pairs, m and the prior by EM.</summary>
    public static MatchModel Estimate(IReadOnlyList<PersonRecord> records, EstimationOptions? options = null) =>
        ModelEstimator.Estimate(records, options ?? new EstimationOptions());

    /// <summary>The weight in bits of one field at one level (0 for level 0, "no evidence").</summary>
    internal double Weight(int field, int level) => _weights[field][level];

    /// <summary>The comparison levels of a field, strongest agreement first; index = level, and level 0 ("None", no evidence) weighs nothing.</summary>
    public static IReadOnlyList<string> LevelsOf(MatchField field) => Levels.Names[(int)field];

    /// <summary>The weight in bits of one field at one level, as used to score (agreement and disagreement kept monotone).</summary>
    public double WeightOf(MatchField field, int level) => _weights[(int)field][level];

    /// <summary>The most a term-frequency adjustment moves a name's "same" weight, either way, in bits.</summary>
    public const double MaxTermFrequencyBits = 4;

    /// <summary>Below this many records no term-frequency adjustment is made (the same floor as estimating a model).</summary>
    public const int MinimumTermFrequencyPopulation = 200;

    /// <summary>
    /// Term-frequency adjustment (after Splink's) for two records agreeing exactly on a given or family name that
    /// <paramref name="uses"/> of <paramref name="population"/> records carry: agreeing on a rare surname says more than
    /// agreeing on Smith. Splink adds log2(u / share of records with the name); averaged over records that is never
    /// below 0, so it would raise every agreement. Here its record-weighted mean is taken off, which leaves
    /// <paramref name="meanLog2Uses"/> − log2(uses): it only moves weight from common names to rare ones. Bounded to
    /// ±<see cref="MaxTermFrequencyBits"/> and never below the agreement's own weight, so agreeing still never counts
    /// against a match. A common name's cut applies to its looser agreements too (a typo of Smith is as common as
    /// Smith), so exact agreement stays above them. 0 when unknown or in an index too small to say.
    /// </summary>
    /// <param name="meanLog2Uses">The mean over the index's records of log2 of how many records carry the record's own name.</param>
    public double TermFrequencyAdjustment(MatchField field, int uses, double meanLog2Uses, int population)
    {
        // In a small index every name is "common": its frequencies say nothing yet.
        if (uses <= 0 || population < MinimumTermFrequencyPopulation || field is not (MatchField.GivenName or MatchField.FamilyName))
        {
            return 0;
        }

        var adjustment = meanLog2Uses - Math.Log2(uses);
        return Math.Clamp(adjustment, -Math.Min(MaxTermFrequencyBits, _weights[(int)field][1]), MaxTermFrequencyBits);
    }

    /// <summary>How much more than any looser agreement an exact agreement always weighs, in bits.</summary>
    internal const double ExactOverLooserBits = 0.1;

    public double M(MatchField field, int level) => _m[(int)field][level];

    public double U(MatchField field, int level) => _u[(int)field][level];

    /// <summary>The prior log2 odds that two records are the same person, among <paramref name="population"/> possible partners.</summary>
    public double PriorLog2Odds(long population)
    {
        var p = Math.Min(0.5, MatchesPerRecord / Math.Max(1, population));
        return Math.Log2(p / (1 - p));
    }

    /// <summary>
    /// The most the costly fields (names, street, town) can add against this query, so a pair whose other fields
    /// already rule it out can skip them. A field the query lacks compares as "no evidence" (weight 0), so a search
    /// with no address is bounded by its names alone.
    /// </summary>
    internal double MaxCostlyWeightAgainst(PreparedRecord query, double maxNameAdjustment = 0) =>
        (query.Given is not null || query.KnownAs is not null || query.Family is not null ? _maxWeight[(int)MatchField.GivenName] + _maxWeight[(int)MatchField.FamilyName] + maxNameAdjustment : 0)
        + (query.Street is not null ? _maxWeight[(int)MatchField.Street] : 0)
        + (query.Town is not null ? _maxWeight[(int)MatchField.Town] : 0);

    /// <summary>Sum of field weights in bits (the log2 Bayes factor), in field order (so the same sum as adding <see cref="FieldWeight"/>s).</summary>
    internal double Score(in ComparisonVector vector)
    {
        var weights = Moved(vector) ? _flatWeightsMoved : _flatWeights;
        double total = 0;
        for (var f = 0; f < _weights.Length; f++)
        {
            total += weights[(f * LevelStride) + vector.Levels[f]];
        }

        return total;
    }

    /// <summary>
    /// One field's weight in the pair's score. The address fields are not independent: someone who moved has a new
    /// postcode, house number, street and town all at once, so once the postcode says they live elsewhere, a different
    /// house number, street or town says nothing more (it is as likely for the same person who moved as for another
    /// person) and is not counted against the pair a second, third and fourth time. Nor when one record's address is the
    /// other's previous one: the current addresses then differ because the person moved, which the postcode has counted.
    /// </summary>
    internal double FieldWeight(in ComparisonVector vector, int field) =>
        (Moved(vector) ? _flatWeightsMoved : _flatWeights)[(field * LevelStride) + vector.Levels[field]];

    private static bool IsLeftOutWhenMoved(int field) => field is (int)MatchField.HouseNumber or (int)MatchField.Street or (int)MatchField.Town;

    private static bool Moved(in ComparisonVector vector) =>
        vector.Levels[(int)MatchField.Postcode] is Levels.PostalCode.Different or Levels.PostalCode.SameDistrict or Levels.PostalCode.PreviousAddress;

    public static double Probability(double log2Odds) => 1 / (1 + Math.Pow(2, -log2Odds));

    public static double Log2Odds(double probability)
    {
        var p = Math.Clamp(probability, 1e-15, 1 - 1e-15);
        return Math.Log2(p / (1 - p));
    }

    public string ToJson()
    {
        var dto = new ModelDto(1, MatchesPerRecord, Source, Enum.GetValues<MatchField>()
            .Select(f => new FieldDto(f.ToString(), Enumerable.Range(1, Levels.CountOf(f) - 1)
                .Select(level => new LevelDto(Levels.Names[(int)f][level], _m[(int)f][level], _u[(int)f][level])).ToList()))
            .ToList());
        return JsonSerializer.Serialize(dto, Json);
    }

    /// <summary>Reads a model written by <see cref="ToJson"/>; fields or levels it lacks keep the default values.</summary>
    public static MatchModel FromJson(string json)
    {
        var dto = JsonSerializer.Deserialize<ModelDto>(json) ?? throw new JsonException("Empty match model.");
        var m = Default._m.Select(a => (double[])a.Clone()).ToArray();
        var u = Default._u.Select(a => (double[])a.Clone()).ToArray();
        foreach (var field in dto.Fields ?? [])
        {
            if (!Enum.TryParse<MatchField>(field.Field, out var f))
            {
                continue;
            }

            foreach (var level in field.Levels ?? [])
            {
                var index = Array.IndexOf(Levels.Names[(int)f], level.Level);
                if (index > 0)
                {
                    m[(int)f][index] = level.M;
                    u[(int)f][index] = level.U;
                }
            }
        }

        return new MatchModel(m, u, dto.MatchesPerRecord, dto.Source ?? "json");
    }

    internal double[][] CopyM() => _m.Select(a => (double[])a.Clone()).ToArray();

    internal double[][] CopyU() => _u.Select(a => (double[])a.Clone()).ToArray();

    private sealed record ModelDto(int Version, double MatchesPerRecord, string? Source, List<FieldDto>? Fields);

    private sealed record FieldDto(string Field, List<LevelDto>? Levels);

    private sealed record LevelDto(string Level, double M, double U);
}
