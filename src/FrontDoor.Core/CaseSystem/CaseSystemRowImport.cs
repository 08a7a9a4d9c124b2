using FrontDoor.Core.Audit;
using FrontDoor.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.CaseSystem;

/// <summary>A row read from an export, with the line it starts on.</summary>
internal readonly record struct NumberedRow<TRow>(int Line, TRow Row);

/// <summary>What every batch of one import shares: the run, the clock reading, who is importing.</summary>
internal sealed record CaseSystemImportScope(FrontDoorDbContext Db, CaseSystemImportRun Run, DateTimeOffset Now, AuditLog Audit, AuditActor Actor, string? Origin)
{
    public DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    /// <summary>The actor's words on a contact's timeline and in change history: "case-system import people.csv".</summary>
    public string Describe => $"case-system import of {Run.FileName}";
}

/// <summary>
/// One kind of export: its columns, how a row is read and checked, and how a batch of good rows is applied. The
/// <see cref="CaseSystemImporter"/> drives the reading, batching, counting and transactions for every kind.
/// </summary>
internal abstract class CaseSystemRowImport<TRow>
{
    public abstract CaseSystemFileKind Kind { get; }

    /// <summary>Columns the export must have.</summary>
    public abstract IReadOnlyCollection<string> Required { get; }

    /// <summary>Other names case systems give the same columns ("las_id" for person_id).</summary>
    public virtual IReadOnlyDictionary<string, string> Aliases { get; } = new Dictionary<string, string>();

    /// <summary>The column holding the row's case-system id, by which rows are upserted and a full file is compared.</summary>
    public abstract string IdColumn { get; }

    /// <summary>The row's case-system id as written, before it is checked.</summary>
    public virtual string? IdOf(CaseSystemCsv csv) => csv[IdColumn];

    /// <summary>Refuses a header that has the required columns but still cannot be read (neither worker nor team).</summary>
    public virtual string? CheckColumns(CaseSystemCsv csv) => null;

    /// <summary>Reads and checks the current row; the error names the column, never the value (it may be personal).</summary>
    public abstract bool TryRead(CaseSystemCsv csv, string id, out TRow row, out string error);

    /// <summary>Adds what the batch changes to the unit of work; the importer saves it, with the run's counts, in one transaction.</summary>
    public abstract Task ApplyAsync(IReadOnlyList<NumberedRow<TRow>> batch, CaseSystemImportScope scope, CaseSystemImportTally tally, CancellationToken cancellationToken);

    /// <summary>
    /// For a full file: the ids of records that came from the case system (and are not already ended) that the
    /// file left out. Records FrontDoor made itself have no case-system id and are never touched.
    /// </summary>
    public virtual Task<List<string>> MissingFromAsync(IReadOnlySet<string> idsInFile, CaseSystemImportScope scope, CancellationToken cancellationToken) =>
        Task.FromResult(new List<string>());

    /// <summary>Ends or marks a batch of the records <see cref="MissingFromAsync"/> found.</summary>
    public virtual Task EndAsync(IReadOnlyList<string> ids, CaseSystemImportScope scope, CaseSystemImportTally tally, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The listed teams or workers a full file left out.</summary>
    protected static async Task<List<string>> ListedMissingFromAsync<T>(IQueryable<T> listed, IReadOnlySet<string> idsInFile, CancellationToken cancellationToken)
        where T : class, ICaseSystemListed
    {
        var held = await listed.AsNoTracking().Where(t => t.CaseSystemId != null && t.LeftCaseSystemAt == null).Select(t => t.CaseSystemId!).ToListAsync(cancellationToken);
        return [.. held.Where(id => !idsInFile.Contains(id))];
    }

    /// <summary>Marks those teams or workers as no longer in the case system, with a line of history each.</summary>
    protected async Task MarkLeftAsync<T>(IQueryable<T> listed, IReadOnlyList<string> ids, CaseSystemImportScope scope, CaseSystemImportTally tally, CancellationToken cancellationToken)
        where T : class, ICaseSystemListed
    {
        foreach (var record in await listed.Where(t => ids.Contains(t.CaseSystemId!)).ToListAsync(cancellationToken))
        {
            record.LeaveCaseSystem(scope.Now);
            scope.Db.Add(new CaseSystemChange(Guid.CreateVersion7(scope.Now), scope.Run.Id, Kind, record.Id, record.CaseSystemId, CaseSystemChangeKind.Ended, scope.Now));
            tally.Ended++;
        }
    }
}
