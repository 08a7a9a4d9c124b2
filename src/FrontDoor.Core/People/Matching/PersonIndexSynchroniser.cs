using FrontDoor.Core.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FrontDoor.Core.People.Matching;

/// <summary>Builds the person index when the app starts, then catches up with other nodes' changes on an interval.</summary>
public sealed partial class PersonIndexSynchroniser(
    PersonIndexHost host,
    IServiceScopeFactory scopes,
    IOptions<PersonMatchingOptions> options,
    TimeProvider clock,
    ILogger<PersonIndexSynchroniser> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RefreshInterval, clock);

        // A database that is down at start-up must not take the web node down with it: keep trying.
        while (!host.IsReady)
        {
            try
            {
                var started = clock.GetTimestamp();
                await using var scope = scopes.CreateAsyncScope();
                await host.RebuildAsync(scope.ServiceProvider.GetRequiredService<FrontDoorDbContext>(), stoppingToken);
                var seconds = clock.GetElapsedTime(started).TotalSeconds;
                LogBuilt(logger, seconds);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogBuildFailed(logger, ex.GetType().Name);
                await timer.WaitForNextTickAsync(stoppingToken);
            }
        }

        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await host.CatchUpAsync(scope.ServiceProvider.GetRequiredService<FrontDoorDbContext>(), stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A missed catch-up is retried on the next tick; matching keeps working on what it has.
                LogCatchUpFailed(logger, ex.GetType().Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Person index built in {Seconds:0.0} s")]
    private static partial void LogBuilt(ILogger logger, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Person index could not be built ({Error}); retrying on the next tick")]
    private static partial void LogBuildFailed(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Person index catch-up failed ({Error}); retrying on the next tick")]
    private static partial void LogCatchUpFailed(ILogger logger, string error);
}
