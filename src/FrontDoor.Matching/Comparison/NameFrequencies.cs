using FrontDoor.Matching.Model;

namespace FrontDoor.Matching.Comparison;

/// <summary>
/// How many of a set of records carry each given and family name, counted on the set's shared name tokens: the term
/// frequencies that make agreeing on a rare name count for more than agreeing on Smith. The person index keeps them as
/// records come and go; a batch (dedupe, link) counts its records once. Not thread-safe while counting.
/// </summary>
internal sealed class NameFrequencies
{
    // Σ over records of log2(how many records carry its name), per name field: the mean that name frequencies are measured from.
    private double _givenLog2Uses;
    private double _familyLog2Uses;
    private int _givenNamed;
    private int _familyNamed;

    /// <summary>The frequencies of a batch's records (prepared with shared tokens).</summary>
    public static NameFrequencies Of(IEnumerable<PreparedRecord> records)
    {
        var frequencies = new NameFrequencies();
        foreach (var record in records)
        {
            frequencies.Count(record, +1);
        }

        return frequencies;
    }

    /// <summary>Counts a record in (<paramref name="change"/> = 1) or out (−1). A known-as name counts as a given name: it is compared with given names.</summary>
    public void Count(PreparedRecord record, int change)
    {
        if (record.Given is { } given)
        {
            _givenLog2Uses += Recount(ref given.GivenUses, change);
            _givenNamed += change;
        }

        if (record.KnownAs is { } knownAs && !ReferenceEquals(knownAs, record.Given))
        {
            _givenLog2Uses += Recount(ref knownAs.GivenUses, change);
            _givenNamed += change;
        }

        if (record.Family is { } family)
        {
            _familyLog2Uses += Recount(ref family.FamilyUses, change);
            _familyNamed += change;
        }

        // The sums of count × log2(count) over names are the sums over records of log2(count), kept as counts change.
        static double Recount(ref int uses, int change)
        {
            var before = uses;
            uses += change;
            return (uses * Log2OrZero(uses)) - (before * Log2OrZero(before));
        }

        static double Log2OrZero(int n) => n <= 0 ? 0 : Math.Log2(n);
    }

    /// <summary>
    /// The query's adjustments against these records. <paramref name="queryIsCounted"/>: the query is one of the
    /// counted records (dedupe), so its own use is taken off and a name is measured by how many others carry it, as
    /// for a query from outside the index.
    /// </summary>
    public NameAdjustments For(MatchModel model, PreparedRecord query, int population, bool queryIsCounted = false)
    {
        var self = queryIsCounted ? 1 : 0;
        var givenMean = _givenNamed == 0 ? 0 : _givenLog2Uses / _givenNamed;
        var familyMean = _familyNamed == 0 ? 0 : _familyLog2Uses / _familyNamed;
        return new NameAdjustments(
            model.TermFrequencyAdjustment(MatchField.GivenName, (query.Given?.GivenUses ?? 0) - self, givenMean, population),
            model.TermFrequencyAdjustment(MatchField.GivenName, (query.KnownAs?.GivenUses ?? 0) - self, givenMean, population),
            model.TermFrequencyAdjustment(MatchField.FamilyName, (query.Family?.FamilyUses ?? 0) - self, familyMean, population));
    }
}

/// <summary>A query's term-frequency adjustments (bits), added when a candidate agrees exactly on that name.</summary>
internal readonly record struct NameAdjustments(double Given, double KnownAs, double Family)
{
    /// <summary>The most the adjustments can add to a pair, for skipping candidates that could not reach a score anyway.</summary>
    public double MostAdded => Math.Max(0, Math.Max(Given, KnownAs)) + Math.Max(0, Family);

    public double For(PreparedRecord query, PreparedRecord candidate, in ComparisonVector vector) =>
        GivenFor(query, candidate, vector) + FamilyFor(vector);

    // Swapped names agree across fields, so no frequency of either field applies. A rare name's lift is for agreeing
    // exactly; a common name's cut also applies to its looser agreements (a typo of John is as common as John).
    public double GivenFor(PreparedRecord query, PreparedRecord candidate, in ComparisonVector vector)
    {
        var level = vector.Levels[(int)MatchField.GivenName];
        if (vector.NamesSwapped || level is Levels.None or Levels.Given.Different)
        {
            return 0;
        }

        if (level != Levels.Given.Same)
        {
            return Math.Min(0, Given);
        }

        return Agrees(query.Given, candidate) ? Given : Agrees(query.KnownAs, candidate) ? KnownAs : 0;
    }

    public double FamilyFor(in ComparisonVector vector) =>
        vector.NamesSwapped ? 0
        : vector.Levels[(int)MatchField.FamilyName] switch
        {
            Levels.Family.Same => Family,
            Levels.None or Levels.Family.Different => 0,
            _ => Math.Min(0, Family),
        };

    private static bool Agrees(NameToken? name, PreparedRecord candidate) =>
        name is not null && (name.Text == candidate.Given?.Text || name.Text == candidate.KnownAs?.Text);
}
