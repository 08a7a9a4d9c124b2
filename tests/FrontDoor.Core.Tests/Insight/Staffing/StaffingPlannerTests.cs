using FrontDoor.Core.Data;
using FrontDoor.Core.Insight.Staffing;
using FrontDoor.Core.Telephony;
using FrontDoor.TestCommon.Databases;
using Microsoft.Extensions.Options;

namespace FrontDoor.Core.Tests.Insight.Staffing;

public sealed class StaffingPlannerTests
{
    [Theory]
    [BothProviders]
    public async Task ReadPattern_CountsCallsPerHalfHourOfEachWeekdayInUkTime_WithHandlingTimeAndPatience(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await AddCallsAsync(database, ct);
        await using var db = database.CreateDbContext();

        var pattern = await new StaffingPlanner(db, Options.Create(new StaffingOptions())).ReadPatternAsync(ct);

        Assert.NotNull(pattern);
        Assert.Equal((new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 8), 5), (pattern.From, pattern.To, pattern.Calls));
        Assert.Equal(550, pattern.AverageHandlingSeconds, 1e-9);
        Assert.Equal(210, pattern.AveragePatienceSeconds!.Value, 1e-9);
        Assert.Equal(
            [
                new IntervalDemand(DayOfWeek.Monday, new TimeOnly(9, 0), 3, 3), // three calls over two Mondays: 1.5 a half hour
                new IntervalDemand(DayOfWeek.Monday, new TimeOnly(9, 30), 1, 1),
                new IntervalDemand(DayOfWeek.Wednesday, new TimeOnly(0, 30), 1, 2), // 23:30 UTC on Tuesday is 00:30 BST on Wednesday
            ],
            pattern.Intervals);
    }

    [Theory]
    [BothProviders]
    public async Task ReadPattern_WithNoCalls_IsNull(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();

        Assert.Null(await new StaffingPlanner(db, Options.Create(new StaffingOptions())).ReadPatternAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Plan_GivesAdvisorsNeededForTheConfiguredTarget_AndTheRotasForecast()
    {
        var options = new StaffingOptions { TargetAnswerShare = 0.9, TargetAnswerWithinSeconds = 60 };
        var pattern = new CallPattern(new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 8), 100, 420, 150,
            [new IntervalDemand(DayOfWeek.Monday, new TimeOnly(9, 0), 60, 60), new IntervalDemand(DayOfWeek.Monday, new TimeOnly(9, 30), 40, 40), new IntervalDemand(DayOfWeek.Tuesday, new TimeOnly(9, 0), 1, 2)]);
        var planner = new StaffingPlanner(null!, Options.Create(options));

        var plan = planner.Plan(pattern, DayOfWeek.Monday, new Dictionary<TimeOnly, int> { [new TimeOnly(9, 0)] = 8 });

        Assert.Equal(2, plan.Count);
        var nine = plan[0];
        var target = new StaffingTarget(0.9, 60);
        Assert.Equal(AgentsNeeded.ForTarget(60, 420, target), nine.NeededWithoutAbandonment);
        Assert.Equal(AgentsNeeded.ForTarget(60, 420, target, 150), nine.NeededWithAbandonment);
        Assert.True(nine.NeededWithAbandonment <= nine.NeededWithoutAbandonment);
        Assert.Equal(8, nine.Rota);
        Assert.Equal(ErlangA.Forecast(new QueueInputs(60, 420, 8, 60, 150)), nine.RotaForecast);
        Assert.Equal(QueueState.EnoughAgents, nine.RotaForecast!.State);
        Assert.Null(plan[1].RotaForecast);
    }

    private static async Task AddCallsAsync(TestDatabase database, CancellationToken ct)
    {
        var imported = new DateTimeOffset(2026, 6, 10, 0, 0, 0, TimeSpan.Zero);
        CallRecord Answered(string id, DateTimeOffset offered, int queue, int talk) =>
            new(Guid.CreateVersion7(), id, offered, offered.AddSeconds(queue), null, queue, talk, "1", "agent-1", imported);
        CallRecord Abandoned(string id, DateTimeOffset offered, int queue) =>
            new(Guid.CreateVersion7(), id, offered, null, offered.AddSeconds(queue), queue, 0, "1", null, imported);

        await using var db = database.CreateDbContext();
        db.CallRecords.AddRange(
            Answered("C1", new DateTimeOffset(2026, 6, 1, 8, 5, 0, TimeSpan.Zero), 60, 500),
            Abandoned("C2", new DateTimeOffset(2026, 6, 1, 8, 15, 0, TimeSpan.Zero), 120),
            Answered("C3", new DateTimeOffset(2026, 6, 8, 8, 20, 0, TimeSpan.Zero), 0, 700),
            Answered("C4", new DateTimeOffset(2026, 6, 8, 8, 40, 0, TimeSpan.Zero), 30, 600),
            Answered("C5", new DateTimeOffset(2026, 6, 2, 23, 30, 0, TimeSpan.Zero), 0, 400),

            // Before the pattern's twelve weeks: left out.
            Answered("OLD", new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero), 0, 9000));
        await db.SaveChangesAsync(ct);
    }
}
