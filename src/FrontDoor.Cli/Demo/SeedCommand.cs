using System.CommandLine;
using System.Diagnostics;
using FrontDoor.Core.Data;
using FrontDoor.Core.Demo;
using FrontDoor.Core.People.Matching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FrontDoor.Cli.Demo;

/// <summary><c>frontdoor seed --people 50000 --seed 42</c>: builds the deterministic synthetic demo county.</summary>
public static class SeedCommand
{
    public static Command Create()
    {
        var people = new Option<int>("--people")
        {
            Description = "How many person records to create (10 to 2,000,000).",
            DefaultValueFactory = _ => 50_000,
            CustomParser = result => OptionParsers.IntegerBetween(result, 10, DemoCountyOptions.MaxPeople),
        };
        var seed = new Option<int>("--seed")
        {
            Description = "The random seed: the same seed always builds the same county.",
            DefaultValueFactory = _ => 42,
            CustomParser = result => OptionParsers.IntegerBetween(result, int.MinValue, int.MaxValue),
        };
        var until = new Option<DateOnly?>("--until") { Description = "Last day of the year of contacts (yyyy-MM-dd); default today.", CustomParser = OptionParsers.Date };
        var months = new Option<int>("--months")
        {
            Description = "How many months of contacts to create (1 to 36).",
            DefaultValueFactory = _ => 12,
            CustomParser = result => OptionParsers.IntegerBetween(result, 1, 36),
        };

        var command = new Command("seed", "Create a synthetic demo county in an empty database: people, teams, workers, allocations and a year of contacts.")
        {
            people, seed, until, months,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var options = new DemoCountyOptions(
                parseResult.GetValue(people),
                parseResult.GetValue(seed),
                parseResult.GetValue(until) ?? DateOnly.FromDateTime(DateTime.UtcNow),
                months: parseResult.GetValue(months));
            await using var session = await CliSession.OpenMigratedAsync(cancellationToken);
            options = options with { Matching = session.Services.GetRequiredService<PersonIndexHost>().MatchOptions };
            var databaseOptions = session.DatabaseOptions;
            var db = session.Db;

            var stopwatch = Stopwatch.StartNew();
            DemoCountySummary summary;
            try
            {
                summary = await ProgressDisplay.RunAsync<DemoSeedProgress, DemoCountySummary>(
                    progress => new DemoCountySeeder(db).SeedAsync(options, progress, cancellationToken),
                    p => new ProgressLine(p.Stage, p.Done, p.Total, p.ToString()));
            }
            catch (InvalidOperationException ex) when (ex.Message.Contains("empty database", StringComparison.Ordinal))
            {
                throw new UsageException(ex.Message);
            }

            Console.WriteLine($"Seeded {summary} into {databaseOptions.Provider} ({DatabaseMigrator.Describe(databaseOptions)}) in {stopwatch.Elapsed.TotalSeconds:N1} s.");
            return CommandLineRunner.Success;
        });
        return command;
    }
}
