using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.WorkQueues;

namespace FrontDoor.Core.Triage.Referrals;

/// <summary>
/// One referral of a contact to a team: what kind, to which team's queue, when, by whom and why; and, for a
/// safeguarding alert, whether the MASH made it a section 42 enquiry. The contact's Referred event records the
/// hand-off; this row is what reports count (referrals by type and team, alerts that became enquiries) without
/// reading the events' free text, and what the receiving team reads as the reason for the referral.
/// </summary>
public sealed class ContactReferral
{
    public const int MaxReasonLength = 900;

    public ContactReferral(Guid id, Guid contactId, ReferralType type, string queueKey, string reason, DateTimeOffset referredAt, AuditActor by)
    {
        Id = id;
        ContactId = contactId;
        Type = type;
        QueueKey = queueKey;
        Reason = reason;
        ReferredAt = referredAt;
        ReferredById = by.Id.Bounded(ContactEvent.MaxActorLength);
        ReferredByName = (by.Name ?? by.Id).Bounded(ContactEvent.MaxActorLength);
    }

    private ContactReferral()
    {
        QueueKey = null!;
        Reason = null!;
        ReferredById = null!;
        ReferredByName = null!;
    }

    public Guid Id { get; private set; }

    public Guid ContactId { get; private set; }

    public ReferralType Type { get; private set; }

    public string QueueKey { get; private set; }

    /// <summary>What the receiving team needs to know: why this team, now.</summary>
    public string Reason { get; private set; }

    public DateTimeOffset ReferredAt { get; private set; }

    public string ReferredById { get; private set; }

    public string ReferredByName { get; private set; }

    /// <summary>For a safeguarding referral: whether the alert became a section 42 enquiry; null until the MASH decides.</summary>
    public bool? BecameEnquiry { get; private set; }

    public DateTimeOffset? EnquiryDecidedAt { get; private set; }

    public string? EnquiryDecidedBy { get; private set; }

    /// <summary>A safeguarding referral the MASH has not yet decided on.</summary>
    public bool AwaitsEnquiryDecision => Type == ReferralType.Safeguarding && BecameEnquiry is null;

    public void DecideEnquiry(bool becameEnquiry, DateTimeOffset now, AuditActor by)
    {
        if (Type != ReferralType.Safeguarding)
        {
            throw new DomainValidationException(nameof(BecameEnquiry), "Only a safeguarding referral can become a section 42 enquiry");
        }

        if (BecameEnquiry is not null)
        {
            throw new DomainValidationException(nameof(BecameEnquiry), "Whether this concern became an enquiry has already been recorded");
        }

        BecameEnquiry = becameEnquiry;
        EnquiryDecidedAt = now;
        EnquiryDecidedBy = (by.Name ?? by.Id).Bounded(ContactEvent.MaxActorLength);
    }
}
