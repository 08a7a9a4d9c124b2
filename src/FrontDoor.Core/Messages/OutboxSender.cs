using FrontDoor.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FrontDoor.Core.Messages;

/// <summary>
/// Sends the outbox: claims due messages for this node with a lease (so several nodes never send the same one),
/// sends each through its channel and records what happened. Timeouts, network failures, 429 and 5xx are retried
/// with back-off; any other refusal, or running out of <see cref="MessagesOptions.MaxAttempts"/>, fails the message
/// for an administrator.
/// </summary>
public sealed partial class OutboxSender(FrontDoorDbContext db, TimeProvider clock, IEnumerable<IMessageChannel> channels, IOptions<MessagesOptions> options, ILogger<OutboxSender> logger)
{
    /// <summary>Claims up to <paramref name="take"/> due messages for <paramref name="node"/> and sends them. Returns how many were claimed.</summary>
    public async Task<int> SendDueAsync(int take, string node, CancellationToken cancellationToken = default)
    {
        var claimed = await ClaimDueAsync(node, take, cancellationToken);
        foreach (var id in claimed)
        {
            db.ChangeTracker.Clear();
            await SendClaimedAsync(id, node, cancellationToken);
        }

        return claimed.Count;
    }

    /// <summary>
    /// Claims messages due for <paramref name="node"/> until <see cref="MessagesOptions.SendLease"/> from now,
    /// counting the attempt: pending messages whose time has come, and messages whose sender died mid-send (their
    /// lease ran out). PostgreSQL takes the rows with <c>FOR UPDATE SKIP LOCKED</c>; SQLite (one writer at a time)
    /// claims each row with a conditional update and keeps only those it changed. Only kinds this node has a channel
    /// for are claimed: with GOV.UK Notify not configured, texts and emails stay pending rather than fail.
    /// </summary>
    public async Task<IReadOnlyList<Guid>> ClaimDueAsync(string node, int take, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var leaseUntil = now + options.Value.SendLease;
        var sendable = channels.SelectMany(c => c.Kinds).Distinct().ToList();
        if (sendable.Count == 0)
        {
            return [];
        }

        if (db.Database.IsNpgsql())
        {
            // The due condition is repeated on the UPDATE: PostgreSQL re-checks an UPDATE's own WHERE on the newest
            // row version, so a message another node claimed after this statement's snapshot is never claimed twice.
            return await db.Database.SqlQuery<Guid>($"""
                WITH due AS (
                    SELECT id FROM outbox_messages
                    WHERE ((status = 'Pending' AND next_attempt_at <= {now}) OR (status = 'Sending' AND lease_expires_at <= {now}))
                      AND kind = ANY({sendable.Select(k => k.ToString()).ToArray()})
                    ORDER BY next_attempt_at
                    LIMIT {take}
                    FOR UPDATE SKIP LOCKED)
                UPDATE outbox_messages SET status = 'Sending', lease_owner = {node}, lease_expires_at = {leaseUntil}, attempts = attempts + 1, updated_at = {now}
                FROM due
                WHERE outbox_messages.id = due.id
                  AND ((outbox_messages.status = 'Pending' AND outbox_messages.next_attempt_at <= {now})
                    OR (outbox_messages.status = 'Sending' AND outbox_messages.lease_expires_at <= {now}))
                RETURNING outbox_messages.id AS "Value"
                """).ToListAsync(cancellationToken);
        }

        var candidates = await db.Set<OutboxMessage>().AsNoTracking()
            .Where(Due(now))
            .Where(m => sendable.Contains(m.Kind))
            .OrderBy(m => m.NextAttemptAt)
            .Take(take)
            .Select(m => m.Id)
            .ToListAsync(cancellationToken);
        var claimed = new List<Guid>(candidates.Count);
        foreach (var id in candidates)
        {
            var changed = await db.Set<OutboxMessage>()
                .Where(m => m.Id == id)
                .Where(Due(now))
                .ExecuteUpdateAsync(
                    set => set.SetProperty(m => m.Status, MessageStatus.Sending)
                        .SetProperty(m => m.LeaseOwner, node)
                        .SetProperty(m => m.LeaseExpiresAt, leaseUntil)
                        .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                        .SetProperty(m => m.UpdatedAt, now),
                    cancellationToken);
            if (changed == 1)
            {
                claimed.Add(id);
            }
        }

        return claimed;
    }

