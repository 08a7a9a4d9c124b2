using System.CommandLine;
using FrontDoor.Core.CaseSystem;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDoor.Cli.CaseSystem;

/// <summary>
/// <c>frontdoor import people|teams|workers|allocations|merges FILE [--full]</c>: loads the case system's CSV
/// exports, upserting by the case system's ids. Prints the run's report; bad rows are listed by line and the rest
/// imported (exit code 2, so scripts notice); a file that is not an export of its kind is refused whole (exit 2).
/// </summary>
public static class ImportCommand
{
    public const int RefusalsShown = 50;

    /// <param name="settings">Configuration over appsettings.json and the environment; tests point the verb at their database.</param>
    public static Command Create(IEnumerable<KeyValuePair<string, string?>>? settings = null)
    {
        var command = new Command("import", "Import the case system's exports (CSV, UTF-8): teams, workers, people, allocations and merges, in that order.");
        foreach (var kind in CaseSystemFileKinds.InImportOrder)
        {
            command.Subcommands.Add(KindCommand(kind, settings));
        }

        return command;
    }

    private static Command KindCommand(CaseSystemFileKind kind, IEnumerable<KeyValuePair<string, string?>>? settings)
    {
        var file = new Argument<FileInfo>("FILE") { Description = $"The {kind.Name()} export: {CaseSystemExportFormats.Describe(kind)}" };
        var command = new Command(kind.Name(), $"Import a {kind.Name()} export. Columns: {CaseSystemExportFormats.Describe(kind)}") { file };
        Option<bool>? full = null;
        if (kind != CaseSystemFileKind.Merges)
        {
            full = new Option<bool>("--full")
            {
                Description = kind == CaseSystemFileKind.Allocations
                    ? "The file is every current allocation: one it leaves out is ended (dated, not deleted)."
                    : $"The file is every {kind.RowNoun()} in the case system: one it leaves out is marked as no longer in it (kept).",
            };
            command.Options.Add(full);
        }

        Option<bool>? allowLargeRemoval = null;
        if (full is not null)
        {
            allowLargeRemoval = new Option<bool>("--allow-large-removal")
            {
                Description = $"With --full: end or mark what the file leaves out even when that is more than {CaseSystemImporter.Percent(CaseSystemImporter.LargeRemovalShare)} of what FrontDoor holds (otherwise nothing is ended, in case the export was cut short).",
            };
            command.Options.Add(allowLargeRemoval);
        }

        Option<PeopleLayout>? format = null;
        if (kind == CaseSystemFileKind.People)
        {
            format = new Option<PeopleLayout>("--format")
            {
                Description = "frontdoor (the columns above) or febrl (rec_id,given_name,surname,street_number,address_1,address_2,suburb,postcode,state,date_of_birth,soc_sec_id).",
                DefaultValueFactory = _ => PeopleLayout.FrontDoor,
                CustomParser = result => result.Tokens.Single().Value.ToLowerInvariant() switch
                {
                    "frontdoor" => PeopleLayout.FrontDoor,
                    "febrl" => PeopleLayout.Febrl,
                    var other => Refuse(result, $"--format must be frontdoor or febrl; got '{other}'."),
                },
            };
            command.Options.Add(format);
        }

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var path = parseResult.GetValue(file)!;
            if (!path.Exists)
            {
                throw new UsageException($"{path.FullName} does not exist.");
            }

            var request = new CaseSystemImportRequest(
                path.Name,
                full is not null && parseResult.GetValue(full),
                CliSession.Actor,
                CliSession.AuditOrigin,
                format is null ? PeopleLayout.FrontDoor : parseResult.GetValue(format),
                allowLargeRemoval is not null && parseResult.GetValue(allowLargeRemoval));
            await using var session = await CliSession.OpenMigratedAsync(settings, cancellationToken);
            var importer = session.Services.GetRequiredService<CaseSystemImporter>();
            await using var stream = path.OpenRead();
            var run = await ProgressDisplay.RunAsync<CaseSystemImportProgress, CaseSystemImportRun>(
                progress => importer.ImportAsync(kind, stream, request, progress, cancellationToken),
                p => new ProgressLine(p.Stage, p.Done, p.Total, $"{p.Stage}: {(p.Total == 0 ? 100 : p.Done * 100 / p.Total)}% ({p.RowsRead:N0} rows read)"));

            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error ?? Console.Error;
            if (run.Status == CaseSystemImportStatus.Refused)
            {
                throw new UsageException($"{path.Name}: {run.Message}. Nothing was imported.");
            }

            var reports = session.Services.GetRequiredService<CaseSystemImportReports>();
            foreach (var refusal in await reports.RefusalsAsync(run.Id, RefusalsShown, cancellationToken))
            {
                await error.WriteLineAsync($"{path.Name}: {refusal}");
            }

            if (run.Refused > RefusalsShown)
            {
                await error.WriteLineAsync($"{path.Name}: … and {run.Refused - RefusalsShown:N0} more rows refused.");
            }

            await output.WriteLineAsync($"{path.Name}: {run.Summary}.");
            if (run.Message is { } heldBack)
            {
                await error.WriteLineAsync($"{path.Name}: {heldBack} (--allow-large-removal).");
                return CommandLineRunner.UsageError;
            }

            if (run.Added + run.Changed + run.Ended == 0 && run.Refused == 0)
            {
                await output.WriteLineAsync("Nothing changed: FrontDoor already held everything in this file.");
            }

            return run.Refused == 0 ? CommandLineRunner.Success : CommandLineRunner.UsageError;
        });
        return command;
    }

    private static PeopleLayout Refuse(System.CommandLine.Parsing.ArgumentResult result, string message)
    {
        result.AddError(message);
        return default;
    }
}
