using FrontDoor.Core.Insight.Staffing;

namespace FrontDoor.Core.Tests.Insight.Staffing;

public sealed class AgentsNeededTests
{
    [Fact]
    public void ForTarget_TheWorkedExample_NeedsFourteenAdvisorsForEightyPercentInTwentySeconds()
    {
        // Thirteen give 79.56% (ErlangCTests), just short of 80%.
        Assert.Equal(14, AgentsNeeded.ForTarget(200, 180, new StaffingTarget(0.8, 20)));
    }

    [Theory]
    [InlineData(30, 600, 0.8, 600, null)]
    [InlineData(97, 540, 0.8, 600, null)]
    [InlineData(97, 540, 0.8, 600, 240.0)]
    [InlineData(412, 420, 0.9, 60, 120.0)]
    [InlineData(5, 300, 0.95, 0, 300.0)]
    public void ForTarget_IsTheFewestAdvisorsThatMeetIt(double arrivalsPerHour, double handlingSeconds, double share, double withinSeconds, double? patienceSeconds)
    {
        var target = new StaffingTarget(share, withinSeconds);

        var needed = AgentsNeeded.ForTarget(arrivalsPerHour, handlingSeconds, target, patienceSeconds);

        Assert.NotNull(needed);
        QueueForecast With(int agents) => QueueForecast.For(new QueueInputs(arrivalsPerHour, handlingSeconds, agents, withinSeconds, patienceSeconds));
        Assert.True(target.IsMetBy(With(needed.Value)));
        Assert.False(target.IsMetBy(With(needed.Value - 1)));
    }

    [Fact]
    public void ForTarget_WithNoCalls_NeedsNoOne()
    {
        Assert.Equal(0, AgentsNeeded.ForTarget(0, 300, new StaffingTarget(0.8, 600)));
    }
}
