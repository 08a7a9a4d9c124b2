namespace FrontDoor.Core.Jobs;

/// <summary>
/// A piece of background work that runs every <see cref="Interval"/> on every web node. Work that must not be
/// done twice claims it with a lease (<see cref="JobLeases"/>, or a row lease such as the stuck-contact claim),
/// because every node runs every job.
/// </summary>
public interface IRecurringJob
{
    /// <summary>How the job is named in logs.</summary>
    string Name { get; }

    TimeSpan Interval { get; }

    /// <summary>True to run once as soon as the node starts, rather than after the first interval.</summary>
    bool RunsAtStart { get; }

    /// <summary>One run, in its own scope (its own DbContext). A failure is logged by the runner and the next tick tries again.</summary>
    Task RunAsync(IServiceProvider services, CancellationToken cancellationToken);
}
