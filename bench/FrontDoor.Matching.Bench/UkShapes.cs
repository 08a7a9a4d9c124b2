using System.Globalization;
using FrontDoor.Matching.Comparison;
using FrontDoor.Matching.Linking;
using FrontDoor.Matching.Model;
using FrontDoor.Matching.Normalisation;
using FrontDoor.Matching.UkSynthetic;

namespace FrontDoor.Matching.Bench;

/// <summary>
/// The pairs a dedupe scores, grouped by what agreed (names, date of birth, postcode, phone, email and the rule that
/// held them back), with how many of each shape truly are one person: the evidence for or against moving a band.
/// </summary>
internal static class UkShapes
{
    public static void Run(int people, int seed, double duplicateShare, double from)
    {
        var set = UkSyntheticSet.Generate(people, seed, duplicateShare);
        var options = new MatchOptions();
        var result = Deduplicator.Dedupe(set.Records, threshold: from, options: options);
        var preparer = new RecordPreparer(NicknameTable.Default);
        var prepared = set.Records.ToDictionary(r => r.Id, r => preparer.Prepare(r, share: true));

        // The counts the dedupe made, which the look-alike rule reads (a slip of a common given name is a typo, not a twin).
        _ = NameFrequencies.Of(prepared.Values);
        var found = new HashSet<(string, string)>();
        var shapes = new Dictionary<string, (int Same, int Other, double MinTrue, double MaxFalse)>();
        foreach (var pair in result.Pairs)
        {
            found.Add(Ordered(pair.FirstId, pair.SecondId));
            var shape = Shape(prepared[pair.FirstId], prepared[pair.SecondId]);
            var same = set.SameHuman(pair.FirstId, pair.SecondId);
            var s = shapes.GetValueOrDefault(shape, (0, 0, 1, 0));
            shapes[shape] = same ? (s.Same + 1, s.Other, Math.Min(s.MinTrue, pair.Probability), s.MaxFalse) : (s.Same, s.Other + 1, s.MinTrue, Math.Max(s.MaxFalse, pair.Probability));
        }

        var (missed, _) = set.Mistakes(result.Pairs, from);
        foreach (var (a, b) in missed)
        {
            var shape = "NOT RETURNED " + Shape(prepared[a], prepared[b]);
            var s = shapes.GetValueOrDefault(shape, (0, 0, 1, 0));
            shapes[shape] = (s.Same + 1, s.Other, 0, 0);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"uk shapes {people} seed {seed} share {duplicateShare}: pairs at p >= {from}; one person / others, lowest p of a true pair, highest p of a false one"));
        Console.WriteLine($"model: {result.Model.Source}, matches/record {result.Model.MatchesPerRecord:0.####}, prior {result.Model.PriorLog2Odds(people - 1):0.00} bits");
        foreach (var field in Enum.GetValues<MatchField>())
        {
            var levels = MatchModel.LevelsOf(field);
            Console.WriteLine($"  {field}: " + string.Join("; ", Enumerable.Range(1, levels.Count - 1).Select(l => string.Create(CultureInfo.InvariantCulture,
                $"{levels[l]} m {result.Model.M(field, l):0.####} u {result.Model.U(field, l):0.######} w {result.Model.WeightOf(field, l):0.00}"))));
        }

        foreach (var (shape, s) in shapes.OrderByDescending(s => s.Value.Same + s.Value.Other))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{s.Same,6} {s.Other,6}  {s.MinTrue:0.0000} {s.MaxFalse:0.0000}  {shape}"));
        }
    }

    private static (string, string) Ordered(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);

    private static string Shape(PreparedRecord a, PreparedRecord b)
    {
        var v = RecordComparer.Compare(a, b);
        string Level(MatchField f) => Levels.Names[(int)f][v.Levels[(int)f]];
        var held = v.NamesDisagree ? "NAMES-DIFFER" : v.LookAlike ? "LOOKALIKE" : v.TwoPeopleSaysAField ? "TWO-PEOPLE" : "-";
        return $"{held} nhs:{Level(MatchField.NhsNumber)} g:{Level(MatchField.GivenName)} f:{Level(MatchField.FamilyName)} dob:{Level(MatchField.DateOfBirth)} pc:{Level(MatchField.Postcode)} ph:{Level(MatchField.Phone)} em:{Level(MatchField.Email)} town:{Level(MatchField.Town)}";
    }
}
