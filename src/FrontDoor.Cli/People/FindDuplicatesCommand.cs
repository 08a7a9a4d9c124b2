using System.CommandLine;
using FrontDoor.Core.Data;
using FrontDoor.Core.People.Matching;
using FrontDoor.Matching.Linking;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FrontDoor.Cli.People;

/// <summary><c>frontdoor find-duplicates</c>: refreshes the probable-duplicates report for data-quality staff.</summary>
public static class FindDuplicatesCommand
{
    public static Command Create()
    {
        var command = new Command("find-duplicates", "Check every person record against every other and store the probable duplicates (review band and above).");
        command.SetAction(async (_, cancellationToken) =>
        {
            await using var session = await CliSession.OpenMigratedAsync(cancellationToken);
            var db = session.Db;

            Console.Error.WriteLine("Building the person index…");
            await session.Services.GetRequiredService<PersonIndexHost>().RebuildAsync(db, cancellationToken);
            var progress = new SynchronousProgress<LinkProgress>(p => Console.Error.Write($"\r{p.Stage}: {p.Done:N0} of {p.Total:N0}   "));
            var summary = await session.Services.GetRequiredService<DuplicatePeopleCheck>().RunAsync(progress, cancellationToken);
            Console.Error.WriteLine();
            Console.WriteLine(summary.ToString());
            return CommandLineRunner.Success;
        });
        return command;
    }
}
