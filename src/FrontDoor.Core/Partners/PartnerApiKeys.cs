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
public sealed class PartnerApiKeys(FrontDoorDbContext db, TimeProvider clock)
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

    public async Task<IssuedPartnerKey> IssueAsync(string partnerName, ContactSource source, string issuedBy, CancellationToken cancellationToken = default)
    {
        // 32 random bytes: guessing is hopeless, so a fast hash (not a password hash) is enough to store it.
        var plainText = "fdp_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = clock.GetUtcNow();
        var key = new PartnerApiKey(Guid.CreateVersion7(now), partnerName, source, Hash(plainText), now);
        db.Add(key);
        new AuditLog(db, clock).Record(issuedBy, AuditAction.Created, nameof(PartnerApiKey), key.Id.ToString(), null, $"key issued for a {source} partner");
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedPartnerKey(key, plainText);
    }

    /// <summary>The partner holding this key, or null when the key is unknown or revoked.</summary>
    public async Task<PartnerIdentity?> AuthenticateAsync(string? presentedKey, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(presentedKey) || presentedKey.Length > MaxPresentedKeyLength)
        {
            return null;
        }

        var hash = Hash(presentedKey.Trim());
        return await db.PartnerApiKeys.AsNoTracking()
            .Where(k => k.KeyHash == hash && k.RevokedAt == null)
            .Select(k => new PartnerIdentity(k.Id, k.PartnerName, k.Source))
            .FirstOrDefaultAsync(cancellationToken);
    }

    public async Task RevokeAsync(Guid keyId, string revokedBy, CancellationToken cancellationToken = default)
    {
        var key = await db.PartnerApiKeys.SingleOrDefaultAsync(k => k.Id == keyId, cancellationToken)
            ?? throw new DomainValidationException(nameof(keyId), "There is no partner key with that id");
        key.Revoke(clock.GetUtcNow());
        new AuditLog(db, clock).Record(revokedBy, AuditAction.Updated, nameof(PartnerApiKey), key.Id.ToString(), null, "key revoked");
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Adds the demo keys that are missing; running it again adds nothing.</summary>
    public async Task<int> EnsureDemoKeysAsync(CancellationToken cancellationToken = default)
    {
        var hashes = DemoKeys.Select(d => Hash(d.Key)).ToList();
        var present = await db.PartnerApiKeys.Where(k => hashes.Contains(k.KeyHash)).Select(k => k.KeyHash).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var added = 0;
        foreach (var (key, name, source) in DemoKeys)
        {
            if (!present.Contains(Hash(key)))
            {
                db.Add(new PartnerApiKey(Guid.CreateVersion7(now), name, source, Hash(key), now));
                added++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return added;
    }

    /// <summary>Lower-case hex SHA-256 of the key's UTF-8 bytes.</summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
