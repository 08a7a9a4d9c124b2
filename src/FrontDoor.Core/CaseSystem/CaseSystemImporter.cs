using FrontDoor.Core.Audit;
using FrontDoor.Core.Data;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.CaseSystem;

/// <summary>The layout of a people export: FrontDoor's own columns, or FEBRL's (as <c>link</c> and <c>dedupe</c> read).</summary>
public enum PeopleLayout
{
    FrontDoor,
    Febrl,
}

/// <summary>What to import and on whose behalf.</summary>
/// <param name="FileName">The export's name, for the run's report.</param>
/// <param name="Full">The file is the whole list: what it leaves out is ended or marked as gone.</param>
/// <param name="AllowLargeRemoval">
/// A full file may end or mark more than <see cref="CaseSystemImporter.LargeRemovalShare"/> of what FrontDoor holds
/// of its kind; without this such a file is imported but nothing is ended (a truncated export looks just like that).
/// </param>
public sealed record CaseSystemImportRequest(string FileName, bool Full, AuditActor ImportedBy, string? Origin, PeopleLayout Layout = PeopleLayout.FrontDoor, bool AllowLargeRemoval = false);

/// <summary>How far an import has got: bytes of the file read, then records ended by a full file.</summary>
public readonly record struct CaseSystemImportProgress(string Stage, long Done, long Total, int RowsRead);

/// <summary>
/// Loads one case-system export — teams, workers, people, allocations or merges — upserting by the case
/// system's id. Rows are applied in batches, each in one transaction with the run's counts, its refusals, the
/// history of what changed and the audit trail, so a crash never leaves half a row and a rerun (which finds the
/// applied rows unchanged) finishes the job. A file that is not an export of its kind is refused whole.
/// </summary>
public sealed class CaseSystemImporter(FrontDoorDbContext db, TimeProvider clock)
{
    public const int BatchSize = 2_000;

    /// <summary>The share of held records a full file may leave out before its ending is held back for a person to confirm.</summary>
    public const double LargeRemovalShare = 0.2;

    // A handful of records may always go: a small council's nightly leavers are a large share of a small list.
    private const int SmallRemoval = 50;

