using System.Diagnostics;
using System.Globalization;
using FrontDoor.Core.Demo;
using FrontDoor.Core.People.Matching;
using FrontDoor.Core.People.Search;
using FrontDoor.Matching;

namespace FrontDoor.Search.Bench;

/// <summary>
/// The search's ranking without the web or the database: the same demo county and truth-labelled queries as the
/// load test, answered in process, so accuracy at a million people can be studied in minutes. Accuracy is reported
/// by query shape at 1, 5, 10 and 20, and as "tied at the top": the original scores the same as the first answer, so
/// only the order of equally good candidates (record order, nothing the query says) put another first.
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
        GC.Collect();
        Console.WriteLine($"Built the index in {stopwatch.Elapsed.TotalSeconds:N1} s; working set {Environment.WorkingSet / (1024 * 1024):N0} MiB, managed heap {GC.GetTotalMemory(false) / (1024 * 1024):N0} MiB");

        var byId = county.People.ToDictionary(p => PersonMatchRecords.IdOf(p.Person.Id));
        var today = CountyLoader.Until;
        var queries = TruthQueries.From(county);
        var latencies = new List<double>(queries.Count);
        var rows = new List<(string Kind, int Rank, bool TiedFirst, int Compared)>();
        var shown = 0;

        // SEARCH_BENCH_RANKINGS=file: every query's candidates (id and weight, in order), to show two builds rank alike.
        using var rankings = Environment.GetEnvironmentVariable("SEARCH_BENCH_RANKINGS") is { Length: > 0 } path ? new StreamWriter(path) : null;
        foreach (var query in queries)
        {
            var parsed = PersonSearchQueryParser.Parse(query.Text, today);
            var started = Stopwatch.GetTimestamp();
            var result = index.Match(parsed.Record, 21);
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            rankings?.WriteLine(string.Join(' ', result.Candidates.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Id}:{c.Weight:R}"))));
            var ranked = result.Candidates.Where(c => PersonMatchRecords.PersonIdOf(c.Id) != query.Duplicate).ToList();
            var rank = ranked.FindIndex(c => PersonMatchRecords.PersonIdOf(c.Id) == query.Original) + 1;
            var first = rank == 1;
            rows.Add((query.Kind, rank, rank > 0 && ranked[rank - 1].Weight == ranked[0].Weight, result.RecordsCompared));
            if (!first && shown < misses)
            {
                shown++;
                Console.WriteLine($"MISS {query.Kind}: \"{query.Text}\" ({result.RecordsCompared} compared, original ranked {(rank == 0 ? "below 20" : rank)}); original {Describe(byId[PersonMatchRecords.IdOf(query.Original)])}");
                foreach (var candidate in ranked.Take(3).Concat(rank > 3 ? [ranked[rank - 1]] : []))
                {
                    var who = byId[candidate.Id];
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"   {(who.Person.Id == query.Original ? "*" : " ")} p={candidate.Probability:0.0000} w={candidate.Weight:0.0} {Describe(who)} :: {string.Join("; ", candidate.Explanation.Fields.Where(f => f.Weight != 0).Select(f => $"{f.Description} {f.Weight:+0.0;-0.0}"))}"));
                }
            }
        }

        // Whole passes over the queries, now the code is warm: the mean cost of a search, steadier than one pass's percentiles.
        var passes = new List<double>();
        var warm = new List<double>(5 * queries.Count);
        var cpuStarted = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var (gen0, gen2, paused, allocated) = (GC.CollectionCount(0), GC.CollectionCount(2), GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes());
        for (var pass = 0; pass < 5; pass++)
        {
            var started = Stopwatch.GetTimestamp();
            foreach (var query in queries)
            {
                var one = Stopwatch.GetTimestamp();
                index.Match(PersonSearchQueryParser.Parse(query.Text, today).Record, 11);
                warm.Add(Stopwatch.GetElapsedTime(one).TotalMilliseconds);
            }

            passes.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds * 1000 / queries.Count);
        }

        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpuStarted;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  process CPU per query over the 5 warm passes: {cpu.TotalMilliseconds * 1000 / (5 * queries.Count):0} µs"));
        passes.Sort();
        warm.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  warm parse and match, per search over {warm.Count} searches: p50 {warm[warm.Count / 2] * 1000:0} µs, p95 {warm[(int)(warm.Count * 0.95)] * 1000:0} µs, p99 {warm[(int)(warm.Count * 0.99)] * 1000:0} µs; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Parse and match, mean per query over 5 warm passes: median {passes[2]:0} µs (fastest {passes[0]:0}, slowest {passes[4]:0})"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  allocated {(GC.GetTotalAllocatedBytes() - allocated) / (5.0 * queries.Count) / 1024:0.0} KiB a query; {GC.CollectionCount(0) - gen0} gen0 and {GC.CollectionCount(2) - gen2} gen2 collections pausing {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:0} ms in all"));
        latencies.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Match latency over {latencies.Count} queries: p50 {latencies[latencies.Count / 2]:0.00} ms, p95 {latencies[(int)(latencies.Count * 0.95)]:0.00} ms, p99 {latencies[(int)(latencies.Count * 0.99)]:0.00} ms"));
        Console.WriteLine("| query shape | queries | recall@1 | tied at the top | recall@5 | recall@10 | recall@20 | records compared: median, max |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var group in rows.GroupBy(r => r.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).Prepend(rows.GroupBy(_ => "all").Single()))
        {
            string Share(Func<(string Kind, int Rank, bool TiedFirst, int Compared), bool> right) =>
                string.Create(CultureInfo.InvariantCulture, $"{100.0 * group.Count(right) / group.Count():0.0}%");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {group.Key} | {group.Count()} | {Share(r => r.Rank == 1)} | {Share(r => r.TiedFirst)} | {Share(r => r.Rank is > 0 and <= 5)} | {Share(r => r.Rank is > 0 and <= 10)} | {Share(r => r.Rank > 0)} | {Median(group.Select(r => r.Compared))}, {group.Max(r => r.Compared)} |"));
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
