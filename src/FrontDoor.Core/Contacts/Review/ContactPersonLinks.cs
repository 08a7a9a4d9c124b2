using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Contacts.Repeat;
using FrontDoor.Core.Contacts.Timeline;
using FrontDoor.Core.Data;
using FrontDoor.Core.Messages;
using FrontDoor.Core.People;
using FrontDoor.Core.People.Matching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontDoor.Core.Contacts.Review;

/// <summary>What became of a request to link a contact to a person record.</summary>
public enum ContactLinkOutcome
{
    Linked,

    /// <summary>The contact was already linked to that person: nothing changed.</summary>
    AlreadyLinked,

    /// <summary>The contact is linked to someone else, and staff have not yet confirmed replacing them.</summary>
    NeedsConfirmation,
}

/// <summary>A new person record as staff typed it, from what was reported. Names are required; the rest may be unknown.</summary>
public sealed record NewPersonDetails(string GivenName, string FamilyName, DateOnly? DateOfBirth, NhsNumber? NhsNumber, PostalAddress? Address, PhoneNumber? Phone);

/// <summary>A person record as the linking pages name it.</summary>
public sealed record LinkedPerson(Guid Id, string Name);

/// <summary>What the linking pages need of a contact: who was reported, and who it is linked to now.</summary>
public sealed record ContactToLink(Guid Id, ContactReference Reference, ContactStatus Status, ReportedPerson Reported, LinkedPerson? Current)
{
    public bool CanChangePerson => Status != ContactStatus.Closed;
}

/// <summary>
/// Staff tie a contact to its person by hand: a record they found, or a new one made from what was reported. Each
/// link is on the contact's timeline and the audit trail; replacing an existing link needs the staff member to have
/// seen (and so confirmed) who it replaces.
/// </summary>
public sealed class ContactPersonLinks(FrontDoorDbContext db, TimeProvider clock, AuditLog audit, PersonIndexHost index, RepeatContacts repeats, IOptions<MessagesOptions>? messages = null)
{
    /// <summary>The contact, for finding or making its person record; the look is audited with the reason.</summary>
    public async Task<ContactToLink?> OpenAsync(Guid contactId, AuditActor actor, string? origin, string reason, CancellationToken cancellationToken)
    {
        var contact = await db.Contacts.AsNoTracking().Where(c => c.Id == contactId)
            .Select(c => new { c.Id, c.Reference, c.Status, c.ReportedPerson, c.PersonId })
            .SingleOrDefaultAsync(cancellationToken);
        if (contact is null)
        {
            return null;
        }

        var current = contact.PersonId is { } personId ? await PersonAsync(personId, cancellationToken) : null;
        audit.Record(actor, AuditAction.Viewed, nameof(Contact), AuditEvent.IdOf(contactId), origin, reason, current is null ? null : [current.Id]);
        await db.SaveChangesAsync(cancellationToken);
        return new ContactToLink(contact.Id, contact.Reference, contact.Status, contact.ReportedPerson, current);
    }

    public async Task<LinkedPerson?> PersonAsync(Guid personId, CancellationToken cancellationToken) =>
        (await db.People.AsNoTracking().Where(p => p.Id == personId).Select(p => new { p.Id, p.Name }).SingleOrDefaultAsync(cancellationToken)) is { } found
            ? new LinkedPerson(found.Id, found.Name.Display)
            : null;

    /// <param name="replacing">The person the staff member saw the contact linked to and chose to replace; null when they saw it unlinked.</param>
    public Task<ContactLinkOutcome> LinkAsync(Guid contactId, Guid personId, Guid? replacing, AuditActor actor, string? origin, CancellationToken cancellationToken) =>
        AgainOnConflictAsync(() => TryLinkAsync(contactId, personId, replacing, actor, origin, cancellationToken));

