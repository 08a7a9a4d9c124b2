namespace FrontDoor.Core.Insight.Staffing;

/// <summary>
/// The Erlang A model (M/M/N+M, Palm's queue): Erlang C's queue where each waiting caller gives up after an
/// exponential patience time. Computed exactly from the birth–death chain of the number of callers in the system
/// (birth rate λ; death rate μ·min(n, N) + θ·max(0, n − N)), truncated where the chain's remaining probability is
/// below 10⁻¹⁵ — rather than from the Garnett–Mandelbaum–Reiman closed forms, whose incomplete gamma functions are
/// hard to evaluate stably for large N. Callers see the stationary chain on arrival (PASTA).
/// </summary>
public static class ErlangA
{
    private const double NegligibleShare = 1e-15;

    // Past this many callers queueing the model is no use for planning, and the arrays stay bounded.
    private const int LongestQueue = 2_000_000;

    public static QueueForecast Forecast(QueueInputs queue)
    {
        ArgumentNullException.ThrowIfNull(queue);
        if (queue.AveragePatienceSeconds is not { } patience)
        {
            throw new ArgumentException("Erlang A needs the callers' average patience.", nameof(queue));
        }

        var state = queue.TooFewAgents ? QueueState.TooFewAgents : QueueState.EnoughAgents;
        var arrivalRate = queue.ArrivalsPerHour / 3600;
        if (arrivalRate == 0)
        {
            return new QueueForecast(state, 0, new QueuePrediction(0, 1, 0, 0));
        }

        var agents = queue.Agents;
        var serviceRate = 1 / queue.AverageHandlingSeconds;
        var abandonRate = 1 / patience;
        var onArrival = StationaryShares(arrivalRate, serviceRate, abandonRate, agents);
        var longestQueue = onArrival.Length - agents;

        var waiting = 0.0;
        var abandoned = 0.0;
        var waitOfAnswered = 0.0;
        var answeredInTime = 0.0;
        for (var n = 0; n < agents && n < onArrival.Length; n++)
        {
            answeredInTime += onArrival[n];
        }

        if (longestQueue > 0)
        {
            var ahead = QueueingFromPosition(agents * serviceRate, abandonRate, longestQueue, queue.AnswerWithinSeconds);
            for (var j = 0; j < longestQueue; j++)
            {
                var share = onArrival[agents + j];
                waiting += share;
                abandoned += share * (1 - ahead.Answered[j]);
                waitOfAnswered += share * ahead.WaitWhenAnswered[j];
                answeredInTime += share * ahead.AnsweredWithin[j];
            }
        }

        var answered = 1 - abandoned;
        var averageSpeedOfAnswer = answered > 0 ? waitOfAnswered / answered : 0;
        return new QueueForecast(state, queue.OfferedLoad, new QueuePrediction(waiting, Math.Min(1, answeredInTime), averageSpeedOfAnswer, abandoned));
    }

    /// <summary>The chain's stationary probabilities of 0, 1, 2 … callers in the system, truncated where negligible.</summary>
    private static double[] StationaryShares(double arrivalRate, double serviceRate, double abandonRate, int agents)
    {
        // Logarithms, because λⁿ/(μⁿ n!) overflows a double long before N reaches the hundreds.
        var logWeights = new List<double> { 0 };
        var peak = 0.0;
        for (var n = 1; n - agents < LongestQueue; n++)
        {
            var deathRate = (serviceRate * Math.Min(n, agents)) + (abandonRate * Math.Max(0, n - agents));
            var logWeight = logWeights[^1] + Math.Log(arrivalRate / deathRate);
            logWeights.Add(logWeight);
            peak = Math.Max(peak, logWeight);

            // Once deaths outpace births the weights only fall, so the rest of the chain is below this one's.
            var falling = arrivalRate < deathRate;
            if (falling && n >= agents && logWeight - peak < Math.Log(NegligibleShare))
            {
                break;
            }
        }

        var shares = new double[logWeights.Count];
        var total = 0.0;
        for (var n = 0; n < shares.Length; n++)
        {
            shares[n] = Math.Exp(logWeights[n] - peak);
            total += shares[n];
        }

        for (var n = 0; n < shares.Length; n++)
        {
            shares[n] /= total;
        }

        return shares;
    }

    /// <summary>
    /// For a caller who joins the queue with j callers ahead: the chance they are answered, their expected queue time
    /// counted only when answered, and the chance they are answered within the target. Those ahead leave at rate
    /// N·μ + i·θ when i are ahead (an advisor frees up, or one of them gives up); the caller gives up at rate θ.
    /// </summary>
    private static QueuePositions QueueingFromPosition(double allAgentsRate, double abandonRate, int positions, double answerWithinSeconds)
    {
        var answered = new double[positions];
        var waitWhenAnswered = new double[positions];
        var answeredBefore = 1.0;
        var waitBefore = 0.0;
        for (var i = 0; i < positions; i++)
        {
            var moveUp = allAgentsRate + (i * abandonRate);
            var leaveAny = moveUp + abandonRate;
            answered[i] = moveUp / leaveAny * answeredBefore;

            // The time before the next move is independent of which move it is: E[W·1{answered}] adds E[hold]·P(answered).
            waitWhenAnswered[i] = (answered[i] / leaveAny) + (moveUp / leaveAny * waitBefore);
            answeredBefore = answered[i];
            waitBefore = waitWhenAnswered[i];
        }

        return new QueuePositions(answered, waitWhenAnswered, AnsweredWithin(allAgentsRate, abandonRate, positions, answerWithinSeconds));
    }

    /// <summary>
    /// P(answered within T | j ahead) for every j by uniformisation: the jump chain of the caller's position, run for
    /// a Poisson(Λ·T) number of steps, where Λ is the fastest rate out of any position.
    /// </summary>
    private static double[] AnsweredWithin(double allAgentsRate, double abandonRate, int positions, double seconds)
    {
        var within = new double[positions];
        if (seconds <= 0)
        {
            return within;
        }

        var uniformRate = allAgentsRate + (positions * abandonRate);
        var expectedSteps = uniformRate * seconds;
        var byStep = new double[positions];
        var next = new double[positions];

        // Poisson weights in logs: e^(−ΛT) underflows when ΛT is in the thousands.
        var logWeight = -expectedSteps;
        var lastStep = (int)Math.Ceiling(expectedSteps + (12 * Math.Sqrt(expectedSteps)) + 30);
        for (var step = 0; step <= lastStep; step++)
        {
            if (step > 0)
            {
                for (var i = 0; i < positions; i++)
                {
                    var moveUp = allAgentsRate + (i * abandonRate);
                    var stay = 1 - ((moveUp + abandonRate) / uniformRate);
                    var afterMove = i == 0 ? 1 : byStep[i - 1];
                    next[i] = (moveUp / uniformRate * afterMove) + (stay * byStep[i]);
                }

                (byStep, next) = (next, byStep);
                logWeight += Math.Log(expectedSteps) - Math.Log(step);
            }

            var weight = Math.Exp(logWeight);
            if (weight == 0)
            {
                continue;
            }

            for (var i = 0; i < positions; i++)
            {
                within[i] += weight * byStep[i];
            }
        }

        return within;
    }

    private sealed record QueuePositions(double[] Answered, double[] WaitWhenAnswered, double[] AnsweredWithin);
}