    /// <summary>Imports the export and returns its run, whose status says whether it was completed or refused whole.</summary>
    public Task<CaseSystemImportRun> ImportAsync(CaseSystemFileKind kind, Stream file, CaseSystemImportRequest request, IProgress<CaseSystemImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (request.Layout == PeopleLayout.Febrl && kind != CaseSystemFileKind.People)
        {
            throw new ArgumentException("Only a people export can be in the FEBRL layout.", nameof(request));
        }

        return kind switch
        {
            CaseSystemFileKind.Teams => RunAsync(new TeamsImport(), file, request, progress, cancellationToken),
            CaseSystemFileKind.Workers => RunAsync(new WorkersImport(), file, request, progress, cancellationToken),
            CaseSystemFileKind.People => RunAsync(new PeopleImport(request.Layout, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)), file, request, progress, cancellationToken),
            CaseSystemFileKind.Allocations => RunAsync(new AllocationsImport(), file, request, progress, cancellationToken),
            CaseSystemFileKind.Merges => RunAsync(new MergesImport(), file, request, progress, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    private async Task<CaseSystemImportRun> RunAsync<TRow>(CaseSystemRowImport<TRow> import, Stream file, CaseSystemImportRequest request, IProgress<CaseSystemImportProgress>? progress, CancellationToken cancellationToken)
    {
        var kind = import.Kind;
        var run = new CaseSystemImportRun(Guid.CreateVersion7(clock.GetUtcNow()), kind, request.FileName, request.Full, request.ImportedBy.Id, request.ImportedBy.Name, clock.GetUtcNow());
        CaseSystemCsv csv;
        try
        {
            if (request.Full && kind == CaseSystemFileKind.Merges)
            {
                throw new CaseSystemFileRefusedException("a merges export lists merges as they happen; it cannot be a full file");
            }

            csv = await CaseSystemCsv.OpenAsync(file, kind.Name(), import.Required, import.Aliases, cancellationToken);
            if (import.CheckColumns(csv) is { } problem)
            {
                csv.Dispose();
                throw new CaseSystemFileRefusedException(problem);
            }
        }
        catch (CaseSystemFileRefusedException ex)
        {
            // Only the run and its reason are written: nothing from the file.
            run.Refuse(ex.Message, clock.GetUtcNow());
            db.CaseSystemImportRuns.Add(run);
            new AuditLog(db, clock).Record(request.ImportedBy, AuditAction.Refused, nameof(CaseSystemImportRun), AuditEvent.IdOf(run.Id), request.Origin, $"case-system {kind.Name()} file refused whole");
            await db.SaveChangesAsync(cancellationToken);
            return run;
        }

        using (csv)
        {
            db.CaseSystemImportRuns.Add(run);
            await db.SaveChangesAsync(cancellationToken);
            try
            {
                var idsInFile = await ImportRowsAsync(import, csv, run, request, progress, cancellationToken);
                if (request.Full)
                {
                    await EndMissingAsync(import, idsInFile, run, request, progress, cancellationToken);
                }

                Track(run).Complete(clock.GetUtcNow());
                new AuditLog(db, clock).Record(request.ImportedBy, AuditAction.Updated, nameof(CaseSystemImportRun), AuditEvent.IdOf(run.Id), request.Origin,
                    $"case-system {kind.Name()} import{(request.Full ? " (full)" : string.Empty)}: {run.Summary}");
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
                return run;
            }
            catch (Exception ex)
            {
                await RecordFailureAsync(run, ex is OperationCanceledException ? "cancelled" : ex.GetType().Name);
                throw;
            }
        }
    }

    /// <returns>Every id in the file, good rows and refused ones: a refused row in a full file is not a record that has gone.</returns>
    /// <remarks>
    /// Reading and checking rows (CSV parsing, dates, NHS numbers, phone numbers, postcodes) runs on one thread while
    /// the batch before is written on another: on a two-core server that takes a large import's wall time from
    /// the sum of the two towards the larger. Batches are still applied one at a time and in file order, each in
    /// its own transaction, and at most one batch waits, so memory stays a few batches whatever the file's size.
    /// </remarks>
    private async Task<HashSet<string>> ImportRowsAsync<TRow>(CaseSystemRowImport<TRow> import, CaseSystemCsv csv, CaseSystemImportRun run, CaseSystemImportRequest request, IProgress<CaseSystemImportProgress>? progress, CancellationToken cancellationToken)
    {
        var stage = $"Importing {run.FileName}";
        var length = csv.Length;
        var batches = Channel.CreateBounded<ReadBatch<TRow>>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
        using var stopReading = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reading = Task.Run(() => ReadBatchesAsync(import, csv, batches.Writer, stopReading.Token), CancellationToken.None);
        try
        {
            await foreach (var read in batches.Reader.ReadAllAsync(cancellationToken))
            {
                await SaveBatchAsync(import, read.Rows, read.Tally, run, request, cancellationToken);
                progress?.Report(new CaseSystemImportProgress(stage, read.BytesRead ?? length, length, read.RowsRead));
            }
        }
        catch (Exception ex)
        {
            // Stop the reader (it may be waiting to hand over a batch) before the file is closed under it.
            await stopReading.CancelAsync();
            await Task.WhenAny(reading);
            // The channel wraps the reader's failure: report the reader's own exception, as a single thread would.
            if (ex is ChannelClosedException && reading.Exception?.InnerException is { } readerError)
            {
                ExceptionDispatchInfo.Throw(readerError);
            }

            _ = reading.Exception;
            throw;
        }

        return await reading;
    }

    private static async Task<HashSet<string>> ReadBatchesAsync<TRow>(CaseSystemRowImport<TRow> import, CaseSystemCsv csv, ChannelWriter<ReadBatch<TRow>> batches, CancellationToken cancellationToken)
    {
        try
        {
            var firstLineOf = new Dictionary<string, int>(StringComparer.Ordinal);
            var batch = new List<NumberedRow<TRow>>(BatchSize);
            var tally = new CaseSystemImportTally();
            var rowsRead = 0;
            while (await csv.ReadAsync())
            {
                cancellationToken.ThrowIfCancellationRequested();
                tally.RowsRead++;
                rowsRead++;
                var line = csv.Line;
                if (!CaseSystemValues.TryId(import.IdOf(csv), import.IdColumn, out var id, out var error))
                {
                    tally.Refuse(line, error);
                }
                else if (!firstLineOf.TryAdd(id, line))
                {
                    tally.Refuse(line, $"the same {import.IdColumn} is on line {firstLineOf[id]}: each {import.Kind.RowNoun()} may appear once in a file");
                }
                else if (import.TryRead(csv, id, out var row, out error))
                {
                    batch.Add(new NumberedRow<TRow>(line, row));
                }
                else
                {
                    tally.Refuse(line, error);
                }

                if (batch.Count == BatchSize)
                {
                    await batches.WriteAsync(new ReadBatch<TRow>(batch, tally, csv.BytesRead, rowsRead), cancellationToken);
                    batch = new List<NumberedRow<TRow>>(BatchSize);
                    tally = new CaseSystemImportTally();
                }
            }

            // The last batch, even when empty: it carries the counts and refusals of the rows after the last full batch.
            await batches.WriteAsync(new ReadBatch<TRow>(batch, tally, null, rowsRead), cancellationToken);
            batches.Complete();
            return firstLineOf.Keys.ToHashSet(StringComparer.Ordinal);
        }
        catch (Exception ex)
        {
            batches.TryComplete(ex);
            throw;
        }
    }

    private async Task EndMissingAsync<TRow>(CaseSystemRowImport<TRow> import, HashSet<string> idsInFile, CaseSystemImportRun run, CaseSystemImportRequest request, IProgress<CaseSystemImportProgress>? progress, CancellationToken cancellationToken)
    {
        var scope = ScopeOf(run, request);
        var missing = await import.MissingFromAsync(idsInFile, scope, cancellationToken);
        var held = missing.Count + idsInFile.Count;
        if (!request.AllowLargeRemoval && missing.Count > SmallRemoval && missing.Count > LargeRemovalShare * held)
        {
            Track(run).HoldBack(
                $"the full file leaves out {missing.Count:N0} {import.Kind.Name()} that FrontDoor holds from the case system ({Percent((double)missing.Count / held)} of those it lists and leaves out together, more than {Percent(LargeRemovalShare)}): nothing was ended in case the export was cut short. If it is right, import it again allowing a large removal");
            return;
        }

        var stage = $"Ending {import.Kind.Name()} not in {run.FileName}";
        for (var start = 0; start < missing.Count; start += BatchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var tally = new CaseSystemImportTally();
            var ids = missing.GetRange(start, Math.Min(BatchSize, missing.Count - start));
            var batchScope = ScopeOf(Track(run), request);
            await import.EndAsync(ids, batchScope, tally, cancellationToken);
            await CommitAsync(run, tally, batchScope.Now, cancellationToken);
            progress?.Report(new CaseSystemImportProgress(stage, start + ids.Count, missing.Count, run.RowsRead));
        }
    }

    private async Task SaveBatchAsync<TRow>(CaseSystemRowImport<TRow> import, List<NumberedRow<TRow>> batch, CaseSystemImportTally tally, CaseSystemImportRun run, CaseSystemImportRequest request, CancellationToken cancellationToken)
    {
        var scope = ScopeOf(Track(run), request);
        if (batch.Count > 0)
        {
            await import.ApplyAsync(batch, scope, tally, cancellationToken);
        }

        await CommitAsync(run, tally, scope.Now, cancellationToken);
    }

    // What a batch adds by the thousand; everything else a batch writes (changes, history, runs) goes through EF.
    private static readonly IReadOnlySet<Type> BulkInserted = new HashSet<Type> { typeof(People.Person), typeof(AuditEventPerson) };

    // The batch's rows, the run's counts, its refusals, history and audit go in one transaction: SaveChanges for
    // most, then the new people and the audit trail's person rows in bulk (see CaseSystemBulkInsert for why).
    private async Task CommitAsync(CaseSystemImportRun run, CaseSystemImportTally tally, DateTimeOffset now, CancellationToken cancellationToken)
    {
        db.CaseSystemImportRefusals.AddRange(run.Count(tally, now));
        // Changes are detected once, here: looking through thousands of tracked records again for each of
        // Entries() and SaveChanges would double the cost of a batch.
        db.ChangeTracker.DetectChanges();
        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var bulk = CaseSystemBulkInsert.TakeAdded(db, BulkInserted);
            // SaveChanges first: an audit event's row must be there before its person rows.
            await db.SaveChangesAsync(cancellationToken);
            await CaseSystemBulkInsert.InsertAsync(db, bulk, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }

        db.ChangeTracker.Clear();
    }

    public static string Percent(double share) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Math.Round(share * 100):0}%");

    private CaseSystemImportScope ScopeOf(CaseSystemImportRun run, CaseSystemImportRequest request) =>
        new(db, run, clock.GetUtcNow(), new AuditLog(db, clock), request.ImportedBy, request.Origin);

    private CaseSystemImportRun Track(CaseSystemImportRun run)
    {
        if (db.Entry(run).State == EntityState.Detached)
        {
            db.CaseSystemImportRuns.Attach(run);
        }

        return run;
    }

    /// <summary>Rows read and checked, waiting to be applied; <see cref="BytesRead"/> is null for the last batch (all of the file).</summary>
    private sealed record ReadBatch<TRow>(List<NumberedRow<TRow>> Rows, CaseSystemImportTally Tally, long? BytesRead, int RowsRead);

    private async Task RecordFailureAsync(CaseSystemImportRun run, string reason)
    {
        // What was applied stays applied (whole batches); the run says it stopped, and a rerun finishes the job.
        try
        {
            // The batch that failed had already added its counts to the run in memory: read what was committed.
            db.ChangeTracker.Clear();
            var committed = await db.CaseSystemImportRuns.SingleAsync(r => r.Id == run.Id, CancellationToken.None);
            committed.Fail($"stopped after {committed.RowsRead:N0} rows: {reason}", clock.GetUtcNow());
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (Exception recording) when (recording is System.Data.Common.DbException or InvalidOperationException or DbUpdateException)
        {
            // The database that stopped the import may not take this either; the run then shows as interrupted.
        }
    }
}
