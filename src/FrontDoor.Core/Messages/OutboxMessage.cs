namespace FrontDoor.Core.Messages;

/// <summary>Which way a message leaves FrontDoor.</summary>
public enum MessageKind
{
    NotifyEmail,
    NotifySms,
    Webhook,
}

public enum MessageStatus
{
    /// <summary>Waiting to be sent, first or again after a failure worth retrying (<see cref="OutboxMessage.NextAttemptAt"/>).</summary>
    Pending,

    /// <summary>Claimed by a node that is sending it now, until its lease expires.</summary>
    Sending,

    /// <summary>Accepted by the other side.</summary>
    Sent,

    /// <summary>The other side reported it delivered (a delivery receipt).</summary>
    Delivered,

    /// <summary>Refused, or out of attempts: waits for an administrator (<see cref="OutboxMessage.LastError"/> says why).</summary>
    Failed,

    /// <summary>An administrator decided it should not be sent.</summary>
    Cancelled,
}

/// <summary>
/// One message written in the same transaction as the change that caused it, and sent afterwards by
/// <see cref="OutboxSender"/>. Its <see cref="Id"/> travels to the other side (Notify's <c>reference</c>), so a
/// message sent again after a crash between sending and recording is recognisable there.
/// </summary>
public sealed class OutboxMessage
{
    public const int MaxTemplateLength = 100;
    public const int MaxRecipientLength = 320;
    public const int MaxErrorLength = 1000;
    public const int MaxProviderIdLength = 100;

    // Room for a webhook carrying a whole story with its answers.
    public const int MaxBodyLength = 200_000;

    public OutboxMessage(Guid id, MessageKind kind, string template, string recipient, string body, Guid? contactId, DateTimeOffset createdAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(template);
        ArgumentException.ThrowIfNullOrWhiteSpace(recipient);
        if (template.Length > MaxTemplateLength || recipient.Length > MaxRecipientLength || body.Length > MaxBodyLength)
        {
            throw new DomainValidationException(nameof(Recipient), "A message's template, recipient or body is too long to store");
        }

        Id = id;
        Kind = kind;
        Template = template;
        Recipient = recipient;
        Body = body;
        ContactId = contactId;
        Status = MessageStatus.Pending;
        CreatedAt = createdAt;
        UpdatedAt = createdAt;
        NextAttemptAt = createdAt;
    }

    public Guid Id { get; private set; }

    public MessageKind Kind { get; private set; }

    /// <summary>The template's name in configuration (Notify) or the event's type (webhook).</summary>
    public string Template { get; private set; }

    /// <summary>An email address, a mobile number or a subscription's name: only one the person gave for this purpose.</summary>
    public string Recipient { get; private set; }

    /// <summary>JSON: the template's personalisation, or the webhook's body.</summary>
    public string Body { get; private set; }

    /// <summary>The contact the message is about, for its timeline; null for a message about no contact.</summary>
    public Guid? ContactId { get; private set; }

    public MessageStatus Status { get; private set; }

    /// <summary>Sending attempts started, counted when a node claims the message.</summary>
    public int Attempts { get; private set; }

    /// <summary>When a pending message may next be sent.</summary>
    public DateTimeOffset? NextAttemptAt { get; private set; }

    public string? LeaseOwner { get; private set; }

    public DateTimeOffset? LeaseExpiresAt { get; private set; }

    /// <summary>Why the last attempt failed; written for administrators, never logged (it can quote the recipient).</summary>
    public string? LastError { get; private set; }

    /// <summary>The other side's id for the message (Notify's notification id), once accepted.</summary>
    public string? ProviderId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    /// <summary>When the other side says it was delivered (Notify's <c>completed_at</c>), else when FrontDoor heard so.</summary>
    public DateTimeOffset? DeliveredAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public void RecordSent(string? providerId, DateTimeOffset now)
    {
        Status = MessageStatus.Sent;
        ProviderId = providerId is null ? null : providerId.Bounded(MaxProviderIdLength);
        SentAt = now;
        LastError = null;
        NextAttemptAt = null;
        Release(now);
    }

    /// <summary>A failed attempt: pending again from <paramref name="retryAt"/>, or failed for an administrator when null.</summary>
    public void RecordFailedAttempt(string error, DateTimeOffset now, DateTimeOffset? retryAt)
    {
        Status = retryAt is null ? MessageStatus.Failed : MessageStatus.Pending;
        LastError = error.Bounded(MaxErrorLength);
        NextAttemptAt = retryAt;
        Release(now);
    }

    /// <summary>
    /// What Notify's delivery receipt says became of the message; returns whether anything changed. Delivered is
    /// final: it wins over a failure recorded before (the person has it, so sending it again would only repeat it)
    /// and nothing moves a delivered message back. A failure applies only to a message waiting for its outcome (sent):
    /// a message an administrator has meanwhile sent again or cancelled keeps that decision, and a repeated receipt
    /// finds the message already failed and changes nothing. A message being sent right now is not for this method.
    /// </summary>
    /// <param name="completedAt">When the other side says it finished with the message; <paramref name="now"/> when it does not say.</param>
    public bool RecordDeliveryReceipt(DeliveryOutcome outcome, DateTimeOffset now, DateTimeOffset? completedAt = null)
    {
        if (Status == MessageStatus.Sending)
        {
            throw new InvalidOperationException("A message being sent has no outcome to record yet.");
        }

        if (Status == MessageStatus.Delivered)
        {
            return false;
        }

        if (outcome == DeliveryOutcome.Delivered)
        {
            Status = MessageStatus.Delivered;

            // Never before it was sent nor after we heard: a clock that disagrees with ours cannot reorder the timeline.
            DeliveredAt = completedAt is { } at && at <= now && (SentAt is null || at >= SentAt) ? at : now;
            LastError = null;
            NextAttemptAt = null;
            Release(now);
            return true;
        }

        if (Status != MessageStatus.Sent)
        {
            return false;
        }

        Status = MessageStatus.Failed;
        LastError = DeliveryOutcomes.Reason(outcome);
        NextAttemptAt = null;
        Release(now);
        return true;
    }

    /// <summary>Waiting for an administrator (failed) or still waiting (pending): either may be tried again or cancelled.</summary>
    public bool AwaitsAnAdministrator => Status is MessageStatus.Failed or MessageStatus.Pending;

    /// <summary>An administrator sends it again now, with a fresh count of attempts (its id, and so Notify's reference, stays).</summary>
    public void RetryNow(DateTimeOffset now)
    {
        if (!AwaitsAnAdministrator)
        {
            throw new DomainValidationException(nameof(Status), $"A message that is {Status.ToString().ToLowerInvariant()} cannot be tried again");
        }

        Status = MessageStatus.Pending;
        Attempts = 0;
        NextAttemptAt = now;
        Release(now);
    }

    /// <summary>An administrator decides it should not be sent. A message being sent right now cannot be stopped.</summary>
    public void Cancel(DateTimeOffset now)
    {
        if (!AwaitsAnAdministrator)
        {
            throw new DomainValidationException(nameof(Status), $"A message that is {Status.ToString().ToLowerInvariant()} cannot be cancelled");
        }

        Status = MessageStatus.Cancelled;
        NextAttemptAt = null;
        Release(now);
    }

    private void Release(DateTimeOffset now)
    {
        LeaseOwner = null;
        LeaseExpiresAt = null;
        UpdatedAt = now;
    }
}
