using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.WorkQueues;

/// <summary>
/// Staff work a contact: take it on, give it to someone, move it to another queue, record the conversation stage.
/// Every change names the version of the contact the member of staff saw; if someone changed it since, the change is
/// refused with what they did (<see cref="ContactChangedException"/>), never saved over it.
/// </summary>
public sealed class ContactWork(FrontDoorDbContext db, TimeProvider clock, WorkQueueCatalogue queues)
{
    public const int MaxReasonLength = ContactEvent.MaxReasonLength;

    /// <summary>The member of staff takes the contact on themselves.</summary>
    public Task<Contact> ClaimAsync(Guid contactId, int seenVersion, AuditActor by, CancellationToken cancellationToken = default) =>
        ChangeAsync(contactId, seenVersion, (contact, now) => contact.AssignTo(by.Id, by.Name ?? by.Id, now, by, "Claimed"), cancellationToken);

    /// <summary>A manager (or the worker) gives the contact to someone else.</summary>
    public Task<Contact> AssignAsync(Guid contactId, int seenVersion, string userId, string userName, string? reason, AuditActor by, CancellationToken cancellationToken = default) =>
        ChangeAsync(contactId, seenVersion, (contact, now) => contact.AssignTo(userId, userName, now, by, ValidReason(reason, required: false)), cancellationToken);

    /// <summary>Back to the queue for someone else to take.</summary>
    public Task<Contact> ReleaseAsync(Guid contactId, int seenVersion, string? reason, AuditActor by, CancellationToken cancellationToken = default) =>
        ChangeAsync(contactId, seenVersion, (contact, now) => contact.Unassign(now, by, ValidReason(reason, required: false)), cancellationToken);

    /// <summary>Moves the contact to another queue, saying why: a hand-off, counted.</summary>
    public Task<Contact> TransferAsync(Guid contactId, int seenVersion, string queueKey, string? reason, AuditActor by, CancellationToken cancellationToken = default)
    {
        if (queues.Find(queueKey) is null)
        {
            throw new DomainValidationException(nameof(Contact.QueueKey), "Select a queue");
        }

        var why = ValidReason(reason, required: true);
        return ChangeAsync(contactId, seenVersion, (contact, now) => contact.MoveToQueue(queueKey, why!, now, by), cancellationToken);
    }

    public Task<Contact> RecordStageAsync(Guid contactId, int seenVersion, ThreeConversationsStage stage, AuditActor by, CancellationToken cancellationToken = default) =>
        ChangeAsync(contactId, seenVersion, (contact, now) => contact.RecordStage(stage, now, by), cancellationToken);

    /// <summary>
    /// Loads the contact, refuses the change if the contact moved on from the version the member of staff saw, makes
    /// it, and saves it with its events in one transaction; a save that loses a race is refused the same way.
    /// </summary>
    public async Task<Contact> ChangeAsync(Guid contactId, int seenVersion, Action<Contact, DateTimeOffset> change, CancellationToken cancellationToken = default)
    {
        var contact = await db.Contacts.FirstOrDefaultAsync(c => c.Id == contactId, cancellationToken)
            ?? throw new DomainValidationException("ContactId", "There is no contact with that reference");
        if (!contact.IsAtVersion(seenVersion))
        {
            throw await ChangedSinceAsync(contactId, seenVersion, cancellationToken);
        }

        change(contact, clock.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            throw await ChangedSinceAsync(contactId, seenVersion, cancellationToken);
        }

        return contact;
    }

    /// <summary>The typed history of a contact, oldest first.</summary>
    public async Task<IReadOnlyList<ContactEvent>> EventsAsync(Guid contactId, CancellationToken cancellationToken = default) =>
        await db.ContactEvents.AsNoTracking().Where(e => e.ContactId == contactId).OrderBy(e => e.ContactVersion).ThenBy(e => e.At).ToListAsync(cancellationToken);

    private async Task<ContactChangedException> ChangedSinceAsync(Guid contactId, int seenVersion, CancellationToken cancellationToken)
    {
        var current = await db.Contacts.AsNoTracking().Where(c => c.Id == contactId).Select(c => c.Version).FirstAsync(cancellationToken);
        var since = await db.ContactEvents.AsNoTracking()
            .Where(e => e.ContactId == contactId && e.ContactVersion > seenVersion)
            .OrderBy(e => e.ContactVersion)
            .ToListAsync(cancellationToken);
        return new ContactChangedException(contactId, current, since);
    }

    private static string? ValidReason(string? reason, bool required)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return required ? throw new DomainValidationException("Reason", "Enter why you are moving the contact") : null;
        }

        var trimmed = reason.Trim();
        return trimmed.Length <= MaxReasonLength ? trimmed : throw new DomainValidationException("Reason", $"The reason must be {MaxReasonLength:N0} characters or fewer");
    }
}
