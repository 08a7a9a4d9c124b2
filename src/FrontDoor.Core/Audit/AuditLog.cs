using FrontDoor.Core.Data;

namespace FrontDoor.Core.Audit;

/// <summary>Adds audit events to the unit of work, so the record and its audit trail commit together.</summary>
public sealed class AuditLog(FrontDoorDbContext db, TimeProvider clock)
{
    /// <param name="people">The people whose records the action showed or changed, so each can later ask who looked.</param>
    public void Record(AuditActor actor, AuditAction action, string recordType, string? recordId, string? origin, string? detail = null, IEnumerable<Guid>? people = null) =>
        db.AuditEvents.Add(AuditEvent.Now(clock, actor, action, recordType, recordId, origin, detail, people));

    /// <summary>A person's record was opened: the person page, the phone journey's record page.</summary>
    public void RecordPersonViewed(AuditActor actor, Guid personId, string? origin, string reason) =>
        Record(actor, AuditAction.Viewed, "Person", AuditEvent.IdOf(personId), origin, reason, [personId]);
}