    private static System.Linq.Expressions.Expression<Func<OutboxMessage, bool>> Due(DateTimeOffset now) =>
        m => (m.Status == MessageStatus.Pending && m.NextAttemptAt <= now) || (m.Status == MessageStatus.Sending && m.LeaseExpiresAt <= now);

    private async Task SendClaimedAsync(Guid id, string node, CancellationToken cancellationToken)
    {
        var message = await db.Set<OutboxMessage>().SingleAsync(m => m.Id == id, cancellationToken);
        if (message.LeaseOwner != node)
        {
            // Our claim ran out before we got here and another node has the message now.
            return;
        }

        var settings = options.Value;
        if (message.Attempts > settings.MaxAttempts)
        {
            // Only reached when earlier attempts died with their node (a crash, not a caught failure) every time.
            await RecordAsync(message, m => m.RecordFailedAttempt($"Sending was started {message.Attempts - 1} times and never finished.", clock.GetUtcNow(), null), cancellationToken);
            return;
        }

        var channel = channels.FirstOrDefault(c => c.Kinds.Contains(message.Kind));
        if (channel is null)
        {
            await RecordAsync(message, m => m.RecordFailedAttempt($"Nothing is configured to send {message.Kind} messages.", clock.GetUtcNow(), null), cancellationToken);
            return;
        }

        string? providerId;
        try
        {
            providerId = await channel.SendAsync(message, cancellationToken);
        }
        catch (Exception ex) when (Classify(ex, cancellationToken) is { } failure)
        {
            LogAttemptFailed(logger, message.Id, message.Attempts, failure.Summary);
            var now = clock.GetUtcNow();
            var retryAt = failure.WorthRetrying && message.Attempts < settings.MaxAttempts ? now + settings.RetryWait(message.Attempts, Random.Shared.NextDouble()) : (DateTimeOffset?)null;
            var suffix = failure.WorthRetrying
                ? retryAt is null ? $" (tried {message.Attempts} times)" : $" (attempt {message.Attempts} of {settings.MaxAttempts}; it will be tried again by itself)"
                : " (not retried: the other side refused it)";
            await RecordAsync(message, m => m.RecordFailedAttempt(failure.Reason.Bounded(OutboxMessage.MaxErrorLength - suffix.Length) + suffix, now, retryAt), cancellationToken);
            return;
        }

        await RecordAsync(message, m => m.RecordSent(providerId, clock.GetUtcNow()), cancellationToken);
        LogSent(logger, message.Id, message.Kind);
    }

    private async Task RecordAsync(OutboxMessage message, Action<OutboxMessage> change, CancellationToken cancellationToken)
    {
        change(message);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Our lease ran out mid-send and another node claimed the message (a new attempt): its record wins. The
            // message may reach the other side twice, with the same id, which the other side can recognise.
            db.ChangeTracker.Clear();
            LogClaimLost(logger, message.Id);
        }
    }

    private sealed record Failure(bool WorthRetrying, string Reason, string Summary);

    /// <summary>What a failed send means; null for our own shutdown, which is no failure of the message.</summary>
    private static Failure? Classify(Exception ex, CancellationToken cancellationToken) => ex switch
    {
        OperationCanceledException when cancellationToken.IsCancellationRequested => null,
        MessageRefusedException refused => new Failure(refused.WorthRetrying, $"Refused with status {refused.StatusCode}: {refused.Message}", $"status {refused.StatusCode}"),
        TimeoutException or OperationCanceledException => new Failure(true, "The other side did not answer in time.", "timeout"),
        HttpRequestException http => new Failure(true, $"Could not reach the other side: {http.Message}", nameof(HttpRequestException)),
        _ => new Failure(false, $"{ex.GetType().Name}: {ex.Message}", ex.GetType().Name),
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Message {MessageId} sent ({Kind})")]
    private static partial void LogSent(ILogger logger, Guid messageId, MessageKind kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending message {MessageId} failed on attempt {Attempt} ({Failure})")]
    private static partial void LogAttemptFailed(ILogger logger, Guid messageId, int attempt, string failure);

    [LoggerMessage(Level = LogLevel.Information, Message = "Message {MessageId} was claimed by another node while this one sent it; this node's record was dropped")]
    private static partial void LogClaimLost(ILogger logger, Guid messageId);
}
