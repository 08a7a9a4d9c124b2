using System.Globalization;
using System.Text;
using FrontDoor.Core.Audit;
using FrontDoor.Core.CaseSystem;
using FrontDoor.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FrontDoor.Core.Jobs;

/// <summary>
/// Imports the case system's nightly exports from a watched folder (<see cref="CaseSystemDropFolderOptions"/>).
/// Every node polls, but a pass first takes the folder's lease (<see cref="LeaseName"/>), lists the files only
/// once it holds it, and renews it while importing, so each file is imported by one node once. Files are imported
/// in dependency order (<see cref="CaseSystemDropFile.InImportOrder"/>) and then filed in <c>done/</c> or
/// <c>failed/</c> with a report beside them. A node that dies mid-file leaves the file where it was: the next pass
/// imports it again, and the rows already applied come back unchanged.
/// </summary>
public sealed partial class CaseSystemDropFolder(
    IServiceScopeFactory scopes, IOptions<CaseSystemDropFolderOptions> options, NodeIdentity node, TimeProvider clock, ILogger<CaseSystemDropFolder> logger) : IRecurringJob
{
    public const string LeaseName = "case-system-drop-folder";
    public const string DoneFolder = "done";
    public const string FailedFolder = "failed";

    /// <summary>Who the runs and the audit trail say imported the files.</summary>
    public static readonly AuditActor Actor = new("case-system drop folder");

    public string Name => "case-system drop folder";

    public TimeSpan Interval => options.Value.PollInterval;

    public bool RunsAtStart => true;

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        await RunOnceAsync(services, cancellationToken);

    /// <summary>One pass in its own scope; null when another node holds the folder.</summary>
    public async Task<CaseSystemDropFolderPass?> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await RunOnceAsync(scope.ServiceProvider, cancellationToken);
    }

    private async Task<CaseSystemDropFolderPass?> RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.IsConfigured)
        {
            return new CaseSystemDropFolderPass([], 0);
        }

        var folder = settings.FullPath;

        // An empty folder costs no database write, so idle nodes do not take the lease every minute.
        (List<CaseSystemDropFile> Ready, List<CaseSystemDropFile> Arriving) waiting;
        try
        {
            waiting = Look(folder, settings);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // An unmounted share or lost permissions: not made again here, or files would land where nobody copies them.
            var reason = ex.GetType().Name;
            LogCannotRead(logger, folder, reason);
            return new CaseSystemDropFolderPass([], 0);
        }

        if (waiting.Ready.Count == 0)
        {
            return new CaseSystemDropFolderPass([], waiting.Arriving.Count);
        }

        var leases = services.GetRequiredService<JobLeases>();
        if (!await leases.TryAcquireAsync(LeaseName, node.Id, settings.LeaseDuration, cancellationToken))
        {
            return null;
        }

        try
        {
            // Listed again under the lease: the node that held it before may have filed these already.
            var (ready, arriving) = Look(folder, settings);
            var outcomes = new List<CaseSystemDropOutcome>();
            foreach (var file in CaseSystemDropFile.InImportOrder(ready))
            {
                // A workers file waits while a teams file is still arriving: its rows would name teams not yet imported.
                if (file.Kind is { } kind && arriving.Any(a => a.Kind is { } before && before <= kind))
                {
                    continue;
                }

                if (!File.Exists(file.Path))
                {
                    continue;
                }

                if (!await leases.TryAcquireAsync(LeaseName, node.Id, settings.LeaseDuration, cancellationToken))
                {
                    LogLeaseLost(logger, file.Name);
                    break;
                }

                var outcome = await ImportAsync(folder, file, settings, cancellationToken);
                outcomes.Add(outcome);

                // Something outside the file went wrong (the database, the lease): later kinds depend on this one, so they wait for the next pass.
                if (outcome.StopsThePass)
                {
                    break;
                }
            }

            return new CaseSystemDropFolderPass(outcomes, arriving.Count);
        }
        finally
        {
            await leases.ReleaseAsync(LeaseName, node.Id, CancellationToken.None);
        }
    }

    private async Task<CaseSystemDropOutcome> ImportAsync(string folder, CaseSystemDropFile file, CaseSystemDropFolderOptions settings, CancellationToken cancellationToken)
    {
        if (file.Kind is not { } kind)
        {
            var filedAs = FileAway(folder, file, FailedFolder, CaseSystemDropReport.NotAKind(file, clock.GetUtcNow(), node.Id));
            var failedName = Path.GetFileName(filedAs);
            LogNotAKind(logger, file.Name, failedName);
            return new CaseSystemDropOutcome(file.Name, CaseSystemDropFiling.Failed, null, null, filedAs);
        }

        FileStream stream;
        try
        {
            // No sharing with writers: on Windows a file still being copied cannot be opened, and waits for the next pass.
            stream = new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.Read);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var reason = ex.GetType().Name;
            LogCannotOpen(logger, file.Name, reason);
            return new CaseSystemDropOutcome(file.Name, CaseSystemDropFiling.LeftInPlace, null, null, null) { StopsThePass = true };
        }

        var startedAt = clock.GetUtcNow();
        using var stopImport = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var stopRenewing = new CancellationTokenSource();
        var renewing = KeepLeaseAsync(settings, stopImport, stopRenewing.Token);
        CaseSystemImportRun? run = null;
        Exception? failure = null;
        try
        {
            await using (stream)
            await using (var scope = scopes.CreateAsyncScope())
            {
                var importer = scope.ServiceProvider.GetRequiredService<CaseSystemImporter>();
                run = await importer.ImportAsync(kind, stream, new CaseSystemImportRequest(file.Name, file.Full, Actor, node.Id), null, stopImport.Token);
            }
        }
        catch (Exception ex) when (!stopImport.IsCancellationRequested)
        {
            failure = ex;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The lease was lost: another node may be importing it now, so the file stays for whoever holds the folder.
            LogLeaseLost(logger, file.Name);
            return new CaseSystemDropOutcome(file.Name, CaseSystemDropFiling.LeftInPlace, null, null, null) { StopsThePass = true };
        }
        finally
        {
            await stopRenewing.CancelAsync();
            await renewing;
        }

        if (failure is not null)
        {
            // The importer marked its run failed (whole batches applied stay applied); the file and its report go to failed/.
            LogImportFailed(logger, file.Name, failure.GetType().Name);
            var failedRun = await FindFailedRunAsync(file, startedAt);
            var report = failedRun is null
                ? FailureWithoutRun(file, failure, startedAt)
                : CaseSystemDropReport.Of(file, failedRun, [], node.Id);
            var failedAs = FileAway(folder, file, FailedFolder, report);
            return new CaseSystemDropOutcome(file.Name, CaseSystemDropFiling.Failed, failedRun?.Id, CaseSystemImportStatus.Failed, failedAs) { StopsThePass = true };
        }

        await using (var scope = scopes.CreateAsyncScope())
        {
            var refusals = await scope.ServiceProvider.GetRequiredService<CaseSystemImportReports>().RefusalsAsync(run!.Id, CaseSystemImportRun.MaxRefusalsKept, CancellationToken.None);
            var done = run.Status == CaseSystemImportStatus.Completed;
            var filedAs = FileAway(folder, file, done ? DoneFolder : FailedFolder, CaseSystemDropReport.Of(file, run, refusals, node.Id));
            var filedIn = done ? DoneFolder : FailedFolder;
            LogImported(logger, file.Name, run.Status, run.RowsRead, run.Added, run.Changed, run.Unchanged, run.Ended, run.Refused, filedIn);
            if (done)
            {
                // This node's advisors see the new "records as of" at once; other nodes within their cache's life.
                scope.ServiceProvider.GetService<CaseSystemRecordsAsOf>()?.Forget();
            }

            return new CaseSystemDropOutcome(file.Name, done ? CaseSystemDropFiling.Done : CaseSystemDropFiling.Failed, run.Id, run.Status, filedAs);
        }
    }

    /// <summary>Renews the folder's lease while a file imports; if another node has taken it, stops the import.</summary>
    private async Task KeepLeaseAsync(CaseSystemDropFolderOptions settings, CancellationTokenSource stopImport, CancellationToken stopRenewing)
    {
        try
        {
            while (true)
            {
                await Task.Delay(settings.LeaseDuration / 3, clock, stopRenewing);
                await using var scope = scopes.CreateAsyncScope();
                bool held;
                try
                {
                    held = await scope.ServiceProvider.GetRequiredService<JobLeases>().TryAcquireAsync(LeaseName, node.Id, settings.LeaseDuration, stopRenewing);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // The database is busy or away: try again at the next renewal, while the lease still runs.
                    continue;
                }

                if (!held)
                {
                    await stopImport.CancelAsync();
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (stopRenewing.IsCancellationRequested)
        {
            // The import finished.
        }
    }

    private async Task<CaseSystemImportRun?> FindFailedRunAsync(CaseSystemDropFile file, DateTimeOffset startedAt)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<FrontDoorDbContext>();
            return await db.CaseSystemImportRuns.AsNoTracking()
                .Where(r => r.ImportedBy == Actor.Id && r.FileName == file.Name && r.StartedAt >= startedAt)
                .OrderByDescending(r => r.StartedAt)
                .FirstOrDefaultAsync(CancellationToken.None);
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            // The database that stopped the import: the report says what it can without the run.
            return null;
        }
    }

    private string FailureWithoutRun(CaseSystemDropFile file, Exception failure, DateTimeOffset startedAt) => new StringBuilder()
        .AppendLine(CultureInfo.InvariantCulture, $"{file.Name}: the import stopped ({failure.GetType().Name}) and FrontDoor could not record its run.")
        .AppendLine()
        .AppendLine("Status: Failed")
        .AppendLine(CultureInfo.InvariantCulture, $"Started: {startedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC on {node.Id}")
        .AppendLine("Rows applied before it stopped stay applied. Put the file back in the folder to finish the job: rows already applied come back unchanged.")
        .ToString();

    /// <summary>What is waiting: files ready to import, and those still being written.</summary>
    private (List<CaseSystemDropFile> Ready, List<CaseSystemDropFile> Arriving) Look(string folder, CaseSystemDropFolderOptions settings)
    {
        var now = clock.GetUtcNow();
        var ready = new List<CaseSystemDropFile>();
        var arriving = new List<CaseSystemDropFile>();
        var listing = new EnumerationOptions { MatchCasing = MatchCasing.CaseInsensitive, RecurseSubdirectories = false };
        foreach (var path in Directory.EnumerateFiles(folder, "*.csv", listing))
        {
            var info = new FileInfo(path);
            if (!info.Exists || !string.Equals(info.Extension, ".csv", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // Copying a file writes to it, so a recent last-write time means it may not all be here yet.
            var settled = (now - new DateTimeOffset(info.LastWriteTimeUtc, TimeSpan.Zero)).Duration() >= settings.SettleTime;
            (settled ? ready : arriving).Add(CaseSystemDropFile.Read(path));
        }

        return (ready, arriving);
    }

    /// <summary>Moves the file into done/ or failed/ with its report beside it, never over an earlier file of the same name.</summary>
    /// <returns>Where the file now is.</returns>
    private static string FileAway(string folder, CaseSystemDropFile file, string subfolder, string report)
    {
        var target = Path.Combine(folder, subfolder);
        Directory.CreateDirectory(target);
        var stem = Path.GetFileNameWithoutExtension(file.Name);
        var extension = Path.GetExtension(file.Name);
        for (var copy = 1; copy < 10_000; copy++)
        {
            var destination = Path.Combine(target, copy == 1 ? file.Name : $"{stem}-{copy}{extension}");
            var reportPath = destination + CaseSystemDropReport.Suffix;
            if (File.Exists(destination) || File.Exists(reportPath))
            {
                continue;
            }

            try
            {
                // CreateNew: a report written by another node a moment ago is never overwritten.
                using (var writer = new StreamWriter(new FileStream(reportPath, FileMode.CreateNew, FileAccess.Write), new UTF8Encoding(false)))
                {
                    writer.Write(report);
                }
            }
            catch (IOException) when (File.Exists(reportPath))
            {
                continue;
            }

            try
            {
                File.Move(file.Path, destination, overwrite: false);
                return destination;
            }
            catch (IOException) when (File.Exists(destination))
            {
                File.Delete(reportPath);
            }
        }

        throw new IOException($"{subfolder}/ holds 10,000 files named like {file.Name}: clear some out.");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Drop folder: {File} {Status}: {RowsRead} rows read, {Added} added, {Changed} changed, {Unchanged} unchanged, {Ended} ended, {Refused} refused; filed in {Folder}/")]
    private static partial void LogImported(ILogger logger, string file, CaseSystemImportStatus status, int rowsRead, int added, int changed, int unchanged, int ended, int refused, string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Drop folder: {File} is not named for a kind of export (teams, workers, people, allocations, merges); filed in failed/ as {FiledAs} with a report")]
    private static partial void LogNotAKind(ILogger logger, string file, string filedAs);

    [LoggerMessage(Level = LogLevel.Error, Message = "Drop folder: importing {File} stopped ({ExceptionType}); filed in failed/ and later files left for the next pass")]
    private static partial void LogImportFailed(ILogger logger, string file, string exceptionType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Drop folder: lost the folder's lease while at {File}; left in place for the node that holds it")]
    private static partial void LogLeaseLost(ILogger logger, string file);

    [LoggerMessage(Level = LogLevel.Error, Message = "Drop folder: cannot read {Folder} ({ExceptionType}); trying again at the next poll")]
    private static partial void LogCannotRead(ILogger logger, string folder, string exceptionType);

    [LoggerMessage(Level = LogLevel.Information, Message = "Drop folder: {File} cannot be opened yet ({ExceptionType}); left for the next pass")]
    private static partial void LogCannotOpen(ILogger logger, string file, string exceptionType);
}

public enum CaseSystemDropFiling
{
    Done,
    Failed,

    /// <summary>Not imported this pass (still being written, or the lease was lost): the next pass tries again.</summary>
    LeftInPlace,
}

/// <summary>What one pass did with one file.</summary>
/// <param name="FiledAs">Its full path in done/ or failed/; null when left in place.</param>
public sealed record CaseSystemDropOutcome(string FileName, CaseSystemDropFiling Filed, Guid? RunId, CaseSystemImportStatus? Status, string? FiledAs)
{
    /// <summary>Later files wait for the next pass.</summary>
    public bool StopsThePass { get; init; }
}

/// <param name="StillArriving">Files written to within the settle time, left for a later pass (with any later kinds).</param>
public sealed record CaseSystemDropFolderPass(IReadOnlyList<CaseSystemDropOutcome> Files, int StillArriving);
