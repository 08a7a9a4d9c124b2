using FrontDoor.Core.Data;
using FrontDoor.Core.People.Matching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FrontDoor.Core.Jobs;

/// <summary>
/// Builds this node's person index when the app starts, then catches up with other nodes' changes on an interval.
/// Every node keeps its own index in memory, so this job takes no lease.
/// </summary>
public sealed partial class PersonIndexSynchroniser(
    PersonIndexHost host,
    IOptions<PersonMatchingOptions> options,
    TimeProvider clock,
    ILogger<PersonIndexSynchroniser> logger) : IRecurringJob
{
    public string Name => "person index synchronisation";

    public TimeSpan Interval => options.Value.RefreshInterval;

    public bool RunsAtStart => true;

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<FrontDoorDbContext>();

        // A database that is down at start-up must not take the web node down with it: the next tick builds it.
        if (!host.IsReady)
        {
            var started = clock.GetTimestamp();
            await host.RebuildAsync(db, cancellationToken);
            var seconds = clock.GetElapsedTime(started).TotalSeconds;
            LogBuilt(logger, seconds);
            return;
        }

        // A missed catch-up is retried on the next tick; matching keeps working on what it has.
        await host.CatchUpAsync(db, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Person index built in {Seconds:0.0} s")]
    private static partial void LogBuilt(ILogger logger, double seconds);
}
