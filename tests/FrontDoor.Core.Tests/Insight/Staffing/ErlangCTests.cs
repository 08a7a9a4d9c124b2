using System.Numerics;
using FrontDoor.Core.Insight.Staffing;

namespace FrontDoor.Core.Tests.Insight.Staffing;

public sealed class ErlangCTests
{
    // Published Erlang C table for A = 10 Erlangs, as in Call Centre Helper's worked example "Erlang C formula – made
    // simple" (100 calls in 30 minutes, 3-minute handling time, 20-second target): probability of waiting 68.21% with 11
    // agents, 44.94% with 12, 28.53% with 13, 17.41% with 14 and 10.20% with 15. Each point is also checked against an
    // exact rational evaluation of the textbook formula below, so the table's rounding is the only tolerance.
    [Theory]
    [InlineData(11, 0.6821)]
    [InlineData(12, 0.4494)]
    [InlineData(13, 0.2853)]
    [InlineData(14, 0.1741)]
    [InlineData(15, 0.1020)]
    public void ProbabilityOfWaiting_ForTenErlangs_MatchesThePublishedTable(int agents, double published)
    {
        var computed = ErlangC.ProbabilityOfWaiting(10, agents);

        Assert.Equal(published, computed, 0.00005);
        Assert.Equal(ExactProbabilityOfWaiting(10, 1, agents), computed, 1e-12);
    }

    [Theory]
    [InlineData(13, 0.7956, 17.1)]
    [InlineData(14, 0.8884, 7.8)]
    public void Forecast_ForTheWorkedExample_GivesServiceLevelAndSpeedOfAnswer(int agents, double serviceLevel, double averageSpeedOfAnswer)
    {
        var forecast = ErlangC.Forecast(new QueueInputs(200, 180, agents, 20));

        Assert.Equal(QueueState.EnoughAgents, forecast.State);
        Assert.Equal(10, forecast.OfferedLoad, 1e-12);
        Assert.Equal(serviceLevel, forecast.Prediction!.ServiceLevel, 0.00005);
        Assert.Equal(averageSpeedOfAnswer, forecast.Prediction.AverageSpeedOfAnswerSeconds, 0.05);
        Assert.Null(forecast.Prediction.AbandonRate);
    }

    [Theory]
    [InlineData(9)]
    [InlineData(10)]
    public void Forecast_WithLoadAtOrAboveTheAgents_SaysTooFewAgentsAndGivesNoFigures(int agents)
    {
        var forecast = ErlangC.Forecast(new QueueInputs(200, 180, agents, 20));

        Assert.Equal(QueueState.TooFewAgents, forecast.State);
        Assert.Null(forecast.Prediction);
    }

    [Fact]
    public void ProbabilityOfWaiting_ForHundredsOfAgents_StaysFiniteAndExact()
    {
        // 500^520 / 520! overflows a double many times over; the Erlang B recursion never builds either.
        var computed = ErlangC.ProbabilityOfWaiting(500, 520);

        Assert.True(double.IsFinite(computed));
        Assert.Equal(ExactProbabilityOfWaiting(500, 1, 520), computed, 1e-10);
    }

    [Fact]
    public void ProbabilityOfWaiting_ForAFractionalLoad_MatchesTheExactFormula()
    {
        Assert.Equal(ExactProbabilityOfWaiting(37, 4, 12), ErlangC.ProbabilityOfWaiting(9.25, 12), 1e-12);
    }

    [Fact]
    public void Forecast_WithNoCalls_HasNoOneWaiting()
    {
        var prediction = ErlangC.Forecast(new QueueInputs(0, 300, 0, 20)).Prediction!;

        Assert.Equal((0.0, 1.0, 0.0), (prediction.ProbabilityOfWaiting, prediction.ServiceLevel, prediction.AverageSpeedOfAnswerSeconds));
    }

    /// <summary>
    /// C(N, A) from its textbook definition, (Aᴺ/N!·N/(N−A)) / (Σ_{k&lt;N} Aᵏ/k! + Aᴺ/N!·N/(N−A)), for A = p/q, in exact
    /// integers: everything multiplied by N!·qᴺ.
    /// </summary>
    private static double ExactProbabilityOfWaiting(int p, int q, int agents)
    {
        BigInteger n = agents;
        var factorial = Enumerable.Range(1, agents).Aggregate(BigInteger.One, (f, k) => f * k);
        var sum = BigInteger.Zero;
        var kFactorial = BigInteger.One;
        for (var k = 0; k < agents; k++)
        {
            if (k > 0)
            {
                kFactorial *= k;
            }

            sum += BigInteger.Pow(p, k) * BigInteger.Pow(q, agents - k) * (factorial / kFactorial);
        }

        var waitingTerm = BigInteger.Pow(p, agents) * n * q;
        var denominator = (sum * ((n * q) - p)) + waitingTerm;
        var scale = BigInteger.Pow(10, 30);
        return (double)(waitingTerm * scale / denominator) / 1e30;
    }
}
