using System.Globalization;
using FrontDoor.Matching;
using FrontDoor.Matching.Io;
using FrontDoor.Matching.Linking;

namespace FrontDoor.Matching.Bench;

/// <summary>Scores dedupe and link on the FEBRL files against their rec_id truth (read here only, never by the engine).</summary>
internal static class FebrlAccuracy
{
    public static void Run(string febrlFolder, int explain = 0)
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
                Print($"  dedupe p>={threshold}", dedupe.Pairs.Where(p => p.Probability >= threshold).Select(p => (p.FirstId, p.SecondId)), truth);
            }

            if (explain > 0)
            {
                Explain(records, dedupe, truth, explain);
            }

            if (file == "dataset1.csv")
            {
                var originals = records.Where(r => r.Id.EndsWith("-org", StringComparison.Ordinal)).ToList();
                var duplicates = records.Where(r => !r.Id.EndsWith("-org", StringComparison.Ordinal)).ToList();
                var link = Linker.Link(originals, duplicates, threshold: 0.01);
                foreach (var threshold in new[] { 0.5, 0.9, 0.99, 0.999 })
                {
                    Print($"  link originals->duplicates p>={threshold}", link.Pairs.Where(p => p.Probability >= threshold).Select(p => (p.FirstId, p.SecondId)), truth);
                }
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

    private static string Entity(string id) => id.Split('-')[1];

    private static (string, string) Ordered(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);

    private static void Print(string label, IEnumerable<(string, string)> found, HashSet<(string, string)> truth)
    {
        var predicted = found.Select(p => Ordered(p.Item1, p.Item2)).ToHashSet();
        var truePositives = predicted.Count(truth.Contains);
        var precision = predicted.Count == 0 ? 0 : (double)truePositives / predicted.Count;
        // For link, the truth is only the cross pairs; count recall against those present among predicted-able pairs.
        var relevant = label.Contains("link", StringComparison.Ordinal) ? truth.Count(t => t.Item1.EndsWith("org", StringComparison.Ordinal) || t.Item2.EndsWith("org", StringComparison.Ordinal)) : truth.Count;
        var recall = (double)truePositives / relevant;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label}: predicted {predicted.Count}, true {relevant}, TP {truePositives}, precision {precision:0.0000}, recall {recall:0.0000}, F1 {f1:0.0000}"));
    }
}
