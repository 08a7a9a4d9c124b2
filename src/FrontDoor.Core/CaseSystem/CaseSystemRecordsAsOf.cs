using Microsoft.Extensions.DependencyInjection;

namespace FrontDoor.Core.CaseSystem;

/// <summary>
/// How current the case-system records advisors see are: when the last allocations import finished (people, if no
/// allocations import ever has). Pages that show an allocation ask on every request, so the answer is kept for
/// <see cref="CachedFor"/> rather than read from the database each time.
/// </summary>
public sealed class CaseSystemRecordsAsOf(IServiceScopeFactory scopes, TimeProvider clock)
{
    public static readonly TimeSpan CachedFor = TimeSpan.FromSeconds(30);

    private Known? _known;

    /// <summary>Null when no allocations or people import has ever completed.</summary>
    public async Task<DateTimeOffset?> GetAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (Volatile.Read(ref _known) is { } known && now - known.ReadAt < CachedFor && now >= known.ReadAt)
        {
            return known.AsOf;
        }

        await using var scope = scopes.CreateAsyncScope();
        var finished = await scope.ServiceProvider.GetRequiredService<CaseSystemImportReports>().LastCompletedAsync(cancellationToken);
        DateTimeOffset? asOf = finished.TryGetValue(CaseSystemFileKind.Allocations, out var allocations) ? allocations
            : finished.TryGetValue(CaseSystemFileKind.People, out var people) ? people
            : null;
        Volatile.Write(ref _known, new Known(asOf, now));
        return asOf;
    }

    /// <summary>An import finished on this node: read afresh next time.</summary>
    public void Forget() => Volatile.Write(ref _known, null);

    private sealed record Known(DateTimeOffset? AsOf, DateTimeOffset ReadAt);
}
