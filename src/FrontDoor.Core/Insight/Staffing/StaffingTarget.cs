namespace FrontDoor.Core.Insight.Staffing;

/// <summary>The answer target the rota is planned to: <see cref="AnswerShare"/> of calls answered within <see cref="AnswerWithinSeconds"/>.</summary>
public sealed record StaffingTarget(double AnswerShare, double AnswerWithinSeconds)
{
    public bool IsMetBy(QueueForecast forecast) =>
        forecast.Prediction is { } prediction && prediction.ServiceLevel >= AnswerShare;
}

/// <summary>The fewest advisors that meet a <see cref="StaffingTarget"/>, under Erlang C or, given patience, Erlang A.</summary>
public static class AgentsNeeded
{
    /// <returns>The fewest advisors, or null when even <see cref="QueueInputs.MostAgents"/> would not do.</returns>
    public static int? ForTarget(double arrivalsPerHour, double averageHandlingSeconds, StaffingTarget target, double? averagePatienceSeconds = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        var queue = new QueueInputs(arrivalsPerHour, averageHandlingSeconds, 0, target.AnswerWithinSeconds, averagePatienceSeconds);
        if (arrivalsPerHour == 0)
        {
            return 0;
        }

        bool Meets(int agents) => target.IsMetBy(QueueForecast.For(queue.WithAgents(agents)));

        // Service level only rises with each advisor added, so double to a sufficient count, then halve the gap.
        var enough = Math.Max(1, (int)Math.Ceiling(queue.OfferedLoad));
        while (!Meets(enough))
        {
            if (enough == QueueInputs.MostAgents)
            {
                return null;
            }

            enough = Math.Min(QueueInputs.MostAgents, enough * 2);
        }

        var tooFew = 0;
        while (enough - tooFew > 1)
        {
            var middle = tooFew + ((enough - tooFew) / 2);
            if (Meets(middle))
            {
                enough = middle;
            }
            else
            {
                tooFew = middle;
            }
        }

        return enough;
    }
}
