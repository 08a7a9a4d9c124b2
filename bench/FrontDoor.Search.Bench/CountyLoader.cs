using System.Diagnostics;
using System.Globalization;
using FrontDoor.Core.Data;
using FrontDoor.Core.Demo;
using FrontDoor.Core.People;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Search.Bench;

/// <summary>
/// Seeds the demo county (no contacts: search does not read them) and writes the load test's queries from its
/// corrupted duplicates, each labelled with the original record a good search ranks first.
/// </summary>
internal static class CountyLoader
{
    public const int Seed = 42;
    public static readonly DateOnly Until = new(2026, 3, 2);

    public static async Task<int> RunAsync(string connection, int people, string outDir)
    {
        var options = new DemoCountyOptions(people, Seed, Until, contactsPerMonth: 0, months: 1);
        var database = new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = connection };
        var stopwatch = Stopwatch.StartNew();
        await using (var db = new FrontDoorDbContext(DatabaseSetup.CreateOptions(database)))
        {
            await new DatabaseMigrator(db, database).MigrateAsync();
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
            string? lastStage = null;
            var progress = new InlineProgress(p =>
            {
                if (p.Stage != lastStage)
                {
                    Console.Error.WriteLine($"  {p.Stage} ({stopwatch.Elapsed.TotalSeconds:N0} s)");
                    lastStage = p.Stage;
                }
            });
            var summary = await new DemoCountySeeder(db).SeedAsync(options, progress);
            Console.WriteLine($"Seeded {summary} in {stopwatch.Elapsed.TotalSeconds:N0} s");
        }

        // The generator is deterministic: the same options give the same people, ids and truth.
        var county = new DemoCountyGenerator(options).Generate();
        WriteQueries(county, outDir);
        return 0;
    }

    private static void WriteQueries(GeneratedCounty county, string outDir)
    {
        Directory.CreateDirectory(outDir);
        var written = TruthQueries.From(county);
        using var queries = new StreamWriter(Path.Combine(outDir, "queries.txt"));
        using var truth = new StreamWriter(Path.Combine(outDir, "truth.tsv"));
        foreach (var query in written)
        {
            queries.WriteLine(query.QueryString);
            truth.WriteLine(string.Join('\t', query.Kind, query.QueryString, query.Original.ToString("D"), query.Duplicate.ToString("D")));
        }

        Console.WriteLine($"Wrote {written.Count} truth-labelled queries to {outDir}");
    }

    private sealed class InlineProgress(Action<DemoSeedProgress> report) : IProgress<DemoSeedProgress>
    {
        public void Report(DemoSeedProgress value) => report(value);
    }
}
