namespace FrontDoor.Core.Telephony;

/// <summary>
/// One call offered to the contact centre, as the telephony platform recorded it: either answered by an agent
/// or abandoned in the queue. These feed the call-handling KPIs (answer rate, queue time).
/// </summary>
public sealed class CallRecord
{
    public const int MaxCallIdLength = 100;

    public CallRecord(Guid id, string callId, DateTimeOffset offeredAt, DateTimeOffset? answeredAt, DateTimeOffset? abandonedAt,
        int queueSeconds, int talkSeconds, string? ivrOption, string? agent, DateTimeOffset importedAt, Guid? importId = null)
    {
        if (string.IsNullOrWhiteSpace(callId) || callId.Length > MaxCallIdLength)
        {
            throw new DomainValidationException("call_id", $"call_id must be 1 to {MaxCallIdLength} characters");
        }

        if ((answeredAt is null) == (abandonedAt is null))
        {
            throw new DomainValidationException("answered_at", "exactly one of answered_at and abandoned_at must be given");
        }

        if ((answeredAt ?? abandonedAt) < offeredAt)
        {
            throw new DomainValidationException(answeredAt is null ? "abandoned_at" : "answered_at", "the call cannot end its queue before it was offered");
        }

        if (queueSeconds < 0)
        {
            throw new DomainValidationException("queue_seconds", "queue_seconds cannot be negative");
        }

        if (talkSeconds < 0)
        {
            throw new DomainValidationException("talk_seconds", "talk_seconds cannot be negative");
        }

        if (abandonedAt is not null && talkSeconds != 0)
        {
            throw new DomainValidationException("talk_seconds", "an abandoned call has no talk time");
        }

        Id = id;
        CallId = callId.Trim();
        OfferedAt = offeredAt;
        AnsweredAt = answeredAt;
        AbandonedAt = abandonedAt;
        QueueSeconds = queueSeconds;
        TalkSeconds = talkSeconds;
        IvrOption = string.IsNullOrWhiteSpace(ivrOption) ? null : ivrOption.Trim();
        Agent = string.IsNullOrWhiteSpace(agent) ? null : agent.Trim();
        ImportedAt = importedAt;
        ImportId = importId;
    }

    private CallRecord()
    {
        CallId = null!;
    }

    public Guid Id { get; private set; }

    /// <summary>The telephony platform's own identifier; importing the same call twice is a no-op.</summary>
    public string CallId { get; private set; }

    public DateTimeOffset OfferedAt { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    public DateTimeOffset? AbandonedAt { get; private set; }

    public int QueueSeconds { get; private set; }

    public int TalkSeconds { get; private set; }

    /// <summary>The IVR menu choice the caller made, which says what the call was about.</summary>
    public string? IvrOption { get; private set; }

    /// <summary>The agent's identifier in the telephony platform (not a name).</summary>
    public string? Agent { get; private set; }

    public DateTimeOffset ImportedAt { get; private set; }

    /// <summary>The <see cref="CallImport"/> that brought it in; null for calls imported before imports were recorded.</summary>
    public Guid? ImportId { get; private set; }

    public bool Answered => AnsweredAt is not null;
}
