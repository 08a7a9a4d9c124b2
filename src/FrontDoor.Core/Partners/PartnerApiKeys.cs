using System.Security.Cryptography;
using System.Text;
using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.Partners;

/// <summary>A new key, shown once to whoever issued it; FrontDoor keeps only its hash.</summary>
public sealed record IssuedPartnerKey(PartnerApiKey Key, string PlainTextKey);

/// <summary>Issues, checks and revokes partner API keys.</summary>
/// <param name="acceptDemoKeys">Demo mode is on: the demo keys authenticate. Off, they never do.</param>
public sealed class PartnerApiKeys(FrontDoorDbContext db, TimeProvider clock, bool acceptDemoKeys = false)
{
    /// <summary>The keys demo mode accepts, one per common partner type, so the API can be tried at once.</summary>
    public static readonly IReadOnlyList<(string Key, string PartnerName, ContactSource Source)> DemoKeys =
    [
        ("demo-police", "Demo Constabulary", ContactSource.Police),
        ("demo-ambulance", "Demo Ambulance Service", ContactSource.Ambulance),
        ("demo-gp", "Demo Surgery", ContactSource.GpOrPrimaryCare),
        ("demo-provider", "Demo Home Care", ContactSource.CareProvider),
    ];

    private const int MaxPresentedKeyLength = 200;

    private static readonly string[] DemoKeyHashes = [.. DemoKeys.Select(d => Hash(d.Key))];

    /// <summary>
    /// A new key for the partner. A partner keeps one name and one organisation type across all its keys, so a
    /// new key sees (and repeats) what the partner's earlier keys sent.
    /// </summary>
    public async Task<IssuedPartnerKey> IssueAsync(string partnerName, ContactSource source, string issuedBy, string? origin, CancellationToken cancellationToken = default)
    {
        // 32 random bytes: guessing is hopeless, so a fast hash (not a password hash) is enough to store it.
        var plainText = "fdp_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = clock.GetUtcNow();
        var key = new PartnerApiKey(Guid.CreateVersion7(now), partnerName, source, Hash(plainText), now);
        await EnsureSamePartnerAsync(key, cancellationToken);
        db.Add(key);
        new AuditLog(db, clock).Record(issuedBy, AuditAction.Created, nameof(PartnerApiKey), key.Id.ToString(), origin, $"key issued for a {source} partner");
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedPartnerKey(key, plainText);
    }

