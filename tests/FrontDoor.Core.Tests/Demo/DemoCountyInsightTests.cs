using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Data;
using FrontDoor.Core.Demo;
using FrontDoor.Core.Insight;
using FrontDoor.Core.Triage.Referrals;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.Tests.Demo;

public sealed class DemoCountyInsightTests
{
    [Fact]
    public async Task Seed_FillsEveryMonthOfTheDashboard_WithCallsReferralsAndOutcomes()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        var options = new DemoCountyOptions(300, 42, new DateOnly(2026, 10, 31));
        await using (var db = database.CreateDbContext())
        {
            await new DemoCountySeeder(db).SeedAsync(options, cancellationToken: ct);
        }

        await using var check = database.CreateDbContext();
        var referredEvents = await check.ContactEvents.CountAsync(e => e.Kind == ContactEventKind.Referred, ct);
        Assert.Equal(referredEvents, await check.Set<ContactReferral>().CountAsync(ct));

        var months = await new KpiCalculator(check).MonthlyAsync(new KpiRange(new DateOnly(2025, 11, 1), new DateOnly(2026, 10, 31)), cancellationToken: ct);
        Assert.Equal(12, months.Count);
        Assert.All(months, month =>
        {
            Assert.True(month.ContactsReceived > 0, $"contacts in {month.Range}");
            Assert.True(month.CallsOffered > month.CallsAnswered && month.CallsAnswered > 0, $"calls in {month.Range}");
            Assert.NotNull(month.FailureDemandShare);
            Assert.NotEmpty(month.CallsByIvrOption);
            Assert.NotNull(month.MedianSecondsToFirstResponse);
        });
        Assert.Contains(months, m => m.SafeguardingEnquiryShare is > 0 and < 1);
        var year = await new KpiCalculator(check).CalculateAsync(new KpiRange(new DateOnly(2025, 11, 1), new DateOnly(2026, 10, 31)), cancellationToken: ct);
        Assert.InRange(year.SurveyResponseRate!.Value, 0.1, 0.5);
        Assert.InRange(year.CustomerSatisfaction!.Value, 0.4, 0.95);
        Assert.All(year.IStatementAnswers, statement => Assert.True(statement.Agreed > 0 && statement.Disagreed > 0, $"statement {statement.Statement}"));

        // The KPIs beyond volumes: every month has them (professional referrals are too few in so small a county to
        // be in every month, so their completeness is checked over the year), and the waiting list at its end has people, some overdue.
        Assert.All(months, month =>
        {
            Assert.True(month.ResolvedAtFrontDoorShare is > 0 and < 1, $"resolved at the front door in {month.Range}");
            Assert.True(month.BenefitsAdviceOfferedShare is > 0 and < 1, $"benefits advice in {month.Range}");
            Assert.True(month.WaitingListSize > 0, $"waiting list at the end of {month.Range}");
            Assert.Contains(month.ChannelByAgeBand, c => c.Group != KpiCalculator.Unknown);
            Assert.Contains(month.ChannelByArea, c => c.Group != KpiCalculator.Unknown);
        });
        Assert.True(months.Sum(m => m.AnnualIncomeGained) > 0);
        var complete = (double)months.Sum(m => m.ProfessionalReferralsComplete) / months.Sum(m => m.ProfessionalReferralsScored);
        Assert.InRange(complete, 0.3, 0.9);
        Assert.NotEmpty(year.MissingRequiredFacts);

        // Advisors chased missing facts, mostly from professionals: a real figure on a fresh clone's dashboard.
        Assert.True(year.OutboundChaseCalls > 0, "chase calls over the year");
        Assert.InRange(year.ChaseCallsPer100ProfessionalReferrals!.Value, 5, 40);
        Assert.Contains(months, m => m.OverdueCheckIns > 0);

        // The same seed makes the same county: the figures again from a second database seeded alike.
        await using var again = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using (var db = again.CreateDbContext())
        {
            await new DemoCountySeeder(db).SeedAsync(options, cancellationToken: ct);
        }

        await using var checkAgain = again.CreateDbContext();
        var lastAgain = await new KpiCalculator(checkAgain).CalculateAsync(months[^1].Range, cancellationToken: ct);
        Assert.Equal(
            (months[^1].ResolvedAtFrontDoor, months[^1].ProfessionalReferralsComplete, months[^1].AnnualIncomeGained, months[^1].WaitingListSize, months[^1].OverdueCheckIns),
            (lastAgain.ResolvedAtFrontDoor, lastAgain.ProfessionalReferralsComplete, lastAgain.AnnualIncomeGained, lastAgain.WaitingListSize, lastAgain.OverdueCheckIns));
    }
}
