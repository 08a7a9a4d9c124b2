namespace FrontDoor.Core.Contacts.Intake;

/// <summary>What arrived, byte for byte, before anything interpreted it: the proof of what the sender sent.</summary>
public sealed class RawSubmission
{
    public const int MaxContentTypeLength = 200;

    public RawSubmission(Guid id, Guid contactId, ContactChannel channel, DateTimeOffset receivedAt, string contentType, byte[] bytes)
    {
        Id = id;
        ContactId = contactId;
        Channel = channel;
        ReceivedAt = receivedAt;
        ContentType = string.IsNullOrWhiteSpace(contentType) ? "application/octet-stream" : contentType.Trim();
        Bytes = bytes;
    }

    private RawSubmission()
    {
        ContentType = null!;
        Bytes = null!;
    }

    public Guid Id { get; private set; }

    public Guid ContactId { get; private set; }

    public ContactChannel Channel { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public string ContentType { get; private set; }

    public byte[] Bytes { get; private set; }
}
