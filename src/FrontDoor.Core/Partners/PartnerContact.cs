namespace FrontDoor.Core.Partners;

/// <summary>
/// Which partner sent a contact through the API, with the Idempotency-Key they sent it under and the body's
/// <see cref="BodyFingerprint"/>, so a repeat returns the same contact and a reused key with another body is refused.
/// </summary>
public sealed class PartnerContact
{
    public const int MaxIdempotencyKeyLength = 200;

    public PartnerContact(Guid contactId, PartnerIdentity partner, string? idempotencyKey, string bodySha256, DateTimeOffset receivedAt)
    {
        ContactId = contactId;
        PartnerName = partner.PartnerName;
        KeyId = partner.KeyId;
        IdempotencyKey = idempotencyKey;
        BodySha256 = bodySha256;
        ReceivedAt = receivedAt;
    }

    private PartnerContact()
    {
        PartnerName = null!;
        BodySha256 = null!;
    }

    public Guid ContactId { get; private set; }

    /// <summary>The partner, not the key: a rotated key still sees, and repeats, what the old one sent.</summary>
    public string PartnerName { get; private set; }

    /// <summary>The key that sent it, for tracing a leaked key's use.</summary>
    public Guid KeyId { get; private set; }

    public string? IdempotencyKey { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the request body as received.</summary>
    public string BodySha256 { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }
}
