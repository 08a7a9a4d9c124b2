using FrontDoor.Core.Data;

namespace FrontDoor.Core.Audit;

/// <summary>Adds audit events to the unit of work, so the record and its audit trail commit together.</summary>
public sealed class AuditLog(FrontDoorDbContext db, TimeProvider clock)
{
    public void Record(string actor, AuditAction action, string recordType, string? recordId, string? origin, string? detail = null) =>
        db.AuditEvents.Add(new AuditEvent(Guid.CreateVersion7(clock.GetUtcNow()), clock.GetUtcNow(), actor, action, recordType, recordId, origin, detail));
}
