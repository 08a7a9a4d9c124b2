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
    private const int QueryCount = 2_000;

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
        var originals = new Dictionary<int, Person>();
        foreach (var person in county.People.Where(p => p.Likeness == DemoLikeness.None))
        {
            originals.TryAdd(person.Identity, person.Person);
        }

        var duplicates = county.People.Where(p => p.Likeness == DemoLikeness.Duplicate && originals.ContainsKey(p.Identity)).ToList();
        var step = Math.Max(1, duplicates.Count / QueryCount);
        using var queries = new StreamWriter(Path.Combine(outDir, "queries.txt"));
        using var truth = new StreamWriter(Path.Combine(outDir, "truth.tsv"));
        var written = 0;
        for (var i = 0; i < duplicates.Count && written < QueryCount; i += step, written++)
        {
            var duplicate = duplicates[i].Person;
            var (kind, text) = QueryFor(duplicate, written % 4);
            var queryString = $"?q={Uri.EscapeDataString(text)}&max=10";
            queries.WriteLine(queryString);
            truth.WriteLine(string.Join('\t', kind, queryString, originals[duplicates[i].Identity].Id.ToString("D"), duplicate.Id.ToString("D")));
        }

        Console.WriteLine($"Wrote {written} queries from {duplicates.Count:N0} corrupted duplicates to {outDir}");
    }

    /// <summary>What an advisor types from what a caller says; the duplicate's typos, nicknames and swapped dates come along.</summary>
    private static (string Kind, string Text) QueryFor(Person duplicate, int rotation)
    {
        var dob = duplicate.DateOfBirth!.Value;
        return rotation switch
        {
            1 => ("surname+dob", $"{duplicate.Name.FamilyName} {dob.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}"),
            2 when duplicate.NhsNumber is { } nhs => ("nhs", nhs.Formatted),
            3 when duplicate.Address is { } address => ("name+postcode", $"{duplicate.Name.GivenName} {duplicate.Name.FamilyName} {address.Postcode.Value}"),
            _ => ("name+dob", $"{duplicate.Name.GivenName} {duplicate.Name.FamilyName} {dob.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}"),
        };
    }

    private sealed class InlineProgress(Action<DemoSeedProgress> report) : IProgress<DemoSeedProgress>
    {
        public void Report(DemoSeedProgress value) => report(value);
    }
}
