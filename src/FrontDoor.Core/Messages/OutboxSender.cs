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
    /// <summary>
    /// Claims up to <paramref name="take"/> due messages for <paramref name="node"/> and sends them, up to
    /// <see cref="MessagesOptions.SendConcurrency"/> at once. Returns how many were claimed.
    /// </summary>
    public async Task<int> SendDueAsync(int take, string node, CancellationToken cancellationToken = default)
    {
        var claimed = await ClaimDueAsync(node, take, cancellationToken);
        if (claimed.Count == 0)
        {
            return 0;
        }

        db.ChangeTracker.Clear();
        var messages = await db.Set<OutboxMessage>().Where(m => claimed.Contains(m.Id)).ToListAsync(cancellationToken);

        // The sends wait on the other side, so several go at once. Each outcome is recorded as soon as the DbContext is
        // free, together with any others that arrived while it was busy (one round trip for them all), so a crash loses
        // as few records, and repeats as few sends, as it can.
        using var recording = new OutcomeRecorder(db, logger);
        await Parallel.ForEachAsync(
            messages.OrderBy(m => m.NextAttemptAt),
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.SendConcurrency, CancellationToken = cancellationToken },
            (message, token) => new ValueTask(SendClaimedAsync(message, node, recording, token)));
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

    private async Task SendClaimedAsync(OutboxMessage message, string node, OutcomeRecorder recording, CancellationToken cancellationToken)
    {
        if (message.LeaseOwner != node)
        {
            // Our claim ran out before we got here and another node has the message now.
            return;
        }

        var settings = options.Value;
        if (message.Attempts > settings.MaxAttempts)
        {
            // Only reached when earlier attempts died with their node (a crash, not a caught failure) every time.
            await recording.RecordAsync(message, m => m.RecordFailedAttempt($"Sending was started {message.Attempts - 1} times and never finished.", clock.GetUtcNow(), null), cancellationToken);
            return;
        }

        var channel = channels.FirstOrDefault(c => c.Kinds.Contains(message.Kind));
        if (channel is null)
        {
            await recording.RecordAsync(message, m => m.RecordFailedAttempt($"Nothing is configured to send {message.Kind} messages.", clock.GetUtcNow(), null), cancellationToken);
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
            await recording.RecordAsync(message, m => m.RecordFailedAttempt(failure.Reason.Bounded(OutboxMessage.MaxErrorLength - suffix.Length) + suffix, now, retryAt), cancellationToken);
            return;
        }

        await recording.RecordAsync(message, m => m.RecordSent(providerId, clock.GetUtcNow()), cancellationToken);
        LogSent(logger, message.Id, message.Kind);
    }

    /// <summary>
    /// Records outcomes on the sender's one DbContext, one save at a time. Whoever saves takes every outcome waiting,
    /// so when the database is the slower side, outcomes share a round trip instead of queueing for one each.
    /// </summary>
    private sealed class OutcomeRecorder(FrontDoorDbContext db, ILogger logger) : IDisposable
    {
        private readonly SemaphoreSlim _saving = new(1, 1);
        private readonly System.Collections.Concurrent.ConcurrentQueue<(OutboxMessage Message, Action<OutboxMessage> Change)> _waiting = new();

        public async Task RecordAsync(OutboxMessage message, Action<OutboxMessage> change, CancellationToken cancellationToken)
        {
            _waiting.Enqueue((message, change));
            await _saving.WaitAsync(cancellationToken);
            try
            {
                var changed = new List<OutboxMessage>();
                while (_waiting.TryDequeue(out var outcome))
                {
                    outcome.Change(outcome.Message);
                    changed.Add(outcome.Message);
                }

                // Empty when an earlier save took this outcome with its own.
                while (changed.Count > 0)
                {
                    try
                    {
                        await db.SaveChangesAsync(cancellationToken);
                        changed.Clear();
                    }
                    catch (DbUpdateConcurrencyException ex) when (ex.Entries.Count > 0)
                    {
                        // Our lease ran out mid-send and another node claimed the message (a new attempt): its record
                        // wins. The message may reach the other side twice, with the same id, which the other side can
                        // recognise. The save was all or nothing, so the others are saved again without it.
                        foreach (var lost in ex.Entries)
                        {
                            lost.State = EntityState.Detached;
                            if (lost.Entity is OutboxMessage claimedElsewhere)
                            {
                                changed.Remove(claimedElsewhere);
                                LogClaimLost(logger, claimedElsewhere.Id);
                            }
                        }
                    }
                }
            }
            finally
            {
                _saving.Release();
            }
        }

        public void Dispose() => _saving.Dispose();
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
