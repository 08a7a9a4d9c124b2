using System.Globalization;
using FrontDoor.Matching;
using FrontDoor.Matching.Comparison;
using FrontDoor.Matching.Indexing;
using FrontDoor.Matching.Io;
using FrontDoor.Matching.Linking;
using FrontDoor.Matching.Model;
using FrontDoor.Matching.Normalisation;

namespace FrontDoor.Matching.Bench;

/// <summary>Scores dedupe and link on the FEBRL files against their rec_id truth (read here only, never by the engine).</summary>
internal static class FebrlAccuracy
{
    /// <param name="explain">How many missed pairs to print briefly.</param>
    /// <param name="misses">Print every missed pair and false link at the link threshold, with why (febrl-misses mode).</param>
    public static void Run(string febrlFolder, int explain = 0, bool misses = false)
    {
        foreach (var file in new[] { "dataset1.csv", "dataset2.csv" })
        {
            using var reader = File.OpenText(Path.Combine(febrlFolder, file));
            var records = PersonCsv.Read(reader, CsvLayout.Febrl);
            var dedupe = Deduplicator.Dedupe(records, threshold: 0.01);
            Console.WriteLine($"{file}: {records.Count} records, {dedupe.CandidatePairs} pairs compared; model: {dedupe.Model.Source}, matches/record {dedupe.Model.MatchesPerRecord:0.###}");
            var truth = TruePairs(records.Select(r => r.Id));
            foreach (var threshold in new[] { 0.5, 0.9, 0.99, 0.999 })
            {
                Print($"  dedupe p>={threshold}", dedupe.Pairs.Where(p => p.Probability >= threshold).Select(p => (p.FirstId, p.SecondId)), truth, truth.Count);
            }

            PrintCeiling("  dedupe", records, records, truth);
            if (explain > 0)
            {
                Explain(records, dedupe, truth, explain);
            }

            if (misses)
            {
                Mistakes($"{file} dedupe", records, records, dedupe, truth, records.Count - 1);
            }

            // Originals → duplicates: each duplicate's original is its one true link (the duplicate–duplicate pairs of dataset2 are not links).
            var originals = records.Where(r => r.Id.EndsWith("-org", StringComparison.Ordinal)).ToList();
            var duplicates = records.Where(r => !r.Id.EndsWith("-org", StringComparison.Ordinal)).ToList();
            var link = Linker.Link(originals, duplicates, threshold: 0.01);
            var linkTruth = truth.Where(t => t.Item1.EndsWith("-org", StringComparison.Ordinal) || t.Item2.EndsWith("-org", StringComparison.Ordinal)).ToHashSet();
            foreach (var threshold in new[] { 0.5, 0.9, 0.99, 0.999 })
            {
                Print($"  link originals->duplicates p>={threshold}", link.Pairs.Where(p => p.Probability >= threshold).Select(p => (p.FirstId, p.SecondId)), truth, linkTruth.Count);
            }

            PrintCeiling("  link", records, duplicates, linkTruth);
            if (misses)
            {
                Mistakes($"{file} link", records, duplicates, link, linkTruth, duplicates.Count);
            }
        }
    }

    public static HashSet<(string, string)> TruePairs(IEnumerable<string> ids)
    {
        var byEntity = ids.GroupBy(Entity).Where(g => g.Count() > 1);
        var pairs = new HashSet<(string, string)>();
        foreach (var group in byEntity)
        {
            var members = group.ToList();
            for (var i = 0; i < members.Count; i++)
            {
                for (var j = i + 1; j < members.Count; j++)
                {
                    pairs.Add(Ordered(members[i], members[j]));
                }
            }
        }

        return pairs;
    }

    // Prints true pairs the dedupe left under the link threshold, with both records and the probability it gave.
    private static void Explain(IReadOnlyList<PersonRecord> records, LinkResult dedupe, HashSet<(string, string)> truth, int count)
    {
        var byId = records.ToDictionary(r => r.Id);
        var given = dedupe.Pairs.ToDictionary(p => Ordered(p.FirstId, p.SecondId), p => p.Probability);
        var options = new MatchOptions();
        foreach (var pair in truth.Where(t => given.GetValueOrDefault(t) < options.LinkThreshold).Take(count))
        {
            Console.WriteLine($"missed ({given.GetValueOrDefault(pair):0.####}): {byId[pair.Item1]}\n    vs {byId[pair.Item2]}");
        }
    }

