namespace FrontDoor.Core.Audit;

public enum AuditAction
{
    Viewed,
    Searched,
    Created,
    Updated,
    Linked,
    Exported,
    SignedIn,
    SignedOut,

    /// <summary>A request turned away (not the caller's record, invalid input): who tried, for the trail.</summary>
    Refused,
}

/// <summary>Who did what to which record, when and from where. Never holds the personal data itself.</summary>
public sealed class AuditEvent
{
    public AuditEvent(Guid id, DateTimeOffset occurredAt, string actor, AuditAction action, string recordType, string? recordId, string? origin, string? detail = null)
    {
        Id = id;
        OccurredAt = occurredAt;
        Actor = actor;
        Action = action;
        RecordType = recordType;
        RecordId = recordId;
        Origin = origin;
        Detail = detail;
    }

    /// <summary>An event happening now: one clock reading for both its time-ordered id and its time.</summary>
    public static AuditEvent Now(TimeProvider clock, string actor, AuditAction action, string recordType, string? recordId, string? origin, string? detail = null)
    {
        var now = clock.GetUtcNow();
        return new AuditEvent(Guid.CreateVersion7(now), now, actor, action, recordType, recordId, origin, detail);
    }

    private AuditEvent()
    {
        Actor = null!;
        RecordType = null!;
    }

    public Guid Id { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>The signed-in user, partner or system process.</summary>
    public string Actor { get; private set; }

    public AuditAction Action { get; private set; }

    /// <summary>"Person", "Contact", …</summary>
    public string RecordType { get; private set; }

    public string? RecordId { get; private set; }

    /// <summary>Where the action came from: an IP address, "cli" or a background service's name.</summary>
    public string? Origin { get; private set; }

    /// <summary>Why, in a few words ("opened from search"), never personal data.</summary>
    public string? Detail { get; private set; }
}
