using FrontDoor.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDoor.Core.Jobs;

/// <summary>
/// Deletes expired cache values: an abandoned request for help holds someone's story, and must not outlive its two
/// hours by more than a sweep. Needs no lease: any node may sweep, and deleting what another already deleted is harmless.
/// </summary>
public sealed class CacheEntrySweeper(TimeProvider clock) : IRecurringJob
{
    public string Name => "expired cache sweep";

    public TimeSpan Interval { get; } = TimeSpan.FromMinutes(5);

    public bool RunsAtStart => false;

    /// <summary>Deletes every value that has expired; the number deleted.</summary>
    public static Task<int> SweepAsync(FrontDoorDbContext db, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.CacheEntries.Where(e => e.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);

    public Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        SweepAsync(services.GetRequiredService<FrontDoorDbContext>(), clock.GetUtcNow(), cancellationToken);
}
