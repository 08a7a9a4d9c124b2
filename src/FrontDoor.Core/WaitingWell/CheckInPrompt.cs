using FrontDoor.Core.Messages;

namespace FrontDoor.Core.WaitingWell;

/// <summary>
/// A check-in texted to someone waiting for a team, for one due date. One per contact and due date (a unique index),
/// so a second run of the job, or two nodes at once, never text the same check-in twice. Only a hash of the link's
/// token is stored, so the table cannot be used to answer for someone.
/// </summary>
public sealed class CheckInPrompt
{
    public const int TokenHashLength = ReplyLinkToken.HashLength;

    public CheckInPrompt(Guid id, Guid contactId, DateTimeOffset dueAt, string tokenHash, DateTimeOffset sentAt, DateTimeOffset expiresAt)
    {
        Id = id;
        ContactId = contactId;
        DueAt = dueAt;
        TokenHash = tokenHash;
        SentAt = sentAt;
        ExpiresAt = expiresAt;
    }

    public Guid Id { get; private set; }

    public Guid ContactId { get; private set; }

    /// <summary>The check-in this prompt answers: when it fell due.</summary>
    public DateTimeOffset DueAt { get; private set; }

    /// <summary>SHA-256 of the token in the link, hex.</summary>
    public string TokenHash { get; private set; }

    /// <summary>When the text was written to the outbox.</summary>
    public DateTimeOffset SentAt { get; private set; }

    /// <summary>After this the link answers nothing.</summary>
    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    public bool IsOpenAt(DateTimeOffset now) => AnsweredAt is null && now < ExpiresAt;
}
