using System.CommandLine;
using FrontDoor.Core.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FrontDoor.Cli.Database;

/// <summary><c>frontdoor migrate</c>: brings the configured database's schema up to date.</summary>
public static class MigrateCommand
{
    public static Command Create()
    {
        var command = new Command("migrate", "Apply database migrations to the configured database (Database:Provider, ConnectionStrings:FrontDoor).");
        command.SetAction(async (_, cancellationToken) =>
        {
            await using var session = await CliSession.OpenMigratedAsync(cancellationToken);
            var options = session.DatabaseOptions;
            Console.WriteLine($"Database is up to date ({options.Provider}, {DatabaseMigrator.Describe(options)}).");
            return CommandLineRunner.Success;
        });
        return command;
    }
}
