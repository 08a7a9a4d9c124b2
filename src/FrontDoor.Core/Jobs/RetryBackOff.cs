namespace FrontDoor.Core.Jobs;

/// <summary>The wait before retrying work that failed: doubling from the first wait, capped, with jitter.</summary>
public static class RetryBackOff
{
    /// <summary>
    /// The wait once <paramref name="attemptsSoFar"/> have failed. Up to a fifth is added at random
    /// (<paramref name="jitter"/> from 0 to 1) so work that failed together (an outage) does not all return at once.
    /// </summary>
    public static TimeSpan Wait(TimeSpan first, TimeSpan longest, int attemptsSoFar, double jitter)
    {
        var doublings = Math.Clamp(attemptsSoFar - 1, 0, 30);
        var wait = Math.Min(first.TotalSeconds * Math.Pow(2, doublings), longest.TotalSeconds);
        return TimeSpan.FromSeconds(wait * (1 + (0.2 * Math.Clamp(jitter, 0, 1))));
    }
}
