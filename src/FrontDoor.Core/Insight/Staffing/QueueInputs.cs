namespace FrontDoor.Core.Insight.Staffing;

/// <summary>
/// One interval's call queue as the staffing models see it: calls arriving at random (Poisson) at a steady rate,
/// handled by <see cref="Agents"/> advisors in <see cref="AverageHandlingSeconds"/> on average, and a target of
/// answering within <see cref="AnswerWithinSeconds"/>. With <see cref="AveragePatienceSeconds"/> callers give up
/// after that long on average (Erlang A); without it they wait for ever (Erlang C).
/// </summary>
public sealed record QueueInputs
{
    public const double MostArrivalsPerHour = 100_000;
    public const double LongestSeconds = 86_400;
    public const int MostAgents = 10_000;

    public QueueInputs(double arrivalsPerHour, double averageHandlingSeconds, int agents, double answerWithinSeconds, double? averagePatienceSeconds = null)
    {
        if (!double.IsFinite(arrivalsPerHour) || arrivalsPerHour is < 0 or > MostArrivalsPerHour)
        {
            throw new DomainValidationException("arrivals_per_hour", $"arrivals per hour must be between 0 and {MostArrivalsPerHour:N0}");
        }

        if (!double.IsFinite(averageHandlingSeconds) || averageHandlingSeconds is <= 0 or > LongestSeconds)
        {
            throw new DomainValidationException("aht_seconds", $"the average handling time must be more than 0 and at most {LongestSeconds:N0} seconds");
        }

        if (agents is < 0 or > MostAgents)
        {
            throw new DomainValidationException("agents", $"agents must be between 0 and {MostAgents:N0}");
        }

        if (!double.IsFinite(answerWithinSeconds) || answerWithinSeconds is < 0 or > LongestSeconds)
        {
            throw new DomainValidationException("answer_within_seconds", $"the answer time must be between 0 and {LongestSeconds:N0} seconds");
        }

        if (averagePatienceSeconds is { } patience && (!double.IsFinite(patience) || patience is <= 0 or > LongestSeconds))
        {
            throw new DomainValidationException("patience_seconds", $"the average patience must be more than 0 and at most {LongestSeconds:N0} seconds");
        }

        ArrivalsPerHour = arrivalsPerHour;
        AverageHandlingSeconds = averageHandlingSeconds;
        Agents = agents;
        AnswerWithinSeconds = answerWithinSeconds;
        AveragePatienceSeconds = averagePatienceSeconds;
    }

    public double ArrivalsPerHour { get; }

    public double AverageHandlingSeconds { get; }

    public int Agents { get; }

    public double AnswerWithinSeconds { get; }

    public double? AveragePatienceSeconds { get; }

    /// <summary>The work arriving, in Erlangs: how many advisors would be busy all the time if no one ever waited.</summary>
    public double OfferedLoad => ArrivalsPerHour * AverageHandlingSeconds / 3600;

    /// <summary>Offered load at or above the advisors: without abandonment the queue grows without end.</summary>
    public bool TooFewAgents => ArrivalsPerHour > 0 && OfferedLoad >= Agents;

    public QueueInputs WithAgents(int agents) => new(ArrivalsPerHour, AverageHandlingSeconds, agents, AnswerWithinSeconds, AveragePatienceSeconds);
}
