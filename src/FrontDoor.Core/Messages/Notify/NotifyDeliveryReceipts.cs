using FrontDoor.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace FrontDoor.Core.Messages.Notify;

/// <summary>What recording one delivery receipt did.</summary>
public enum DeliveryReceiptResult
{
    /// <summary>The message's status changed.</summary>
    Recorded,

    /// <summary>A repeat, or a receipt the message's status already outranks: nothing changed.</summary>
    Unchanged,

    /// <summary>No message has that reference.</summary>
    NotFound,

    /// <summary>A node is sending (or was sending when it died) the message now: the receipt should come again later.</summary>
    StillSending,
}

/// <summary>
/// GOV.UK Notify's delivery receipts (its callback): each says what became of a message we sent, found by the
/// <c>reference</c> we gave it (the outbox message's id), and moves the message to delivered or failed with a reason
/// administrators can act on (<see cref="OutboxMessage.RecordDeliveryReceipt"/> has the rules). The recipient Notify
/// repeats in the receipt is neither stored nor logged.
/// </summary>
public sealed partial class NotifyDeliveryReceipts(FrontDoorDbContext db, TimeProvider clock, ILogger<NotifyDeliveryReceipts> logger)
{
    /// <summary>Notify's callback statuses for email and text messages.</summary>
    public static readonly IReadOnlyDictionary<string, DeliveryOutcome> Statuses = new Dictionary<string, DeliveryOutcome>(StringComparer.Ordinal)
    {
        ["delivered"] = DeliveryOutcome.Delivered,
        ["permanent-failure"] = DeliveryOutcome.PermanentFailure,
        ["temporary-failure"] = DeliveryOutcome.TemporaryFailure,
        ["technical-failure"] = DeliveryOutcome.TechnicalFailure,
    };

    public Task<DeliveryReceiptResult> RecordAsync(Guid reference, DeliveryOutcome outcome, CancellationToken cancellationToken = default) =>
        RecordAsync(reference, outcome, completedAt: null, cancellationToken);

    /// <param name="completedAt">Notify's <c>completed_at</c>, when it gave one: the delivery time by Notify's clock.</param>
    public async Task<DeliveryReceiptResult> RecordAsync(Guid reference, DeliveryOutcome outcome, DateTimeOffset? completedAt, CancellationToken cancellationToken = default)
    {
        var message = await db.OutboxMessages.SingleOrDefaultAsync(m => m.Id == reference && (m.Kind == MessageKind.NotifyEmail || m.Kind == MessageKind.NotifySms), cancellationToken);
        if (message is null)
        {
            return DeliveryReceiptResult.NotFound;
        }

        // Its sender records "sent" over whatever we wrote; after a crash the message is sent again with the same
        // reference. Either way Notify's retry of this receipt finds it settled.
        if (message.Status == MessageStatus.Sending)
        {
            return DeliveryReceiptResult.StillSending;
        }

        if (!message.RecordDeliveryReceipt(outcome, clock.GetUtcNow(), completedAt))
        {
            return DeliveryReceiptResult.Unchanged;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // A node claimed it to send (an administrator's retry) between our read and our write.
            db.ChangeTracker.Clear();
            return DeliveryReceiptResult.StillSending;
        }

        LogRecorded(logger, message.Id, outcome);
        return DeliveryReceiptResult.Recorded;
    }

    /// <summary>Notify's timestamps ("2026-01-05T10:00:00.000000Z", UTC); null when absent or unreadable.</summary>
    public static DateTimeOffset? NotifyTime(string? text) =>
        DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal | System.Globalization.DateTimeStyles.AdjustToUniversal, out var at) ? at : null;

    [LoggerMessage(Level = LogLevel.Information, Message = "Message {MessageId}: Notify's delivery receipt says {Outcome}")]
    private static partial void LogRecorded(ILogger logger, Guid messageId, DeliveryOutcome outcome);
}