    private async Task<ContactLinkOutcome> TryLinkAsync(Guid contactId, Guid personId, Guid? replacing, AuditActor actor, string? origin, CancellationToken cancellationToken)
    {
        var contact = await OpenContactAsync(contactId, cancellationToken);
        var person = await db.People.AsNoTracking().Where(p => p.Id == personId).Select(p => new { p.Id, p.Name }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new DomainValidationException("PersonId", "That person record no longer exists: search again");
        if (contact.PersonId == personId)
        {
            return ContactLinkOutcome.AlreadyLinked;
        }

        if (contact.PersonId is { } current && current != replacing)
        {
            return ContactLinkOutcome.NeedsConfirmation;
        }

        var previousId = contact.PersonId;
        var previous = previousId is { } id
            ? await db.People.AsNoTracking().Where(p => p.Id == id).Select(p => p.Name).SingleOrDefaultAsync(cancellationToken)
            : null;
        contact.MatchTo(personId);
        await repeats.FlagIfRecurringAsync(contact, cancellationToken);
        var staff = actor.Name ?? actor.Id;
        var text = previous is null
            ? $"Linked to {person.Name.Display} by {staff}."
            : $"Link changed from {previous.Display} to {person.Name.Display} by {staff}.";
        Record(contact, actor, origin, text,
            previousId is { } old ? $"relinked from person {AuditEvent.IdOf(old)} to person {AuditEvent.IdOf(personId)}" : $"linked to person {AuditEvent.IdOf(personId)}",
            previousId is { } replaced ? [personId, replaced] : [personId]);
        if (AllocatedWorkerEmail.IsWritten(contact.Channel))
        {
            await new AllocatedWorkerEmail(db, clock, messages?.Value.StaffSiteUrl).AddAsync(contact, personId, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return ContactLinkOutcome.Linked;
    }

    /// <summary>
    /// Creates the person from what staff confirmed of the report and links the contact to them. The caller checks
    /// for likely existing records first (<see cref="PersonCandidates"/>); this only refuses a contact already linked.
    /// </summary>
    public Task<Guid> CreatePersonAndLinkAsync(Guid contactId, NewPersonDetails details, AuditActor actor, string? origin, CancellationToken cancellationToken) =>
        AgainOnConflictAsync(() => TryCreatePersonAndLinkAsync(contactId, details, actor, origin, cancellationToken));

    private async Task<Guid> TryCreatePersonAndLinkAsync(Guid contactId, NewPersonDetails details, AuditActor actor, string? origin, CancellationToken cancellationToken)
    {
        var contact = await OpenContactAsync(contactId, cancellationToken);
        if (contact.PersonId is not null)
        {
            throw new DomainValidationException("ContactId", "This contact is already linked to a person record");
        }

        var now = clock.GetUtcNow();
        var person = new Person(Guid.CreateVersion7(now), new PersonName(details.GivenName, details.FamilyName), now);
        person.SetDateOfBirth(details.DateOfBirth, now);
        person.SetNhsNumber(details.NhsNumber, now);
        person.MoveTo(details.Address, now);
        person.SetPhones(details.Phone is { } phone ? [phone] : [], now);
        db.People.Add(person);
        contact.CreatedNewPerson(person.Id);

        audit.Record(actor, AuditAction.Created, "Person", AuditEvent.IdOf(person.Id), origin, $"created from contact {AuditEvent.IdOf(contactId)}", [person.Id]);
        Record(contact, actor, origin, $"New person record created for {person.Name.Display} and linked by {actor.Name ?? actor.Id}.", $"linked to new person {AuditEvent.IdOf(person.Id)}", [person.Id]);
        await db.SaveChangesAsync(cancellationToken);

        // Search and matching answer from this node's index: the new person is findable at once, not at the next catch-up.
        index.Upsert(person);
        return person.Id;
    }

    /// <summary>
    /// Runs a link again, from a fresh read, when its save lost a race with another change to the contact: the
    /// priority review putting it in a queue, say, or a colleague's note. The link's checks run again on the contact
    /// as it is now, so a link someone else made meanwhile is seen (already linked, or confirm replacing them) rather
    /// than overwritten, and a change that has nothing to do with the link does not cost staff their work.
    /// </summary>
    private async Task<T> AgainOnConflictAsync<T>(Func<Task<T>> attempt)
    {
        for (var tries = 1; ; tries++)
        {
            try
            {
                return await attempt();
            }
            catch (DbUpdateConcurrencyException) when (tries < MaxAttempts)
            {
                db.ChangeTracker.Clear();
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                throw new DomainValidationException("ContactId", "The contact kept changing while this was saved: try again");
            }
        }
    }

    private const int MaxAttempts = 3;

    private async Task<Contact> OpenContactAsync(Guid contactId, CancellationToken cancellationToken)
    {
        var contact = await db.Contacts.SingleOrDefaultAsync(c => c.Id == contactId, cancellationToken)
            ?? throw new DomainValidationException("ContactId", "That contact no longer exists");
        return contact.Status == ContactStatus.Closed
            ? throw new DomainValidationException("ContactId", "This contact is closed, so its person record cannot change")
            : contact;
    }

    private void Record(Contact contact, AuditActor actor, string? origin, string timelineText, string auditDetail, IEnumerable<Guid> people)
    {
        var now = clock.GetUtcNow();
        db.ContactTimelineEntries.Add(new ContactTimelineEntry(Guid.CreateVersion7(now), contact.Id, now, actor.Name ?? actor.Id, TimelineEntryKind.Matched, timelineText));
        audit.Record(actor, AuditAction.Linked, nameof(Contact), AuditEvent.IdOf(contact.Id), origin, auditDetail, people);
    }
}
