using FrontDoor.Core.Insight.Staffing;

namespace FrontDoor.Core.Tests.Insight.Staffing;

public sealed class ErlangATests
{
    // 400,000 simulated callers: a share's standard error is under 0.001, so 0.01 leaves room without hiding a wrong model.
    private const int Callers = 400_000;
    private const double ShareTolerance = 0.01;

    [Theory]
    [InlineData(120, 300, 11, 180, 60)] // ten Erlangs, a little spare capacity, callers who give up after three minutes
    [InlineData(120, 300, 10, 180, 60)] // ten Erlangs on ten advisors: Erlang C has no answer, Erlang A still does
    [InlineData(60, 600, 8, 600, 300)] // the front door's ten-minute calls, eight advisors short of the load
    [InlineData(300, 240, 22, 120, 20)]
    public void Forecast_AgreesWithASimulationOfTheSameQueue(double arrivalsPerHour, double handlingSeconds, int agents, double patienceSeconds, double answerWithinSeconds)
    {
        var model = ErlangA.Forecast(new QueueInputs(arrivalsPerHour, handlingSeconds, agents, answerWithinSeconds, patienceSeconds)).Prediction!;
        var simulated = QueueSimulation.Run(arrivalsPerHour, handlingSeconds, agents, patienceSeconds, answerWithinSeconds, Callers, seed: 19);

        Assert.Equal(simulated.ProbabilityOfWaiting, model.ProbabilityOfWaiting, ShareTolerance);
        Assert.Equal(simulated.AbandonRate, model.AbandonRate!.Value, ShareTolerance);
        Assert.Equal(simulated.ServiceLevel, model.ServiceLevel, ShareTolerance);
        Assert.Equal(simulated.AverageSpeedOfAnswerSeconds, model.AverageSpeedOfAnswerSeconds, simulated.AverageSpeedOfAnswerSeconds * 0.05);
    }

    [Fact]
    public void Forecast_WithTooFewAgents_SaysSoAndStillPredictsWhoGivesUp()
    {
        var forecast = ErlangA.Forecast(new QueueInputs(120, 300, 8, 60, 180));

        Assert.Equal(QueueState.TooFewAgents, forecast.State);
        // Eight advisors answer at most 8 × 12 = 96 of the 120 calls an hour, so at least a fifth must give up.
        Assert.True(forecast.Prediction!.AbandonRate >= 0.2);
    }

    [Fact]
    public void Forecast_WithCallersWhoNeverGiveUp_ApproachesErlangC()
    {
        var patient = ErlangA.Forecast(new QueueInputs(200, 180, 12, 20, averagePatienceSeconds: 86_400)).Prediction!;
        var erlangC = ErlangC.Forecast(new QueueInputs(200, 180, 12, 20)).Prediction!;

        Assert.Equal(erlangC.ProbabilityOfWaiting, patient.ProbabilityOfWaiting, 0.005);
        Assert.Equal(erlangC.ServiceLevel, patient.ServiceLevel, 0.005);
        Assert.Equal(erlangC.AverageSpeedOfAnswerSeconds, patient.AverageSpeedOfAnswerSeconds, 1.0);
    }
}
