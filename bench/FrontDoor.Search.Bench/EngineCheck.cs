using System.Diagnostics;
using System.Globalization;
using FrontDoor.Core.Demo;
using FrontDoor.Core.People.Matching;
using FrontDoor.Core.People.Search;
using FrontDoor.Matching;

namespace FrontDoor.Search.Bench;

/// <summary>
/// The search's ranking without the web or the database: the same demo county and truth-labelled queries as the
/// load test, answered in process, so accuracy at a million people can be studied in minutes.
/// </summary>
internal static class EngineCheck
{
    public static int Run(int people, int misses)
    {
        var stopwatch = Stopwatch.StartNew();
        var county = new DemoCountyGenerator(new DemoCountyOptions(people, CountyLoader.Seed, CountyLoader.Until, contactsPerMonth: 0, months: 1)).Generate();
        Console.WriteLine($"Generated {county.People.Count:N0} records in {stopwatch.Elapsed.TotalSeconds:N1} s");

        stopwatch.Restart();
        var records = county.People.Select(p => PersonMatchRecords.From(p.Person)).ToList();
        using var index = PersonIndex.Build(records);
        Console.WriteLine($"Built the index in {stopwatch.Elapsed.TotalSeconds:N1} s");

        var byId = county.People.ToDictionary(p => PersonMatchRecords.IdOf(p.Person.Id));
        var today = CountyLoader.Until;
        var queries = TruthQueries.From(county);
        var latencies = new List<double>(queries.Count);
        var rows = new List<(string Kind, bool First, bool InTen, int Compared)>();
        var shown = 0;
        foreach (var query in queries)
        {
            var parsed = PersonSearchQueryParser.Parse(query.Text, today);
            var started = Stopwatch.GetTimestamp();
            var result = index.Match(parsed.Record, 11);
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            var ranked = result.Candidates.Where(c => PersonMatchRecords.PersonIdOf(c.Id) != query.Duplicate).ToList();
            var first = ranked.Count > 0 && PersonMatchRecords.PersonIdOf(ranked[0].Id) == query.Original;
            rows.Add((query.Kind, first, ranked.Take(10).Any(c => PersonMatchRecords.PersonIdOf(c.Id) == query.Original), result.RecordsCompared));
            if (!first && shown < misses)
            {
                shown++;
                Console.WriteLine($"MISS {query.Kind}: \"{query.Text}\" ({result.RecordsCompared} compared); original {Describe(byId[PersonMatchRecords.IdOf(query.Original)])}");
                foreach (var candidate in ranked.Take(3))
                {
                    var who = byId[candidate.Id];
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"   {(who.Person.Id == query.Original ? "*" : " ")} p={candidate.Probability:0.0000} w={candidate.Weight:0.0} {Describe(who)} :: {string.Join("; ", candidate.Explanation.Fields.Where(f => f.Weight != 0).Select(f => $"{f.Description} {f.Weight:+0.0;-0.0}"))}"));
                }
            }
        }

        // Whole passes over the queries, now the code is warm: the mean cost of a search, steadier than one pass's percentiles.
        var passes = new List<double>();
        var (gen0, gen2, paused, allocated) = (GC.CollectionCount(0), GC.CollectionCount(2), GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes());
        for (var pass = 0; pass < 5; pass++)
        {
            var started = Stopwatch.GetTimestamp();
            foreach (var query in queries)
            {
                index.Match(PersonSearchQueryParser.Parse(query.Text, today).Record, 11);
            }

            passes.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds * 1000 / queries.Count);
        }

        passes.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Parse and match, mean per query over 5 warm passes: median {passes[2]:0} µs (fastest {passes[0]:0}, slowest {passes[4]:0})"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  allocated {(GC.GetTotalAllocatedBytes() - allocated) / (5.0 * queries.Count) / 1024:0.0} KiB a query; {GC.CollectionCount(0) - gen0} gen0 and {GC.CollectionCount(2) - gen2} gen2 collections pausing {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:0} ms in all"));
        latencies.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Match latency over {latencies.Count} queries: p50 {latencies[latencies.Count / 2]:0.00} ms, p95 {latencies[(int)(latencies.Count * 0.95)]:0.00} ms, p99 {latencies[(int)(latencies.Count * 0.99)]:0.00} ms"));
        foreach (var group in rows.GroupBy(r => r.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).Prepend(rows.GroupBy(_ => "all").Single()))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{group.Key,-14} {group.Count(),5} queries  recall@1 {100.0 * group.Count(r => r.First) / group.Count(),5:0.0}%  recall@10 {100.0 * group.Count(r => r.InTen) / group.Count(),5:0.0}%  records compared: median {Median(group.Select(r => r.Compared)),5}, max {group.Max(r => r.Compared),5}"));
        }

        return 0;
    }

    private static int Median(IEnumerable<int> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static string Describe(DemoPerson p) => string.Create(CultureInfo.InvariantCulture,
        $"[{p.Likeness} #{p.Identity}] {p.Person.Name.GivenName} ({p.Person.Name.KnownAs}) {p.Person.Name.FamilyName} {p.Person.DateOfBirth:yyyy-MM-dd} {p.Person.Address?.Postcode.Value} {p.Person.NhsNumber?.Value}");
}
