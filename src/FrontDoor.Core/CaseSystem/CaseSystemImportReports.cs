using FrontDoor.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.CaseSystem;

/// <summary>The import runs and their reports, for administrators, and how current the case-system records are, for advisors.</summary>
public sealed class CaseSystemImportReports(FrontDoorDbContext db, TimeProvider clock)
{
    /// <summary>A running import with no batch applied for this long stopped (its process died); a rerun finishes its job.</summary>
    public static readonly TimeSpan InterruptedAfter = TimeSpan.FromMinutes(10);

    /// <summary>Newest first.</summary>
    public async Task<CaseSystemImportRunsPage> ListAsync(int pageSize, int pageNumber, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageNumber, 1);
        var total = await db.CaseSystemImportRuns.CountAsync(cancellationToken);
        var runs = await db.CaseSystemImportRuns.AsNoTracking().OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.Id)
            .Skip((pageNumber - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new CaseSystemImportRunsPage(runs, total, await LastCompletedAsync(cancellationToken));
    }

    public Task<CaseSystemImportRun?> FindAsync(Guid runId, CancellationToken cancellationToken) =>
        db.CaseSystemImportRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == runId, cancellationToken);

    /// <summary>The first <paramref name="max"/> rows the run refused, by line.</summary>
    public async Task<IReadOnlyList<CaseSystemImportRefusal>> RefusalsAsync(Guid runId, int max, CancellationToken cancellationToken) =>
        await db.CaseSystemImportRefusals.AsNoTracking().Where(r => r.RunId == runId).OrderBy(r => r.Line).Take(max).ToListAsync(cancellationToken);

    /// <summary>When the last completed import of each kind finished: what "records as of" means.</summary>
    public async Task<IReadOnlyDictionary<CaseSystemFileKind, DateTimeOffset>> LastCompletedAsync(CancellationToken cancellationToken)
    {
        var finished = await db.CaseSystemImportRuns.AsNoTracking()
            .Where(r => r.Status == CaseSystemImportStatus.Completed && r.FinishedAt != null)
            .GroupBy(r => r.Kind)
            .Select(g => new { Kind = g.Key, FinishedAt = g.Max(r => r.FinishedAt) })
            .ToListAsync(cancellationToken);
        return finished.ToDictionary(f => f.Kind, f => f.FinishedAt!.Value);
    }

    /// <summary>What imports did to one record (a person, team, worker or allocation), newest first, with the file each came in.</summary>
    public async Task<IReadOnlyList<CaseSystemRecordChange>> HistoryOfAsync(Guid recordId, int max, CancellationToken cancellationToken)
    {
        var changes = await db.CaseSystemChanges.AsNoTracking().Where(c => c.RecordId == recordId)
            .OrderByDescending(c => c.At)
            .Take(max)
            .Join(db.CaseSystemImportRuns.AsNoTracking(), c => c.RunId, r => r.Id, (c, r) => new CaseSystemRecordChange(c.At, c.Change, c.Fields, c.Before, r.FileName, r.Id))
            .ToListAsync(cancellationToken);

        // A join keeps no order of its own.
        return [.. changes.OrderByDescending(c => c.At)];
    }

    public bool IsInterrupted(CaseSystemImportRun run) => run.IsInterrupted(clock.GetUtcNow(), InterruptedAfter);
}

/// <param name="Before">The changed fields' values before the change, as JSON by field.</param>
public sealed record CaseSystemRecordChange(DateTimeOffset At, CaseSystemChangeKind Change, string? Fields, string? Before, string FileName, Guid RunId);

public sealed record CaseSystemImportRunsPage(IReadOnlyList<CaseSystemImportRun> Runs, int Total, IReadOnlyDictionary<CaseSystemFileKind, DateTimeOffset> LastCompleted);
