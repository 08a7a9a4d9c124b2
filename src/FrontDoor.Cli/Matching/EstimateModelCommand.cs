using System.CommandLine;
using System.Globalization;
using FrontDoor.Core.People.Matching;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDoor.Cli.Matching;

/// <summary>
/// <c>frontdoor estimate-model</c>: estimates the match model from the people on record now and stores it; every web
/// node scores with it from its next catch-up (seconds), and loads it at start instead of estimating.
/// </summary>
public static class EstimateModelCommand
{
    public static Command Create(IEnumerable<KeyValuePair<string, string?>>? settings = null)
    {
        var command = new Command("estimate-model", "Estimate the matching model from the people on record and store it for every node to use.");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var session = await CliSession.OpenMigratedAsync(settings, cancellationToken);
            await parseResult.InvocationConfiguration.Error.WriteLineAsync("Estimating the match model from the people on record…");
            var stored = await session.Services.GetRequiredService<MatchModelStore>().EstimateAsync(cancellationToken);
            await parseResult.InvocationConfiguration.Output.WriteLineAsync(
                string.Create(CultureInfo.InvariantCulture, $"Stored match model {stored.Id} from {stored.Records:N0} people: {stored.Source}"));
            return CommandLineRunner.Success;
        });
        return command;
    }
}