    // Every missed pair and false link at the link threshold: both records, whether any blocking rule brings them together,
    // and each field's level and weight under the run's model (name frequencies left out), then a count by cause.
    private static void Mistakes(string label, IReadOnlyList<PersonRecord> records, IReadOnlyList<PersonRecord> counted, LinkResult result, HashSet<(string, string)> truth, int population)
    {
        var options = new MatchOptions();
        var byId = records.ToDictionary(r => r.Id);
        var given = result.Pairs.ToDictionary(p => Ordered(p.FirstId, p.SecondId), p => p.Probability);
        var missed = truth.Where(t => given.GetValueOrDefault(t) < options.LinkThreshold).OrderBy(t => t.Item1, StringComparer.Ordinal).ToList();
        var wrong = given.Where(g => g.Value >= options.LinkThreshold && !truth.Contains(g.Key)).Select(g => g.Key).ToList();
        var prepared = Prepared(records, counted);
        var prior = result.Model.PriorLog2Odds(Math.Max(1, population));
        var causes = new Dictionary<string, int>(StringComparer.Ordinal);
        Console.WriteLine($"== {label}: {missed.Count} missed, {wrong.Count} false links at p >= {options.LinkThreshold}");
        foreach (var (kind, pairs) in new[] { ("missed", missed), ("wrong", wrong) })
        {
            foreach (var (x, y) in pairs)
            {
                var a = prepared[x];
                var b = prepared[y];
                var blocked = SharesBlock(a, b);
                var vector = RecordComparer.Compare(a, b);
                var explanation = Explainer.Explain(a, b, vector, result.Model, prior);
                var cause = !blocked ? "not blocked together"
                    : vector.NamesDisagree ? "names both differ (hard rule)"
                    : vector.LookAlike ? "look-alike (possible relative)"
                    : vector.OtherNameElsewhere ? "other family name elsewhere"
                    : vector.DifferentNhsNumbers ? "different NHS numbers"
                    : "score too low";
                if (kind == "missed")
                {
                    causes[cause] = causes.GetValueOrDefault(cause) + 1;
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kind} p={given.GetValueOrDefault((x, y)):0.####} [{cause}]"));
                Console.WriteLine($"    {Show(byId[x])}\n    {Show(byId[y])}");
                Console.WriteLine("    " + string.Join("; ", explanation.Fields.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Field}={f.Level} {f.Weight:+0.0;-0.0}"))));
            }
        }

        foreach (var (x, y) in truth.Where(t => given.GetValueOrDefault(t) >= options.LinkThreshold && RecordComparer.Compare(prepared[t.Item1], prepared[t.Item2]).HeldBack))
        {
            var forward = RecordComparer.Compare(prepared[x], prepared[y]);
            var backward = RecordComparer.Compare(prepared[y], prepared[x]);
            Console.WriteLine($"linked though held one way round (p={given[(x, y)]:0.####}; held {forward.HeldBack} / reversed {backward.HeldBack}):\n    {Show(byId[x])}\n    {Show(byId[y])}");
        }

        Console.WriteLine($"== {label} missed by cause: " + string.Join(", ", causes.OrderByDescending(c => c.Value).Select(c => $"{c.Key} {c.Value}")));
    }

    // The hard rules hold back a true pair whose given and family names both differ (FEBRL replaced both), or that looks like
    // two relatives (same family name, another given name or birth year, no identifier agreeing): no threshold links those,
    // so they cap recall, and F1 at precision 1, for any model that keeps the rules.
    private static void PrintCeiling(string label, IReadOnlyList<PersonRecord> records, IReadOnlyList<PersonRecord> counted, HashSet<(string, string)> truth)
    {
        var prepared = Prepared(records, counted);
        var held = truth.Count(t => RecordComparer.Compare(prepared[t.Item1], prepared[t.Item2]).HeldBack);
        var recall = (double)(truth.Count - held) / truth.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label} ceiling under the hard rules: {held} of {truth.Count} true pairs held back (names both differ, or relatives' look), best recall {recall:0.0000}, best F1 {2 * recall / (1 + recall):0.0000}"));
    }

    // Records prepared on shared name tokens, with the name counts of the records the engine counts (all of them in a dedupe,
    // the targets in a link), which the slip rule reads.
    private static Dictionary<string, PreparedRecord> Prepared(IReadOnlyList<PersonRecord> records, IReadOnlyList<PersonRecord> counted)
    {
        var preparer = new RecordPreparer(NicknameTable.Default);
        var all = BlockedRecords.Prepare(records, preparer).ToDictionary(r => r.Id);
        NameFrequencies.Of(counted.Select(r => all[r.Id]));
        return all;
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

    private static string Show(PersonRecord r) =>
        $"{r.Id}: {r.GivenName} | {r.FamilyName} | {r.HouseNumber} {r.AddressLine} | {r.Town} {r.Postcode} | dob {r.DateOfBirth} | id {r.NationalId}";

    private static string Entity(string id) => id.Split('-')[1];

    private static (string, string) Ordered(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);

    private static void Print(string label, IEnumerable<(string, string)> found, HashSet<(string, string)> truth, int relevant)
    {
        var predicted = found.Select(p => Ordered(p.Item1, p.Item2)).ToHashSet();
        var truePositives = predicted.Count(truth.Contains);
        var precision = predicted.Count == 0 ? 0 : (double)truePositives / predicted.Count;
        var recall = (double)truePositives / relevant;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label}: predicted {predicted.Count}, true {relevant}, TP {truePositives}, precision {precision:0.0000}, recall {recall:0.0000}, F1 {f1:0.0000}"));
    }
}
