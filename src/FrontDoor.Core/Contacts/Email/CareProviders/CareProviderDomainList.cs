using System.Collections.Frozen;
using FrontDoor.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.Contacts.Email.CareProviders;

/// <summary>
/// The care-provider domains this node classifies with: the configured ones, fixed at start, and the ones stored from
/// the staff pages, held in memory and reloaded by <see cref="Jobs.CareProviderDomainsRefresher"/> so a domain added
/// on another node counts here within <see cref="Jobs.CareProviderDomainsRefresher.RefreshInterval"/>.
/// </summary>
public sealed class CareProviderDomainList(IEnumerable<string> configured)
{
    private volatile FrozenSet<string> _stored = FrozenSet<string>.Empty;

    /// <summary>From <c>Intake:Mailbox:CareProviderDomains</c>, as written there but trimmed, without "@" and lower case.</summary>
    public IReadOnlyList<string> Configured { get; } = [.. configured.Select(Normalise).Where(d => d.Length > 0).Distinct(StringComparer.Ordinal)];

    /// <summary>The stored domains as last read from the database.</summary>
    public IReadOnlyCollection<string> Stored => _stored;

    /// <summary>True when <paramref name="domain"/> is a listed domain or under one (mail.oakcare.co.uk under oakcare.co.uk).</summary>
    public bool Covers(string? domain) =>
        domain is not null && (Configured.Any(d => IsOrUnder(domain, d)) || _stored.Contains(domain) || _stored.Any(d => IsOrUnder(domain, d)));

    /// <summary>Reads the stored domains again: on every node on the refresher's tick, and at once on the node that changed them.</summary>
    public async Task RefreshAsync(FrontDoorDbContext db, CancellationToken cancellationToken)
    {
        var stored = await db.CareProviderDomains.AsNoTracking().Select(d => d.Domain).ToListAsync(cancellationToken);
        _stored = stored.ToFrozenSet(StringComparer.Ordinal);
    }

    public static string Normalise(string domain) => domain.Trim().TrimStart('@', '.').ToLowerInvariant();

    public static bool IsOrUnder(string domain, string parent) =>
        domain == parent || domain.EndsWith("." + parent, StringComparison.Ordinal);
}
