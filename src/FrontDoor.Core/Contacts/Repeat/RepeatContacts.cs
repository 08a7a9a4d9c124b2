using FrontDoor.Core.Audit;
using FrontDoor.Core.Data;
using FrontDoor.Core.Triage.Closing;
using FrontDoor.Core.WorkQueues;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontDoor.Core.Contacts.Repeat;

/// <summary>Another contact about the same person: still open, or closed within the recurring window with how it closed.</summary>
public sealed record OtherContact(
    Guid Id,
    ContactReference Reference,
    ContactChannel Channel,
    DateTimeOffset ReceivedAt,
    ContactStatus Status,
    string? QueueKey,
    DateTimeOffset? ClosedAt,
    string? ClosingSummary,
    IReadOnlyList<ContactOutcome> Outcomes)
{
    public bool IsOpen => Status != ContactStatus.Closed;
}

/// <summary>
/// Repeat and recurring contacts: what else the person has had from the front door lately, so the advisor picks up
/// where the last contact left off; the recurring flag on arrival or linking; and failure demand recorded by staff.
/// </summary>
public sealed class RepeatContacts(FrontDoorDbContext db, TimeProvider clock, IOptions<RepeatContactsOptions> options)
{
    public TimeSpan Window => options.Value.RecurringWindow;

    /// <summary>
    /// The person's other contacts: every open one, then those closed within the window, most recent first. Read
    /// where the person's contact is already shown (its page's view is audited), so this adds no audit of its own.
    /// </summary>
    public async Task<IReadOnlyList<OtherContact>> OtherContactsAsync(Guid personId, Guid? besides, CancellationToken cancellationToken = default)
    {
        var closedSince = clock.GetUtcNow() - Window;
        var contacts = await db.Contacts.AsNoTracking()
            .Where(c => c.PersonId == personId && c.Id != besides && (c.Status != ContactStatus.Closed || c.ClosedAt >= closedSince))
            .Select(c => new { c.Id, c.Reference, c.Channel, c.ReceivedAt, c.Status, c.QueueKey, c.ClosedAt, c.ClosingSummary, c.Outcome })
            .ToListAsync(cancellationToken);
        var ids = contacts.Where(c => c.Status == ContactStatus.Closed).Select(c => c.Id).ToList();
        var outcomes = (await db.Set<ContactOutcomeRecord>().AsNoTracking().Where(o => ids.Contains(o.ContactId)).ToListAsync(cancellationToken))
            .ToLookup(o => o.ContactId);
        return
        [
            .. contacts
                .Select(c => new OtherContact(c.Id, c.Reference, c.Channel, c.ReceivedAt, c.Status, c.QueueKey, c.ClosedAt, c.ClosingSummary,
                    outcomes[c.Id].Any()
                        ? [.. outcomes[c.Id].OrderByDescending(o => o.IsMain).ThenBy(o => o.Outcome).Select(o => o.Outcome)]
                        : c.Outcome is { } only ? [only] : []))
                .OrderBy(c => c.IsOpen ? 0 : 1)
                .ThenByDescending(c => c.IsOpen ? c.ReceivedAt : c.ClosedAt),
        ];
    }

    /// <summary>
    /// Flags the contact recurring when its person's latest other contact closed within the window before now: on
    /// arrival once matched, and when staff link it to a person later. The caller saves.
    /// </summary>
    public async Task FlagIfRecurringAsync(Contact contact, CancellationToken cancellationToken = default)
    {
        if (contact.PersonId is not { } personId || contact.RecurringOfContactId is not null)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var closedSince = now - Window;
        var previous = await db.Contacts.AsNoTracking()
            .Where(c => c.PersonId == personId && c.Id != contact.Id && c.Status == ContactStatus.Closed && c.ClosedAt >= closedSince && c.ClosedAt <= now)
            .OrderByDescending(c => c.ClosedAt)
            .Select(c => new { c.Id, c.Reference, c.ClosedAt })
            .FirstOrDefaultAsync(cancellationToken);
        if (previous is not null)
        {
            contact.FlagRecurring(previous.Id, previous.Reference, previous.ClosedAt!.Value, now);
        }
    }
}

/// <summary>Staff record a contact as failure demand, with its reason and, for a chasing contact, what it chases.</summary>
public sealed class FailureDemand(FrontDoorDbContext db, ContactWork work)
{
    public async Task<Contact> RecordAsync(Guid contactId, int seenVersion, FailureDemandReason? reason, Guid? chases, AuditActor by, CancellationToken cancellationToken = default)
    {
        if (reason is not { } why || !Enum.IsDefined(why))
        {
            throw new DomainValidationException(nameof(Contact.FailureDemandReason), "Select why this is failure demand");
        }

        ContactReference? chasedReference = null;
        if (chases is { } chasedId)
        {
            var personId = await db.Contacts.AsNoTracking().Where(c => c.Id == contactId).Select(c => c.PersonId).FirstOrDefaultAsync(cancellationToken);
            var chased = await db.Contacts.AsNoTracking().Where(c => c.Id == chasedId).Select(c => new { c.Reference, c.PersonId }).FirstOrDefaultAsync(cancellationToken);
            if (chased is null || personId is null || chased.PersonId != personId)
            {
                throw new DomainValidationException(nameof(Contact.ChasesContactId), "Select one of the person's other contacts");
            }

            chasedReference = chased.Reference;
        }

        return await work.ChangeAsync(contactId, seenVersion, (contact, now) => contact.RecordFailureDemand(why, chases, chasedReference, now, by), cancellationToken);
    }
}
