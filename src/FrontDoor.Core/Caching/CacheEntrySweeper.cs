using FrontDoor.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FrontDoor.Core.Caching;

/// <summary>
/// Deletes expired cache values: an abandoned request for help holds someone's story, and must not outlive its two
/// hours by more than a sweep. Any node may sweep; deleting what another node already deleted is harmless.
/// </summary>
public sealed partial class CacheEntrySweeper(IServiceScopeFactory scopes, TimeProvider clock, ILogger<CacheEntrySweeper> logger) : BackgroundService
{
    public static TimeSpan Interval { get; } = TimeSpan.FromMinutes(5);

    /// <summary>Deletes every value that has expired; the number deleted.</summary>
    public static Task<int> SweepAsync(FrontDoorDbContext db, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.CacheEntries.Where(e => e.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await SweepAsync(scope.ServiceProvider.GetRequiredService<FrontDoorDbContext>(), clock.GetUtcNow(), stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogSweepFailed(logger, ex.GetType().Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sweep of expired cache values failed ({Error}); retrying on the next tick")]
    private static partial void LogSweepFailed(ILogger logger, string error);
}