    /// <summary>Every key issued, newest first within each partner; never the key itself, which is not kept.</summary>
    public async Task<IReadOnlyList<PartnerKeySummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var keys = await db.PartnerApiKeys.AsNoTracking()
            .Select(k => new PartnerKeySummary(
                k.Id,
                k.PartnerName,
                k.Source,
                k.CreatedAt,
                k.LastUsedAt,
                db.PartnerContacts.Where(p => p.KeyId == k.Id).Max(p => (DateTimeOffset?)p.ReceivedAt),
                k.RevokedAt,
                k.IsDemo))
            .ToListAsync(cancellationToken);
        return keys.OrderBy(k => k.PartnerName, StringComparer.OrdinalIgnoreCase).ThenByDescending(k => k.CreatedAt).ToList();
    }

    /// <summary>The partner holding this key, or null when the key is unknown or revoked.</summary>
    public async Task<PartnerIdentity?> AuthenticateAsync(string? presentedKey, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(presentedKey) || presentedKey.Length > MaxPresentedKeyLength)
        {
            return null;
        }

        var hash = Hash(presentedKey.Trim());

        // By hash, not by the stored flag (which is for the list), so a row an older version wrote unflagged is refused too.
        if (!acceptDemoKeys && DemoKeyHashes.Contains(hash))
        {
            return null;
        }

        var found = await db.PartnerApiKeys.AsNoTracking()
            .Where(k => k.KeyHash == hash && k.RevokedAt == null)
            .Select(k => new { Identity = new PartnerIdentity(k.Id, k.PartnerName, k.Source), k.LastUsedAt })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var stale = now - PartnerApiKey.LastUsedPrecision;
        if (found.LastUsedAt is not { } lastUsed || lastUsed <= stale)
        {
            // Conditional, so concurrent requests on several nodes write once between them.
            await db.PartnerApiKeys
                .Where(k => k.Id == found.Identity.KeyId && (k.LastUsedAt == null || k.LastUsedAt <= stale))
                .ExecuteUpdateAsync(set => set.SetProperty(k => k.LastUsedAt, now), cancellationToken);
        }

        return found.Identity;
    }

    /// <summary>Stops the key working at once. Revoking is for good: an unknown or already revoked key is refused.</summary>
    public async Task<PartnerApiKey> RevokeAsync(Guid keyId, string revokedBy, string? origin, CancellationToken cancellationToken = default)
    {
        var key = await db.PartnerApiKeys.SingleOrDefaultAsync(k => k.Id == keyId, cancellationToken)
            ?? throw new DomainValidationException(nameof(keyId), $"There is no partner key with the id {keyId}");
        key.Revoke(clock.GetUtcNow());
        new AuditLog(db, clock).Record(revokedBy, AuditAction.Updated, nameof(PartnerApiKey), key.Id.ToString(), origin, "key revoked");
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    /// <summary>Adds the demo keys that are missing; running it again adds nothing.</summary>
    public async Task<int> EnsureDemoKeysAsync(CancellationToken cancellationToken = default)
    {
        var present = await db.PartnerApiKeys.Where(k => DemoKeyHashes.Contains(k.KeyHash)).Select(k => k.KeyHash).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var added = 0;
        foreach (var (key, name, source) in DemoKeys)
        {
            if (!present.Contains(Hash(key)))
            {
                db.Add(new PartnerApiKey(Guid.CreateVersion7(now), name, source, Hash(key), now, isDemo: true));
                added++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return added;
    }

    /// <summary>Lower-case hex SHA-256 of the key's UTF-8 bytes.</summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    // Contacts and idempotency keys belong to the partner's exact name: a near miss would start a second partner.
    private async Task EnsureSamePartnerAsync(PartnerApiKey key, CancellationToken cancellationToken)
    {
        // A council has tens of partners, not thousands: comparing in memory keeps the rule the same on both providers.
        var partners = await db.PartnerApiKeys.AsNoTracking().Select(k => new { k.PartnerName, k.Source }).Distinct().ToListAsync(cancellationToken);
        var existing = partners.FirstOrDefault(p => p.PartnerName == key.PartnerName)
            ?? partners.FirstOrDefault(p => string.Equals(p.PartnerName, key.PartnerName, StringComparison.OrdinalIgnoreCase));
        if (existing is null)
        {
            return;
        }

        if (!string.Equals(existing.PartnerName, key.PartnerName, StringComparison.Ordinal))
        {
            throw new DomainValidationException(nameof(PartnerApiKey.PartnerName),
                $"A partner is already called '{existing.PartnerName}': use exactly that name, so the new key sees what the partner has sent");
        }

        if (existing.Source != key.Source)
        {
            throw new DomainValidationException(nameof(PartnerApiKey.Source),
                $"{existing.PartnerName} already holds keys as a {PartnerOrganisationTypes.NameOf(existing.Source)} partner; a partner keeps one organisation type");
        }
    }
}

/// <summary>What an administrator sees of a key. The last referral is the last contact sent with it (reads are not tracked).</summary>
/// <param name="IsDemo">A published demo key, accepted only in demo mode.</param>
public sealed record PartnerKeySummary(Guid Id, string PartnerName, ContactSource Source, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, DateTimeOffset? LastReferralAt, DateTimeOffset? RevokedAt, bool IsDemo)
{
    public bool IsRevoked => RevokedAt is not null;
}
