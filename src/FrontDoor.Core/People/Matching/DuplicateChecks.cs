using FrontDoor.Core.Audit;
using FrontDoor.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.People.Matching;

/// <summary>
/// A manager asks for the duplicate check from the duplicates page; a background job runs it
/// (<see cref="Jobs.RequestedDuplicateCheckJob"/>) and this reads how it is going.
/// </summary>
public sealed class DuplicateChecks(FrontDoorDbContext db, TimeProvider clock, AuditLog audit)
{
    private const string RecordType = "DuplicateCheck";

    /// <summary>Asks for a check; a check already waiting or running is the answer instead, so two clicks run it once.</summary>
    public async Task<DuplicateCheckRun> RequestAsync(AuditActor actor, string? origin, CancellationToken cancellationToken)
    {
        if (await UnderWayAsync(cancellationToken) is { } underWay)
        {
            return underWay;
        }

        var now = clock.GetUtcNow();
        var run = new DuplicateCheckRun(Guid.CreateVersion7(now), actor.Id, actor.Name, now);
        db.DuplicateCheckRuns.Add(run);
        audit.Record(actor, AuditAction.Created, RecordType, AuditEvent.IdOf(run.Id), origin, "duplicate check asked for");
        await db.SaveChangesAsync(cancellationToken);
        return run;
    }

    public Task<DuplicateCheckRun?> FindAsync(Guid runId, CancellationToken cancellationToken) =>
        db.DuplicateCheckRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == runId, cancellationToken);

    /// <summary>The oldest check waiting or running, if any.</summary>
    public Task<DuplicateCheckRun?> UnderWayAsync(CancellationToken cancellationToken) =>
        db.DuplicateCheckRuns.AsNoTracking()
            .Where(r => r.State == DuplicateCheckState.Waiting || r.State == DuplicateCheckState.Running)
            .OrderBy(r => r.RequestedAt)
            .FirstOrDefaultAsync(cancellationToken);
}
