using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace FrontDoor.Core.Messages.Webhooks;

/// <summary>
/// Writes a webhook event into the outbox, one per subscription that wants it, in the very save that moves a contact
/// to the status causing it, whichever service or page made the move: an event is committed with its cause or not at
/// all. The body is built now, so it says what was true when the change was committed. Each event is on the audit
/// trail, with the person it discloses.
/// </summary>
public sealed class WebhookEventWriter(IOptions<WebhookOptions> options, IOptions<MessagesOptions> messages, TimeProvider clock) : SaveChangesInterceptor
{
    public const string Actor = "webhooks";

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is FrontDoorDbContext db)
        {
            StageAsync(db, sync: true, CancellationToken.None).GetAwaiter().GetResult();
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is FrontDoorDbContext db)
        {
            await StageAsync(db, sync: false, cancellationToken);
        }

        return result;
    }

    /// <param name="sync">Runs its queries synchronously (for SaveChanges), so the task it returns is already complete.</param>
    private async Task StageAsync(FrontDoorDbContext db, bool sync, CancellationToken cancellationToken)
    {
        // The save detects changes itself once this returns; detecting them here as well would scan every tracked
        // entity twice. Nothing here needs them detected: moves are recorded by the contact, Added and Deleted are set
        // explicitly, and the queries do not track.
        var detecting = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await StageEventsAsync(db, sync, cancellationToken);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detecting;
        }
    }

    private async Task StageEventsAsync(FrontDoorDbContext db, bool sync, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var staffSite = messages.Value.StaffSiteUrl!;
        foreach (var entry in db.ChangeTracker.Entries<Contact>().Where(e => e.State is not (EntityState.Deleted or EntityState.Detached)).ToList())
        {
            // Taken whether or not anyone subscribes, so a move is never the cause of two saves' events.
            var types = entry.Entity.TakeUnsavedMoves().Select(WebhookEventTypes.ForMoveTo).OfType<string>().Distinct();
            var due = types.SelectMany(type => settings.Subscriptions.Where(s => s.Wants(type)).Select(s => (Type: type, Subscription: s))).ToList();
            if (due.Count == 0)
            {
                continue;
            }

            due = await WithoutRepeatedReceiptsAsync(db, entry, due, sync, cancellationToken);
            if (due.Count == 0)
            {
                continue;
            }

            var contact = entry.Entity;

            // A contact this save adds (received and moved in one save) has nothing in the database yet.
            var stored = entry.State != EntityState.Added;
            var answers = stored ? await ListAsync(db.ContactAnswers.AsNoTracking().Where(a => a.ContactId == contact.Id), sync, cancellationToken) : [];
            var attachments = stored
                ? await ListAsync(db.ContactAttachments.AsNoTracking().Where(a => a.ContactId == contact.Id).Select(a => new AttachmentFacts(a.Id, a.FileName, a.ContentType, a.Size)), sync, cancellationToken)
                : [];

            // What this save adds is not in the database yet.
            answers.AddRange(Added<ContactAnswer>(db).Where(a => a.ContactId == contact.Id && answers.All(known => known.Id != a.Id)));
            attachments.AddRange(Added<ContactAttachment>(db).Where(a => a.ContactId == contact.Id && attachments.All(known => known.Id != a.Id)).Select(a => new AttachmentFacts(a.Id, a.FileName, a.ContentType, a.Size)));
            var person = contact.PersonId is { } personId ? await PersonAsync(db, personId, sync, cancellationToken) : null;
            var links = attachments.Select(a => new WebhookAttachment(a.FileName, a.ContentType, a.Size, WebhookEvent.AttachmentLink(staffSite, contact.Id, a.Id).ToString())).ToList();

            var now = clock.GetUtcNow();
            foreach (var (type, subscription) in due)
            {
                var id = Guid.CreateVersion7(now);
                var body = WebhookEvent.Of(id, type, now, contact, answers, links, person, staffSite).ToJson();
                db.Add(new OutboxMessage(id, MessageKind.Webhook, type, subscription.Name, body, contact.Id, now));
                new AuditLog(db, clock).Record(Actor, AuditAction.Exported, nameof(Contact), AuditEvent.IdOf(contact.Id), null, $"{type} event {id:D} for {subscription.Name}",
                    contact.PersonId is { } disclosed ? [disclosed] : null);
            }
        }
    }

    /// <summary>
    /// A contact is received once: one that needed attention after it was opened and is opened again causes no second
    /// <c>contact.received</c> for a subscription that had one.
    /// </summary>
    private static async Task<List<(string Type, WebhookSubscription Subscription)>> WithoutRepeatedReceiptsAsync(
        FrontDoorDbContext db, EntityEntry<Contact> entry, List<(string Type, WebhookSubscription Subscription)> due, bool sync, CancellationToken cancellationToken)
    {
        // Only a contact that had been opened before can be opened again: one that was received until now is new.
        if (entry.State == EntityState.Added || entry.Property(c => c.Status).OriginalValue == ContactStatus.Received || !due.Any(d => d.Type == WebhookEventTypes.ContactReceived))
        {
            return due;
        }

        var contactId = entry.Entity.Id;
        var told = await ListAsync(
            db.OutboxMessages.AsNoTracking().Where(m => m.ContactId == contactId && m.Kind == MessageKind.Webhook && m.Template == WebhookEventTypes.ContactReceived).Select(m => m.Recipient),
            sync, cancellationToken);
        return [.. due.Where(d => d.Type != WebhookEventTypes.ContactReceived || !told.Contains(d.Subscription.Name, StringComparer.Ordinal))];
    }

    private static async Task<WebhookPerson?> PersonAsync(FrontDoorDbContext db, Guid personId, bool sync, CancellationToken cancellationToken)
    {
        if (db.People.Local.FirstOrDefault(p => p.Id == personId) is { } tracked)
        {
            return new WebhookPerson(tracked.Id, tracked.LasId, tracked.NhsNumber?.Value);
        }

        var stored = await ListAsync(db.People.AsNoTracking().Where(p => p.Id == personId).Select(p => new { p.Id, p.LasId, p.NhsNumber }), sync, cancellationToken);
        return stored.Select(p => new WebhookPerson(p.Id, p.LasId, p.NhsNumber?.Value)).FirstOrDefault();
    }

    /// <summary>What an event says of an attachment: never its content, which stays in FrontDoor behind the link.</summary>
    private sealed record AttachmentFacts(Guid Id, string FileName, string ContentType, long Size);

    private static IEnumerable<T> Added<T>(FrontDoorDbContext db)
        where T : class =>
        db.ChangeTracker.Entries<T>().Where(e => e.State == EntityState.Added).Select(e => e.Entity);

    private static async Task<List<T>> ListAsync<T>(IQueryable<T> query, bool sync, CancellationToken cancellationToken) =>
        sync ? query.ToList() : await query.ToListAsync(cancellationToken);
}
