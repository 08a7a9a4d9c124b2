namespace FrontDoor.Core.Contacts.Email;

/// <summary>
/// An email FrontDoor has made into a contact. Its Message-ID with its <see cref="ContentHash"/> is unique: that
/// stops a message read twice, or delivered twice, from becoming a second contact, while a different email that
/// reuses a Message-ID (senders choose them) still becomes its own contact.
/// </summary>
public sealed class EmailMessage
{
    public const int MaxMessageIdLength = 998;
    public const int MaxMailboxLength = 300;
    public const int MaxSubjectLength = 500;

    public EmailMessage(Guid id, string messageId, string mailbox, long uid, string? from, string? subject, DateTimeOffset receivedAt, DateTimeOffset? sentAt, Guid contactId, string contentHash)
    {
        Id = id;
        MessageId = messageId.Length <= MaxMessageIdLength ? messageId : messageId[..MaxMessageIdLength];
        Mailbox = mailbox.Length <= MaxMailboxLength ? mailbox : mailbox[..MaxMailboxLength];
        Uid = uid;
        From = from is { Length: > 320 } ? from[..320] : from;
        Subject = subject is { Length: > MaxSubjectLength } ? subject[..MaxSubjectLength] : subject;
        ReceivedAt = receivedAt;
        SentAt = sentAt;
        ContactId = contactId;
        ContentHash = contentHash;
    }

    private EmailMessage()
    {
        MessageId = null!;
        Mailbox = null!;
    }

    public Guid Id { get; private set; }

    /// <summary>The Message-ID header, or "sha256:…" of the raw message when it has none.</summary>
    public string MessageId { get; private set; }

    /// <summary>user@host/folder the message was read from (never the password).</summary>
    public string Mailbox { get; private set; }

    /// <summary>The IMAP UID in that folder when it was read.</summary>
    public long Uid { get; private set; }

    public string? From { get; private set; }

    public string? Subject { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    /// <summary>The message's Date header.</summary>
    public DateTimeOffset? SentAt { get; private set; }

    public Guid ContactId { get; private set; }

    /// <summary>See <see cref="EmailContentHash"/>; null for emails read before hashes were kept, which count as the same content.</summary>
    public string? ContentHash { get; private set; }
}
