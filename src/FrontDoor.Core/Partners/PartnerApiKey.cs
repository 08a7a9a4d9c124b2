using System.Globalization;
using FrontDoor.Core.Contacts;

namespace FrontDoor.Core.Partners;

/// <summary>
/// One partner system's key to the partner API. Only the SHA-256 of the key is kept: a copy of the database
/// cannot be used to send referrals. A partner may hold several keys (while rotating); contacts and
/// idempotency keys belong to the partner, so a new key still sees what the old one sent.
/// </summary>
public sealed class PartnerApiKey
{
    public const int MaxPartnerNameLength = 200;

    public PartnerApiKey(Guid id, string partnerName, ContactSource source, string keyHash, DateTimeOffset createdAt, bool isDemo = false)
    {
        var name = partnerName?.Trim() ?? string.Empty;
        if (name.Length is 0 or > MaxPartnerNameLength)
        {
            throw new DomainValidationException(nameof(PartnerName), $"Enter the partner's name, {MaxPartnerNameLength} characters or fewer");
        }

        if (!IsPartnerSource(source))
        {
            throw new DomainValidationException(nameof(Source), "A partner is police, ambulance, GP or primary care, a care provider, a hospital or another professional");
        }

        Id = id;
        PartnerName = name;
        Source = source;
        KeyHash = keyHash;
        CreatedAt = createdAt;
        IsDemo = isDemo;
    }

    private PartnerApiKey()
    {
        PartnerName = null!;
        KeyHash = null!;
    }

    public Guid Id { get; private set; }

    public string PartnerName { get; private set; }

    /// <summary>What kind of sender the partner is; their contacts carry it and are scored by its e-form's rules.</summary>
    public ContactSource Source { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the key.</summary>
    public string KeyHash { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>
    /// One of the published demo keys (<c>demo-police</c>, …): anyone can read them in the README, so they work only
    /// while demo mode is on, even in a database that demo mode once seeded.
    /// </summary>
    public bool IsDemo { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    /// <summary>
    /// When a request last came with this key (to the minute: <see cref="LastUsedPrecision"/>), so an administrator
    /// can see which keys are idle before revoking them.
    /// </summary>
    public DateTimeOffset? LastUsedAt { get; private set; }

    /// <summary>A busy partner's every request does not write: the time is moved on at most once a minute.</summary>
    public static TimeSpan LastUsedPrecision { get; } = TimeSpan.FromMinutes(1);

    public bool IsRevoked => RevokedAt is not null;

    /// <summary>For good: a revoked key is never reinstated, and revoking it again is a mistake worth saying.</summary>
    public void Revoke(DateTimeOffset now)
    {
        if (RevokedAt is { } revokedAt)
        {
            throw new DomainValidationException(nameof(RevokedAt),
                string.Create(CultureInfo.InvariantCulture, $"Partner key {Id} ({PartnerName}) was already revoked at {revokedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC"));
        }

        RevokedAt = now;
    }

    public static bool IsPartnerSource(ContactSource source) => source is
        ContactSource.Police or ContactSource.Ambulance or ContactSource.GpOrPrimaryCare
        or ContactSource.CareProvider or ContactSource.Hospital or ContactSource.OtherProfessional;
}

/// <summary>Who is calling the partner API, once their key checked out.</summary>
public sealed record PartnerIdentity(Guid KeyId, string PartnerName, ContactSource Source)
{
    /// <summary>The audit trail's actor for everything the partner does.</summary>
    public string Actor => $"partner:{PartnerName}";
}
