namespace FrontDoor.Core.Tests.Insight.Staffing;

/// <summary>
/// A discrete-event simulation of the M/M/N+M queue, independent of the formulas it checks: callers arrive at random,
/// are served first come first served by the first advisor to come free, and hang up once their own exponential
/// patience runs out. A caller's start time is when the earliest advisor frees up after every earlier caller who
/// stayed has been served, so callers are simulated one by one in arrival order.
/// </summary>
internal static class QueueSimulation
{
    public static SimulatedQueue Run(double arrivalsPerHour, double handlingSeconds, int agents, double patienceSeconds, double answerWithinSeconds, int callers, int seed)
    {
        var random = new Random(seed);
        double Exponential(double mean) => -mean * Math.Log(1 - random.NextDouble());

        var freeAt = new PriorityQueue<int, double>();
        for (var agent = 0; agent < agents; agent++)
        {
            freeAt.Enqueue(agent, 0);
        }

        var warmUp = callers / 10;
        var now = 0.0;
        int counted = 0, waited = 0, abandoned = 0, answeredInTime = 0;
        var waitOfAnswered = 0.0;
        for (var caller = 0; caller < callers; caller++)
        {
            now += Exponential(3600 / arrivalsPerHour);
            var patience = Exponential(patienceSeconds);
            freeAt.TryPeek(out var agent, out var free);
            var wait = Math.Max(0, free - now);
            var gaveUp = wait > patience;
            if (!gaveUp)
            {
                freeAt.DequeueEnqueue(agent, now + wait + Exponential(handlingSeconds));
            }

            if (caller < warmUp)
            {
                continue;
            }

            counted++;
            waited += wait > 0 ? 1 : 0;
            if (gaveUp)
            {
                abandoned++;
                continue;
            }

            waitOfAnswered += wait;
            answeredInTime += wait <= answerWithinSeconds ? 1 : 0;
        }

        return new SimulatedQueue(
            (double)waited / counted,
            (double)answeredInTime / counted,
            waitOfAnswered / (counted - abandoned),
            (double)abandoned / counted);
    }
}

internal sealed record SimulatedQueue(double ProbabilityOfWaiting, double ServiceLevel, double AverageSpeedOfAnswerSeconds, double AbandonRate);
