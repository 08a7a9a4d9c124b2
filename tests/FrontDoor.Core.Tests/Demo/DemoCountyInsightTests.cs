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
    }
}
