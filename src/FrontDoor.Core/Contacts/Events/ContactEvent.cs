using FrontDoor.Core.Audit;

namespace FrontDoor.Core.Contacts.Events;

/// <summary>What kind of change a <see cref="ContactEvent"/> records. Timelines and KPIs read these, never free text.</summary>
public enum ContactEventKind
{
    /// <summary>The contact's status moved (From and To are <see cref="ContactStatus"/> names).</summary>
    StatusChanged,

    /// <summary>The contact entered or moved between work queues (From and To are queue keys); Reason names the routing rule or why.</summary>
    QueueChanged,

    /// <summary>Someone took the contact on, or it was given to them (From and To are the people's names).</summary>
    Assigned,

    /// <summary>The contact went back to its queue with no one working it.</summary>
    Unassigned,

    /// <summary>The priority rules set or changed the priority (Reason lists the rules that fired).</summary>
    PriorityChanged,

    /// <summary>A member of staff set the priority by hand, with their reason.</summary>
    PriorityOverridden,

    /// <summary>The Three Conversations stage was recorded.</summary>
    StageChanged,

    /// <summary>A triage flow was started (To is "flow-id@version").</summary>
    FlowStarted,

    /// <summary>A triage question was answered (From is the step id, To the answer; Reason says when it came from intake).</summary>
    Answered,

    /// <summary>The contact assessment or its prompts (benefits advice, Fairer Charging) were recorded.</summary>
    AssessmentRecorded,

    /// <summary>A referral went to a team (To is the queue key, Reason the referral type).</summary>
    Referred,

    /// <summary>Whether a safeguarding alert became a section 42 enquiry was recorded.</summary>
    SafeguardingEnquiryDecided,

    /// <summary>An outcome was recorded on closing (To is the <see cref="ContactOutcome"/> name).</summary>
    OutcomeRecorded,

    /// <summary>A call back was arranged (From is who will make it, To when it is due, Reason why).</summary>
    CallBackScheduled,

    /// <summary>The arranged call back was moved (From and To are the due times, Reason why).</summary>
    CallBackRescheduled,

    /// <summary>The arranged call back was made (From is when it was due).</summary>
    CallBackDone,

    /// <summary>The arranged call back was called off (From is when it was due, Reason why).</summary>
    CallBackCancelled,

    /// <summary>
    /// The contact is about a person whose previous contact closed within the recurring window (To is the previous
    /// contact's reference, Reason when it closed); <see cref="Contact.RecurringOfContactId"/> holds its id.
    /// </summary>
    FlaggedRecurring,

    /// <summary>
    /// Staff recorded the contact as failure demand (To is the <see cref="FailureDemandReason"/> name, From the one it
    /// replaced; Reason names the contact it chases, when it chases one).
    /// </summary>
    FailureDemandRecorded,

    /// <summary>
    /// Someone waiting for a team was checked in with (From and To are the risk before and after, as
    /// <see cref="TriagePriority"/> names; Reason says how, what changed and what was agreed).
    /// </summary>
    CheckedIn,

    /// <summary>
    /// A check-in found the person's risk higher, or their answer by text said things have changed or asked for a
    /// call: escalated to the team manager at once (From and To are the risks; the same risk when the answer by text
    /// raised it, since only a person sets the risk).
    /// </summary>
    RiskEscalated,

    /// <summary>A check-in was texted to the person's mobile (To is the masked number, From when the check-in fell due).</summary>
    CheckInTextSent,

    /// <summary>
    /// A member of staff phoned someone about the contact, whether or not it got through (From is who was called, as a
    /// <see cref="CallBacks.CallBackPerson"/> name; To the <see cref="CallBacks.OutboundCallPurpose"/> name; Reason
    /// the note). Whether it got through and the facts chased are in contact_outbound_calls, by this event's id.
    /// </summary>
    OutboundCallMade,
}

/// <summary>
/// One typed thing that happened to a contact — who did it, in what role, when, from what to what and why — written
/// in the same save as the change itself. The free-text timeline is for notes; this is what KPIs count.
/// </summary>
public sealed class ContactEvent
{
    public const int MaxActorLength = 200;
    public const int MaxValueLength = 200;
    public const int MaxReasonLength = 1000;

    /// <summary>Who acts when no person does: intake, routing rules, the priority rules.</summary>
    public static readonly AuditActor System = new("frontdoor", "FrontDoor", "System");

    internal ContactEvent(Guid id, Guid contactId, int contactVersion, DateTimeOffset at, AuditActor by, ContactEventKind kind, string? from, string? to, string? reason, bool isHandOff)
    {
        Id = id;
        ContactId = contactId;
        ContactVersion = contactVersion;
        At = at;
        ActorId = by.Id.Bounded(MaxActorLength);
        ActorName = by.Name?.Bounded(MaxActorLength);
        ActorRole = by.Role?.Bounded(MaxActorLength);
        Kind = kind;
        From = from?.Bounded(MaxValueLength);
        To = to?.Bounded(MaxValueLength);
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim().Bounded(MaxReasonLength);
        IsHandOff = isHandOff;
    }

    private ContactEvent()
    {
        ActorId = null!;
    }

    public Guid Id { get; private set; }

    public Guid ContactId { get; private set; }

    /// <summary>The contact's version this change made, so someone whose page is out of date sees exactly what changed since.</summary>
    public int ContactVersion { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string ActorId { get; private set; }

    public string? ActorName { get; private set; }

    public string? ActorRole { get; private set; }

    public ContactEventKind Kind { get; private set; }

    public string? From { get; private set; }

    public string? To { get; private set; }

    public string? Reason { get; private set; }

    /// <summary>The contact passed from one team, queue or person to another: what "fewest hand-offs" counts.</summary>
    public bool IsHandOff { get; private set; }

    /// <summary>Who made the change, as people know them.</summary>
    public string ActorDisplayName => ActorName ?? ActorId;
}
