using System.Globalization;
using FrontDoor.Core.Demo;
using FrontDoor.Matching.Comparison;
using FrontDoor.Matching.Indexing;
using FrontDoor.Matching.Linking;
using FrontDoor.Matching.Model;
using FrontDoor.Matching.Normalisation;
using FrontDoor.Matching.UkSynthetic;

namespace FrontDoor.Matching.Bench;

/// <summary>
/// Every true pair a dedupe leaves under the link threshold on the demo county, with each field's level and weight under
/// the run's model (name frequencies included), the probability the dedupe gave, and a count by kind of miss: what
/// differs from exact agreement (a move, a nickname, a date slip, a missing NHS number) or which rule held the pair.
/// </summary>
internal static class UkMisses
{
    public static void Run(int people, int seed, double duplicateShare, double movedDuplicateFormerAddressShare, string? writeTo)
    {
        var history = new DemoAddressHistory { MovedDuplicateFormerAddressShare = movedDuplicateFormerAddressShare };
        var set = UkSyntheticSet.Generate(people, seed, duplicateShare, history);
        var options = new MatchOptions();
        var result = Deduplicator.Dedupe(set.Records, threshold: options.ReviewThreshold, options: options);
        var preparer = new RecordPreparer(NicknameTable.Default);
        var prepared = BlockedRecords.Prepare(set.Records, preparer).ToDictionary(r => r.Id);
        var frequencies = NameFrequencies.Of(prepared.Values);
        var prior = result.Model.PriorLog2Odds(Math.Max(1, set.Records.Count - 1));
        var given = result.Pairs.ToDictionary(p => Ordered(p.FirstId, p.SecondId), p => p.Probability);
        var (missed, wrong) = set.Mistakes(result.Pairs, options.LinkThreshold);

        using var output = writeTo is null ? Console.Out : new StreamWriter(writeTo);
        var kinds = new Dictionary<string, (int Count, double MaxP)>(StringComparer.Ordinal);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"uk-misses {people} seed {seed} share {duplicateShare}: {missed.Count} of {set.TruePairs} true pairs under p {options.LinkThreshold}, {wrong.Count} false links; prior {prior:0.00} bits"));
        foreach (var (kind, pairs) in new[] { ("missed", missed), ("wrong", wrong) })
        {
            foreach (var (x, y) in pairs)
            {
                var (a, b) = (prepared[x], prepared[y]);
                var vector = RecordComparer.Compare(a, b);
                var tf = frequencies.For(result.Model, a, set.Records.Count, queryIsCounted: true);
                var score = result.Model.Score(vector) + tf.For(a, b, vector);
                if (vector.HeldBack)
                {
                    score = Math.Min(score, options.Ceiling(vector, prior));
                }

                var p = given.TryGetValue((x, y), out var returned) ? returned : MatchModel.Probability(prior + score);
                var label = Kind(a, b, vector);
                if (kind == "missed")
                {
                    var k = kinds.GetValueOrDefault(label, (0, 0));
                    kinds[label] = (k.Count + 1, Math.Max(k.MaxP, p));
                }

                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kind} p={p:0.####} {(given.ContainsKey((x, y)) ? "" : "(not returned) ")}[{label}]"));
                output.WriteLine($"    {Show(set.Records, x)}\n    {Show(set.Records, y)}");
                var explanation = Explainer.Explain(a, b, vector, result.Model, prior, tf.GivenFor(a, b, vector), tf.FamilyFor(vector));
                output.WriteLine("    " + string.Join("; ", explanation.Fields.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Field}={f.Level} {f.Weight:+0.0;-0.0}"))));
            }
        }

        output.WriteLine("missed by kind (count, highest p):");
        foreach (var (label, k) in kinds.OrderByDescending(k => k.Value.Count))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {k.Count,5}  {k.MaxP:0.0000}  {label}"));
        }

        if (writeTo is not null)
        {
            Console.WriteLine($"uk-misses: {missed.Count} missed, {wrong.Count} wrong, written to {writeTo}");
        }
    }

    // What keeps the pair from exact agreement, field by field, or the rule that held it back.
    private static string Kind(PreparedRecord a, PreparedRecord b, ComparisonVector v)
    {
        var rule = v.NamesDisagree ? "HELD names both differ; " : v.LookAlike ? "HELD look-alike; " : v.DifferentNhsNumbers ? "HELD different NHS numbers; "
            : v.DifferentFormerNames ? "HELD different former names; " : v.OtherNameElsewhere ? "HELD other name elsewhere; " : "";
        var parts = new List<string>();
        void Note(MatchField field, byte exact, string what)
        {
            var level = v.Levels[(int)field];
            if (level != exact)
            {
                parts.Add($"{what} {Levels.Names[(int)field][level]}");
            }
        }

        Note(MatchField.NhsNumber, Levels.Identifier.Same, "nhs");
        Note(MatchField.GivenName, Levels.Given.Same, "given");
        Note(MatchField.FamilyName, Levels.Family.Same, "family");
        Note(MatchField.DateOfBirth, Levels.Dob.Same, "dob");
        Note(MatchField.Postcode, Levels.PostalCode.Same, "postcode");
        if (v.Levels[(int)MatchField.Phone] == Levels.Identifier.Same)
        {
            parts.Add("phone Same");
        }

        if (!SharesBlock(a, b))
        {
            rule = "NOT BLOCKED; " + rule;
        }

        return rule + string.Join(", ", parts);
    }

    private static bool SharesBlock(PreparedRecord a, PreparedRecord b)
    {
        Span<ulong> aKeys = stackalloc ulong[BlockingRules.MaxQueryKeys];
        Span<ulong> bKeys = stackalloc ulong[BlockingRules.MaxQueryKeys];
        var n = BlockingRules.KeysOf(a, aKeys);
        var m = BlockingRules.KeysOf(b, bKeys);
        foreach (var key in aKeys[..n])
        {
            if (bKeys[..m].Contains(key))
            {
                return true;
            }
        }

        return false;
    }

    private static string Show(IReadOnlyList<PersonRecord> records, string id)
    {
        var r = records.First(r => r.Id == id);
        return $"{r.GivenName} ({r.KnownAs}) | {r.FamilyName} (née {r.FormerFamilyName}) | {r.DateOfBirth} | nhs {r.NhsNumber} | {r.HouseNumber} {r.AddressLine}, {r.Town} {r.Postcode} | before: {string.Join(" / ", r.PreviousAddresses ?? [])} | {r.Phone} {r.Email}";
    }

    private static (string, string) Ordered(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
}
