using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.Contacts.Timeline;

/// <summary>
/// Staff add to a contact's story — notes and documents — and never retype what was already said. Calls they make
/// are typed events (<see cref="CallBacks.OutboundCalls"/>), not timeline text.
/// </summary>
public sealed class ContactTimeline(FrontDoorDbContext db, TimeProvider clock)
{
    public Task<ContactTimelineEntry> AddNoteAsync(Guid contactId, string actor, string text, CancellationToken cancellationToken = default) =>
        AddAsync(contactId, actor, TimelineEntryKind.Note, text, null, cancellationToken);

    /// <summary>Keeps a document with the contact, under the same size limit as intake attachments.</summary>
    public async Task<ContactTimelineEntry> AddDocumentAsync(Guid contactId, string actor, string fileName, string contentType, byte[] content, string? description, CancellationToken cancellationToken = default)
    {
        if (content.Length == 0)
        {
            throw new DomainValidationException("Document", "The selected file is empty");
        }

        if (content.Length > IntakeLimits.MaxAttachmentBytes)
        {
            throw new DomainValidationException("Document", $"The selected file must be smaller than {IntakeLimits.Megabytes(IntakeLimits.MaxAttachmentBytes)}");
        }

        await EnsureContactExistsAsync(contactId, cancellationToken);
        var now = clock.GetUtcNow();
        var attachment = new ContactAttachment(Guid.CreateVersion7(now), contactId, fileName, contentType, content, now, actor);
        db.Add(attachment);
        var text = string.IsNullOrWhiteSpace(description) ? $"Document added: {attachment.FileName}" : $"Document added: {attachment.FileName} — {description.Trim()}";
        return await AddAsync(contactId, actor, TimelineEntryKind.Document, text, attachment.Id, cancellationToken);
    }

    /// <summary>The contact's timeline, oldest first.</summary>
    public async Task<IReadOnlyList<ContactTimelineEntry>> ListAsync(Guid contactId, CancellationToken cancellationToken = default)
    {
        var entries = await db.Set<ContactTimelineEntry>().AsNoTracking().Where(e => e.ContactId == contactId).ToListAsync(cancellationToken);

        // Entries written in the same instant (one intake pass) fall back to the order of the pipeline's kinds.
        return entries.OrderBy(e => e.At).ThenBy(e => e.Kind).ToList();
    }

    private async Task<ContactTimelineEntry> AddAsync(Guid contactId, string actor, TimelineEntryKind kind, string text, Guid? attachmentId, CancellationToken cancellationToken)
    {
        await EnsureContactExistsAsync(contactId, cancellationToken);
        var now = clock.GetUtcNow();
        var entry = new ContactTimelineEntry(Guid.CreateVersion7(now), contactId, now, actor, kind, text, attachmentId);
        db.Add(entry);
        new AuditLog(db, clock).Record(actor, AuditAction.Created, nameof(ContactTimelineEntry), entry.Id.ToString(), null, $"{kind} added to contact {contactId}");
        await db.SaveChangesAsync(cancellationToken);
        return entry;
    }

    private async Task EnsureContactExistsAsync(Guid contactId, CancellationToken cancellationToken)
    {
        if (!await db.Contacts.AnyAsync(c => c.Id == contactId, cancellationToken))
        {
            throw new DomainValidationException("ContactId", "There is no contact with that reference");
        }
    }
}
