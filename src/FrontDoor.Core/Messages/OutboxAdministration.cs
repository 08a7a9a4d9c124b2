using FrontDoor.Core.Audit;
using FrontDoor.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.Messages;

/// <summary>One message as administrators see it: the recipient masked, the last error in full (it says what to fix).</summary>
public sealed record OutboxListItem(ContactMessage Message, string? LastError, DateTimeOffset? NextAttemptAt, Guid? ContactId, string? ContactReference);

public sealed record OutboxPage(IReadOnlyList<OutboxListItem> Items, int Total, IReadOnlyDictionary<MessageStatus, int> CountByStatus);

/// <summary>What an administrator's retry or cancel did.</summary>
public enum OutboxActionOutcome
{
    Done,
    NotFound,

    /// <summary>It was sent, cancelled or being sent already, or changed while the administrator looked.</summary>
    NoLongerWaiting,
}

/// <summary>
/// The outbox for administrators: messages by status with why they failed, and retrying or cancelling one, each
/// on the audit trail.
/// </summary>
public sealed class OutboxAdministration(FrontDoorDbContext db, TimeProvider clock)
{
    public async Task<OutboxPage> ListAsync(MessageStatus status, int pageSize, int pageNumber, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageNumber, 1);
        var counts = await db.OutboxMessages.GroupBy(m => m.Status).Select(g => new { Status = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Status, g => g.Count, cancellationToken);
        var query = db.OutboxMessages.AsNoTracking().Where(m => m.Status == status);

        // Newest first by id: ids are version 7 GUIDs, in order of creation, and order on both providers (SQLite cannot order by a DateTimeOffset).
        var messages = await query.OrderByDescending(m => m.Id).Skip((pageNumber - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        var contactIds = messages.Where(m => m.ContactId is not null).Select(m => m.ContactId!.Value).Distinct().ToList();
        var references = await db.Contacts.AsNoTracking().Where(c => contactIds.Contains(c.Id)).Select(c => new { c.Id, c.Reference }).ToDictionaryAsync(c => c.Id, c => c.Reference.Value, cancellationToken);
        var items = messages.Select(m => new OutboxListItem(ContactMessage.Of(m), m.LastError, m.NextAttemptAt, m.ContactId, m.ContactId is { } id ? references.GetValueOrDefault(id) : null)).ToList();

        new AuditLog(db, clock).Record(actor, AuditAction.Searched, nameof(OutboxMessage), null, null, $"outbox: {items.Count} {status.ToString().ToLowerInvariant()} shown");
        await db.SaveChangesAsync(cancellationToken);
        return new OutboxPage(items, counts.GetValueOrDefault(status), Enum.GetValues<MessageStatus>().ToDictionary(s => s, s => counts.GetValueOrDefault(s)));
    }

    /// <summary>Sends a failed (or waiting) message again now, with a fresh count of attempts.</summary>
    public Task<OutboxActionOutcome> RetryAsync(Guid messageId, AuditActor actor, CancellationToken cancellationToken = default) =>
        ActAsync(messageId, actor, (message, now) => message.RetryNow(now), "tried again by an administrator", cancellationToken);

    public Task<OutboxActionOutcome> CancelAsync(Guid messageId, AuditActor actor, CancellationToken cancellationToken = default) =>
        ActAsync(messageId, actor, (message, now) => message.Cancel(now), "cancelled by an administrator", cancellationToken);

    private async Task<OutboxActionOutcome> ActAsync(Guid messageId, AuditActor actor, Action<OutboxMessage, DateTimeOffset> act, string detail, CancellationToken cancellationToken)
    {
        var message = await db.OutboxMessages.SingleOrDefaultAsync(m => m.Id == messageId, cancellationToken);
        if (message is null)
        {
            return OutboxActionOutcome.NotFound;
        }

        if (!message.AwaitsAnAdministrator)
        {
            return OutboxActionOutcome.NoLongerWaiting;
        }

        var now = clock.GetUtcNow();
        act(message, now);
        new AuditLog(db, clock).Record(actor, AuditAction.Updated, nameof(OutboxMessage), AuditEvent.IdOf(messageId), null, $"{message.Template}: {detail}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // A node claimed it to send between our read and our write: its attempt stands.
            db.ChangeTracker.Clear();
            return OutboxActionOutcome.NoLongerWaiting;
        }

        return OutboxActionOutcome.Done;
    }
}
