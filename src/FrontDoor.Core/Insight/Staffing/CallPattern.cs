namespace FrontDoor.Core.Insight.Staffing;

/// <summary>
/// The calls of recent weeks as the planner sees them: arrivals per hour in each half hour of each weekday (UK time),
/// the average handling time, and the callers' average patience.
/// </summary>
/// <param name="AveragePatienceSeconds">
/// Time in the queue of every call over the calls abandoned: the standard estimate of mean patience when patience is
/// exponential and answered calls hide theirs. Null when no call was abandoned.
/// </param>
public sealed record CallPattern(DateOnly From, DateOnly To, int Calls, double AverageHandlingSeconds, double? AveragePatienceSeconds, IReadOnlyList<IntervalDemand> Intervals)
{
    public IEnumerable<IntervalDemand> On(DayOfWeek day) => Intervals.Where(i => i.Day == day);
}

/// <param name="ArrivalsPerHour">The calls offered in this half hour on average over every such weekday in the period, as an hourly rate.</param>
public sealed record IntervalDemand(DayOfWeek Day, TimeOnly Start, int CallsSeen, double ArrivalsPerHour)
{
    public static readonly TimeSpan Length = TimeSpan.FromMinutes(30);

    public TimeOnly End => Start.Add(Length);
}

/// <summary>One half hour of the plan: advisors the target needs, and what the manager's rota would give.</summary>
/// <param name="NeededWithoutAbandonment">Erlang C: callers wait however long it takes.</param>
/// <param name="NeededWithAbandonment">Erlang A with the callers' observed patience; null when no call was abandoned.</param>
/// <param name="RotaForecast">Erlang A (or C without a patience) for <paramref name="Rota"/> advisors; null without a rota.</param>
public sealed record IntervalPlan(IntervalDemand Demand, int? NeededWithoutAbandonment, int? NeededWithAbandonment, int? Rota, QueueForecast? RotaForecast);
