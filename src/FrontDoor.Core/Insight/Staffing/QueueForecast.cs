namespace FrontDoor.Core.Insight.Staffing;

public enum QueueState
{
    /// <summary>The advisors can keep up with the calls offered.</summary>
    EnoughAgents,

    /// <summary>
    /// Offered load at or above the advisors. Without abandonment no figure exists (the queue grows for ever);
    /// with abandonment the figures are what happens when callers give up instead.
    /// </summary>
    TooFewAgents,
}

/// <summary>
/// What a queue model predicts for an interval. Shares are fractions 0–1 of the calls offered.
/// <see cref="Prediction"/> is null when the model has no answer: Erlang C with too few agents.
/// </summary>
public sealed record QueueForecast(QueueState State, double OfferedLoad, QueuePrediction? Prediction)
{
    /// <summary>Erlang A when the callers' patience is known, else Erlang C.</summary>
    public static QueueForecast For(QueueInputs queue)
    {
        ArgumentNullException.ThrowIfNull(queue);
        return queue.AveragePatienceSeconds is null ? ErlangC.Forecast(queue) : ErlangA.Forecast(queue);
    }

    public static QueueForecast TooFewAgentsToKeepUp(double offeredLoad) => new(QueueState.TooFewAgents, offeredLoad, null);
}

/// <param name="ProbabilityOfWaiting">Share of callers who find every advisor busy.</param>
/// <param name="ServiceLevel">Share of callers answered within the target time (callers who give up count as not answered).</param>
/// <param name="AverageSpeedOfAnswerSeconds">Mean queue time of the callers who are answered, those answered at once included.</param>
/// <param name="AbandonRate">Share of callers who give up before an answer; null under Erlang C, where no one does.</param>
public sealed record QueuePrediction(double ProbabilityOfWaiting, double ServiceLevel, double AverageSpeedOfAnswerSeconds, double? AbandonRate)
{
    /// <summary>Share of callers who reach an advisor.</summary>
    public double AnswerRate => 1 - (AbandonRate ?? 0);
}
