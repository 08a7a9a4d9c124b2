using FrontDoor.Core.Data;
using FrontDoor.Core.People.Matching;
using FrontDoor.Matching.Linking;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FrontDoor.Core.Jobs;

/// <summary>
/// Runs the duplicate checks managers ask for (<see cref="DuplicateChecks"/>). Every node looks every few seconds;
/// the one that takes the check's lease runs it, writing its progress to the run for the status page. A run whose
/// node died stops beating, and once its lease has run out the next node starts it again.
/// </summary>
public sealed partial class RequestedDuplicateCheckJob(IServiceScopeFactory scopes, NodeIdentity node, TimeProvider clock, ILogger<RequestedDuplicateCheckJob> logger) : IRecurringJob
{
    public const string LeaseName = "duplicate-check";

    /// <summary>How long the lease lasts unrenewed, and so how long a dead node's run waits before another node restarts it.</summary>
    public static readonly TimeSpan LeaseDuration = TimeSpan.FromMinutes(2);

    /// <summary>How often a running check writes its progress and renews its lease.</summary>
    public static readonly TimeSpan HeartbeatInterval = TimeSpan.FromSeconds(2);

    public string Name => "requested duplicate check";

    public TimeSpan Interval { get; } = TimeSpan.FromSeconds(5);

    public bool RunsAtStart => true;

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<FrontDoorDbContext>();
        var now = clock.GetUtcNow();

        // Most ticks find nothing asked for, and take no lease.
        var run = await Due(db, now).OrderBy(r => r.RequestedAt).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(cancellationToken);
        if (run is not { } runId)
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
            var claimed = await Due(db, now).Where(r => r.Id == runId).ExecuteUpdateAsync(
                set => set.SetProperty(r => r.State, DuplicateCheckState.Running)
                    .SetProperty(r => r.StartedAt, now)
                    .SetProperty(r => r.HeartbeatAt, now)
                    .SetProperty(r => r.Stage, (string?)null)
                    .SetProperty(r => r.Done, 0)
                    .SetProperty(r => r.Total, 0),
                cancellationToken);
            if (claimed == 1)
            {
                await RunClaimedAsync(services, runId, cancellationToken);
            }
        }
        finally
        {
            await leases.ReleaseAsync(LeaseName, node.Id, CancellationToken.None);
        }
    }

    /// <summary>Runs asked for and not started, or started on a node that has stopped beating.</summary>
    private static IQueryable<DuplicateCheckRun> Due(FrontDoorDbContext db, DateTimeOffset now)
    {
        var silentSince = now - LeaseDuration;
        return db.DuplicateCheckRuns.Where(r => r.State == DuplicateCheckState.Waiting || (r.State == DuplicateCheckState.Running && r.HeartbeatAt < silentSince));
    }

    private async Task RunClaimedAsync(IServiceProvider services, Guid runId, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<FrontDoorDbContext>();
        var progress = new LatestProgress();
        using var stopBeating = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var heartbeat = BeatAsync(runId, progress, stopBeating.Token);
        try
        {
            var summary = await services.GetRequiredService<DuplicatePeopleCheck>().RunAsync(progress, cancellationToken);
            var finishedAt = clock.GetUtcNow();
            var outcome = summary.ToString().Bounded(DuplicateCheckRun.MaxOutcomeLength);
            await db.DuplicateCheckRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(
                set => set.SetProperty(r => r.State, DuplicateCheckState.Finished)
                    .SetProperty(r => r.FinishedAt, finishedAt)
                    .SetProperty(r => r.HeartbeatAt, finishedAt)
                    .SetProperty(r => r.Stage, (string?)null)
                    .SetProperty(r => r.Outcome, outcome),
                CancellationToken.None);
            LogFinished(logger, summary.ProbableDuplicates);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The exception's type only: its message could quote a record.
            var failedAt = clock.GetUtcNow();
            var failure = ex.GetType().Name;
            await db.DuplicateCheckRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(
                set => set.SetProperty(r => r.State, DuplicateCheckState.Failed)
                    .SetProperty(r => r.FinishedAt, failedAt)
                    .SetProperty(r => r.Outcome, failure),
                CancellationToken.None);
            LogFailed(logger, failure);
        }
        finally
        {
            // A late beat changes nothing once the run is finished or failed. Shutting down mid-check leaves the run
            // "running" with no heartbeat: another node restarts it.
            await stopBeating.CancelAsync();
            await heartbeat;
        }
    }

    /// <summary>Writes the latest progress and renews the lease on its own DbContext, since the check's is busy.</summary>
    private async Task BeatAsync(Guid runId, LatestProgress progress, CancellationToken stop)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<FrontDoorDbContext>();
            var leases = scope.ServiceProvider.GetRequiredService<JobLeases>();
            while (!stop.IsCancellationRequested)
            {
                await Task.Delay(HeartbeatInterval, clock, stop);
                var now = clock.GetUtcNow();
                var (stage, done, total) = progress.Latest;
                var stageText = stage?.Bounded(DuplicateCheckRun.MaxStageLength);
                await db.DuplicateCheckRuns.Where(r => r.Id == runId && r.State == DuplicateCheckState.Running).ExecuteUpdateAsync(
                    set => set.SetProperty(r => r.HeartbeatAt, now)
                        .SetProperty(r => r.Stage, stageText)
                        .SetProperty(r => r.Done, done)
                        .SetProperty(r => r.Total, total),
                    stop);
                await leases.TryAcquireAsync(LeaseName, node.Id, LeaseDuration, stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The check has finished (or the node is stopping).
        }
        catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            // A missed beat costs only a stale progress figure; the check itself carries on.
            LogHeartbeatFailed(logger, ex.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Requested duplicate check finished: {Pairs} probable duplicates")]
    private static partial void LogFinished(ILogger logger, int pairs);

    [LoggerMessage(Level = LogLevel.Error, Message = "Requested duplicate check failed ({ExceptionType})")]
    private static partial void LogFailed(ILogger logger, string exceptionType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Requested duplicate check could not write its progress ({ExceptionType})")]
    private static partial void LogHeartbeatFailed(ILogger logger, string exceptionType);

    /// <summary>The engine reports from its worker threads; the heartbeat reads the latest report.</summary>
    private sealed class LatestProgress : IProgress<LinkProgress>
    {
        private volatile Snapshot _latest = new(null, 0, 0);

        public Snapshot Latest => _latest;

        public void Report(LinkProgress value) => _latest = new Snapshot(value.Stage, value.Done, value.Total);
    }

    private sealed record Snapshot(string? Stage, long Done, long Total);
}
