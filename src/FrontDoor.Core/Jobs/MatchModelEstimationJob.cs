using FrontDoor.Core.Data;
using FrontDoor.Core.People.Matching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FrontDoor.Core.Jobs;

/// <summary>
/// Re-estimates the match model from the people on record every <c>Matching:ModelEstimationInterval</c>, so weights
/// follow the index as it grows without estimating at every start. One node does it, under a lease; the others pick
/// the new model up on their next catch-up.
/// </summary>
public sealed partial class MatchModelEstimationJob(
    PersonIndexHost host,
    NodeIdentity node,
    IOptions<PersonMatchingOptions> options,
    TimeProvider clock,
    ILogger<MatchModelEstimationJob> logger) : IRecurringJob
{
    public const string LeaseName = "match-model-estimation";

    /// <summary>Long enough for a million people (under a minute) with room; a node that dies frees it when it runs out.</summary>
    public static readonly TimeSpan LeaseDuration = TimeSpan.FromMinutes(30);

    public string Name => "match model estimation";

    public TimeSpan Interval => options.Value.ModelEstimationInterval;

    public bool RunsAtStart => false;

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<FrontDoorDbContext>();

        // Every node ticks; a model another node stored within the interval is fresh enough.
        if (await MatchModelStore.LatestAsync(db, cancellationToken) is { } latest && latest.EstimatedAt > clock.GetUtcNow() - (Interval / 2))
        {
            return;
        }

        var leases = services.GetRequiredService<JobLeases>();
        if (!await leases.TryAcquireAsync(LeaseName, node.Id, LeaseDuration, cancellationToken))
        {
            return;
        }

        try
        {
            var stored = await services.GetRequiredService<MatchModelStore>().EstimateAsync(cancellationToken);
            await host.CatchUpAsync(db, cancellationToken);
            LogEstimated(logger, stored.Records, stored.Source);
        }
        finally
        {
            await leases.ReleaseAsync(LeaseName, node.Id, CancellationToken.None);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Match model re-estimated from {Records} people: {Source}")]
    private static partial void LogEstimated(ILogger logger, int records, string source);
}
