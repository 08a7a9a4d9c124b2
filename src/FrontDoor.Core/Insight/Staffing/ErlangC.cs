namespace FrontDoor.Core.Insight.Staffing;

/// <summary>
/// The Erlang C model (M/M/N): Poisson arrivals, exponential handling times, N advisors, callers who never give up.
/// </summary>
public static class ErlangC
{
    /// <summary>
    /// Erlang B, the blocking probability of N servers offered A Erlangs, by the recursion
    /// B(0) = 1, B(n) = A·B(n−1) / (n + A·B(n−1)): every term stays in [0, 1], so no factorial or power overflows.
    /// </summary>
    public static double ErlangB(double offeredLoad, int agents)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offeredLoad);
        ArgumentOutOfRangeException.ThrowIfNegative(agents);
        var blocking = 1.0;
        for (var n = 1; n <= agents; n++)
        {
            blocking = offeredLoad * blocking / (n + (offeredLoad * blocking));
        }

        return blocking;
    }

    /// <summary>The probability a caller waits, C(N, A) = N·B / (N − A·(1 − B)); only defined for A &lt; N.</summary>
    public static double ProbabilityOfWaiting(double offeredLoad, int agents)
    {
        if (offeredLoad >= agents)
        {
            throw new ArgumentOutOfRangeException(nameof(agents), "Erlang C needs more agents than Erlangs offered.");
        }

        if (offeredLoad == 0)
        {
            return 0;
        }

        var blocking = ErlangB(offeredLoad, agents);
        return agents * blocking / (agents - (offeredLoad * (1 - blocking)));
    }

    public static QueueForecast Forecast(QueueInputs queue)
    {
        ArgumentNullException.ThrowIfNull(queue);
        var load = queue.OfferedLoad;
        if (queue.TooFewAgents)
        {
            return QueueForecast.TooFewAgentsToKeepUp(load);
        }

        if (load == 0)
        {
            return new QueueForecast(QueueState.EnoughAgents, 0, new QueuePrediction(0, 1, 0, null));
        }

        var waiting = ProbabilityOfWaiting(load, queue.Agents);
        var spareAgents = queue.Agents - load;

        // A caller who waits waits an exponential time with rate (N − A)/AHT.
        var serviceLevel = 1 - (waiting * Math.Exp(-spareAgents * queue.AnswerWithinSeconds / queue.AverageHandlingSeconds));
        var averageSpeedOfAnswer = waiting * queue.AverageHandlingSeconds / spareAgents;
        return new QueueForecast(QueueState.EnoughAgents, load, new QueuePrediction(waiting, serviceLevel, averageSpeedOfAnswer, null));
    }
}
