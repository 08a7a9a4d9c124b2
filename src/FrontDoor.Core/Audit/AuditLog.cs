using FrontDoor.Core.Data;

namespace FrontDoor.Core.Audit;

/// <summary>Adds audit events to the unit of work, so the record and its audit trail commit together.</summary>
public sealed class AuditLog(FrontDoorDbContext db, TimeProvider clock)
{
    /// <param name="people">The people whose records the action showed or changed, so each can later ask who looked.</param>
    public void Record(AuditActor actor, AuditAction action, string recordType, string? recordId, string? origin, string? detail = null, IEnumerable<Guid>? people = null) =>
        db.AuditEvents.Add(AuditEvent.Now(clock, actor, action, recordType, recordId, origin, detail, people));
}
