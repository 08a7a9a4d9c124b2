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

    /// <summary>A setting or list entry taken away (a care-provider domain).</summary>
    Removed,
}

/// <summary>
/// Who did what to which record, when and from where, and which people's records were on the screen. Never holds
/// the personal data itself. Insert-only: the database refuses to change or delete a row once written.
/// </summary>
public sealed class AuditEvent
{
    private readonly List<AuditEventPerson> _people = [];

    public AuditEvent(Guid id, DateTimeOffset occurredAt, AuditActor actor, AuditAction action, string recordType, string? recordId, string? origin, string? detail = null, IEnumerable<Guid>? people = null)
    {
        Id = id;
        OccurredAt = occurredAt;
        Actor = actor.Id;
        ActorName = actor.Name;
        ActorRole = actor.Role;
        Action = action;
        RecordType = recordType;
        RecordId = recordId;
        Origin = origin;
        Detail = detail;
        if (people is not null)
        {
            _people.AddRange(people.Distinct().Select(person => new AuditEventPerson(id, person, occurredAt)));
        }
    }

    /// <summary>An event happening now: one clock reading for both its time-ordered id and its time.</summary>
    public static AuditEvent Now(TimeProvider clock, AuditActor actor, AuditAction action, string recordType, string? recordId, string? origin, string? detail = null, IEnumerable<Guid>? people = null)
    {
        var now = clock.GetUtcNow();
        return new AuditEvent(Guid.CreateVersion7(now), now, actor, action, recordType, recordId, origin, detail, people);
    }

    /// <summary>The one way a record id is written on the trail, so a search for an id finds every event about it.</summary>
    public static string IdOf(Guid id) => id.ToString("D");

    private AuditEvent()
    {
        Actor = null!;
        RecordType = null!;
    }

    public Guid Id { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>The signed-in user's stable id (their sign-in subject), a partner or a system process.</summary>
    public string Actor { get; private set; }

    /// <summary>The user's name as it was when they acted; null for system actors.</summary>
    public string? ActorName { get; private set; }

    /// <summary>The role or roles they held ("Advisor", "TeamManager,Administrator"); null for system actors.</summary>
    public string? ActorRole { get; private set; }

    public AuditAction Action { get; private set; }

    /// <summary>"Person", "Contact", …</summary>
    public string RecordType { get; private set; }

    /// <summary>The record acted on; a Guid is always written in its "D" form (<see cref="IdOf"/>).</summary>
    public string? RecordId { get; private set; }

    /// <summary>Where the action came from: an IP address, "cli" or a background service's name.</summary>
    public string? Origin { get; private set; }

    /// <summary>Why, in a few words ("opened from search"), never personal data.</summary>
    public string? Detail { get; private set; }

    /// <summary>Each person whose record the event showed or changed: what answers "who has looked at my record".</summary>
    public IReadOnlyCollection<AuditEventPerson> People => _people;
}

/// <summary>
/// One person shown by one audit event. A row per person (a search shows about twenty) rather than a list in a
/// column, so "who has seen this person" is one indexed range read, by person and time.
/// </summary>
public sealed class AuditEventPerson(Guid auditEventId, Guid personId, DateTimeOffset occurredAt)
{
    public Guid AuditEventId { get; private set; } = auditEventId;

    public Guid PersonId { get; private set; } = personId;

    /// <summary>The event's time, repeated so the index on (person, time) answers a date range without the event table.</summary>
    public DateTimeOffset OccurredAt { get; private set; } = occurredAt;
}
