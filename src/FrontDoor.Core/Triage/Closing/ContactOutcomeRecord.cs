using FrontDoor.Core.Contacts;

namespace FrontDoor.Core.Triage.Closing;

/// <summary>
/// One outcome a contact closed with, and what that outcome needs said: where to go instead (not for adult social
/// care), the reason (no further action), what the person was signposted to. The OutcomeRecorded events say which
/// outcomes; these rows keep the detail, so "not for adult social care: where to instead" can be reported.
/// </summary>
public sealed class ContactOutcomeRecord
{
    public const int MaxDetailLength = 500;

    public ContactOutcomeRecord(Guid id, Guid contactId, ContactOutcome outcome, bool isMain, string? detail, DateTimeOffset recordedAt)
    {
        Id = id;
        ContactId = contactId;
        Outcome = outcome;
        IsMain = isMain;
        Detail = detail;
        RecordedAt = recordedAt;
    }

    private ContactOutcomeRecord()
    {
    }

    public Guid Id { get; private set; }

    public Guid ContactId { get; private set; }

    public ContactOutcome Outcome { get; private set; }

    /// <summary>The contact's main outcome (the one <see cref="Contact.Outcome"/> holds); a contact has one.</summary>
    public bool IsMain { get; private set; }

    public string? Detail { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }
}
