using System.CommandLine;
using FrontDoor.Core.Audit;
using FrontDoor.Core.Data;
using FrontDoor.Core.Telephony;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FrontDoor.Cli.Telephony;

/// <summary>
/// <c>frontdoor import-calls FILE</c>: imports telephony call records. Rows with errors are listed by line and
/// the rest imported; the exit code is 2 when any row was refused, so scripts notice.
/// </summary>
public static class ImportCallsCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "CSV with the header " + string.Join(',', CallRecordImporter.Header) };
        var command = new Command("import-calls", "Import call records from the contact-centre telephony (re-importing a file adds nothing twice).") { file };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var path = parseResult.GetValue(file)!;
            if (!path.Exists)
            {
                throw new UsageException($"{path.FullName} does not exist.");
            }

            await using var session = await CliSession.OpenMigratedAsync(cancellationToken);

            using var reader = path.OpenText();
            CallImportResult result;
            try
            {
                var progress = new SynchronousProgress<int>(rows => Console.Error.Write($"\r{rows:N0} rows read"));
                var clock = session.Services.GetRequiredService<TimeProvider>();
                result = await new CallRecordImporter(session.Db, clock, new AuditLog(session.Db, clock)).ImportAsync(reader, new CallImportSource(path.Name, CliSession.Actor, null), progress, cancellationToken);
                Console.Error.WriteLine();
            }
            catch (CallImportFormatException ex)
            {
                throw new UsageException($"{path.Name}: {ex.Message}. Nothing was imported.");
            }

            foreach (var error in result.Errors.Take(50))
            {
                await Console.Error.WriteLineAsync($"{path.Name}: {error}");
            }

            if (result.Errors.Count > 50)
            {
                await Console.Error.WriteLineAsync($"{path.Name}: … and {result.Errors.Count - 50:N0} more rows with errors.");
            }

            Console.WriteLine(result.ToString());
            return result.Errors.Count == 0 ? CommandLineRunner.Success : CommandLineRunner.UsageError;
        });
        return command;
    }
}
