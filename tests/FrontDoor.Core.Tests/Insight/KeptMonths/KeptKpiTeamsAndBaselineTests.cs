using System.Text.Json;
using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Data;
using FrontDoor.Core.Insight;
using FrontDoor.Core.Insight.KeptMonths;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FrontDoor.Core.Tests.Insight.KeptMonths;

/// <summary>
/// Each team's months and the baseline are kept like the whole front door's: two teams' contacts in January, February
/// and March 2025, "now" on 15 March, and a baseline of January and February.
/// </summary>
public sealed class KeptKpiTeamsAndBaselineTests
{
    private const string Tier1 = "tier-1";
    private const string Tier2 = "tier-2";
    private static readonly AuditActor Advisor = new("advisor-1", "Asha Advisor", "Advisor");
    private static readonly DateOnly January = new(2025, 1, 1);
    private static readonly KpiRange Baseline = new(new DateOnly(2025, 1, 1), new DateOnly(2025, 2, 28));
    private static readonly KeptKpiScopes Scopes = new([Tier1, Tier2], Baseline);

    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2025, 3, 15, 12, 0, 0, TimeSpan.Zero));

    [Theory]
    [BothProviders]
    public async Task EachTeamsMonthsAndTheBaseline_AreKept_ExactlyAsTheLiveCalculatorComputesThem(DatabaseProvider provider)
    {
        await using var database = await SeedAsync(provider);
        var result = await RefreshAsync(database);

        Assert.True(result.BaselineComputed);
        clock.Advance(TimeSpan.FromSeconds(5));
        await using var db = database.CreateDbContext();
        // 24 months for each of three scopes (whole, tier-1, tier-2), and the baseline for each.
        Assert.Equal((24 * 3) + 3, await db.Set<KpiMonth>().CountAsync(Token));
        foreach (var filter in new[] { KpiFilter.None, new KpiFilter(QueueKey: Tier1), new KpiFilter(QueueKey: Tier2) })
        {
            foreach (var period in new[] { KpiRange.Month(2025, 1), KpiRange.Month(2025, 2), KpiRange.Month(2025, 3), Baseline })
            {
                var kept = await Kept(db).ReadAsync(period, filter, Token);
                var live = await new KpiCalculator(db).CalculateAsync(period, filter, Token);
                // Served from a kept row (as at the refresh, not now), and the same figures as JSON, so any KPI added is compared too.
                Assert.True(kept.AsAt < clock.GetUtcNow(), $"{period} {filter} computed live");
                Assert.Equal(JsonSerializer.Serialize(live), JsonSerializer.Serialize(kept.Figures));
            }
        }

        Assert.Equal(3, (await Kept(db).ReadAsync(KpiRange.Month(2025, 1), new KpiFilter(QueueKey: Tier1), Token)).Figures.ContactsReceived);
        Assert.Equal(1, (await Kept(db).ReadAsync(KpiRange.Month(2025, 1), new KpiFilter(QueueKey: Tier2), Token)).Figures.ContactsReceived);
    }

    [Theory]
    [BothProviders]
    public async Task FreshInstall_KeepsEveryWholeFrontDoorMonthAndItsBaseline_BeforeAnyTeamsPastMonth(DatabaseProvider provider)
    {
        await using var database = await SeedAsync(provider);
        var march = new DateOnly(2025, 3, 1);
        await using (var db = database.CreateDbContext())
        {
            // Kept months arriving on a county with history (or a release that changed a KPI): nothing is marked stale,
            // every past period is simply missing.
            await db.Set<KpiStaleMark>().ExecuteDeleteAsync(Token);
        }

        // The job's default budget: 12 calculations a run. The current month is kept for every scope on every run.
        var first = await RefreshAsync(database, mostMissingCalculations: 12);
        var second = await RefreshAsync(database, mostMissingCalculations: 12);
        var afterTwoRuns = await KeptRowsAsync(database);

        // Two runs fill the whole front door's 24-month trend (the current month and 23 past ones) and its baseline;
        // of the teams only the current month is kept, so no team calculation took the front door's budget.
        Assert.Equal(Enumerable.Range(0, 24).Select(back => march.AddMonths(-back)).Order(), afterTwoRuns.Where(r => r.Scope == KeptKpiScopes.WholeFrontDoor && r.IsMonth).Select(r => r.Month).Order());
        Assert.Contains(afterTwoRuns, r => r.Scope == KeptKpiScopes.WholeFrontDoor && r.Month == Baseline.From && r.LastDay == Baseline.To);
        Assert.Equal(new[] { (Tier1, march), (Tier2, march) }, afterTwoRuns.Where(r => r.Scope != KeptKpiScopes.WholeFrontDoor).Select(r => (r.Scope, r.Month)).Order());
        Assert.Equal(13, first.MonthsComputed.Count);
        Assert.False(first.BaselineComputed);
        Assert.True(second.BaselineComputed);

        // Then the teams, newest month first, each month for every team.
        await RefreshAsync(database, mostMissingCalculations: 12);
        var teamMonths = (await KeptRowsAsync(database)).Where(r => r.Scope != KeptKpiScopes.WholeFrontDoor && r.IsMonth).ToList();
        foreach (var team in new[] { Tier1, Tier2 })
        {
            Assert.Equal(Enumerable.Range(0, 7).Select(back => march.AddMonths(-back)).Order(), teamMonths.Where(r => r.Scope == team).Select(r => r.Month).Order());
        }
    }

    [Theory]
    [BothProviders]
    public async Task TeamDashboard_ReadsTheTeamsKeptRows_NotItsContacts(DatabaseProvider provider)
    {
        await using var database = await SeedAsync(provider);
        await RefreshAsync(database);
        clock.Advance(TimeSpan.FromMinutes(5));
        await using var db = database.CreateDbContext();
        // Moved behind the kept rows' back (a bulk update marks nothing): what the dashboard shows must not change, as it reads rows.
        await db.Contacts.Where(c => c.QueueKey == Tier2).ExecuteUpdateAsync(set => set.SetProperty(c => c.QueueKey, Tier1), Token);

        var view = await new InsightDashboard(Kept(db), Options.Create(new InsightOptions { BaselineFrom = Baseline.From, BaselineTo = Baseline.To }), clock)
            .ReadAsync(KpiRange.Month(2025, 1), new KpiFilter(QueueKey: Tier2), Token);

        Assert.Equal(1, view.Period.ContactsReceived);
        Assert.Equal(2, view.Baseline!.ContactsReceived);
        Assert.Equal(1, view.Trend.Single(m => m.Range == KpiRange.Month(2025, 1)).ContactsReceived);
        Assert.Equal(0, (await new KpiCalculator(db).CalculateAsync(KpiRange.Month(2025, 1), new KpiFilter(QueueKey: Tier2), Token)).ContactsReceived);
    }

    [Theory]
    [BothProviders]
    public async Task Baseline_IsRecomputedOnlyWhenAMonthInsideItChanges(DatabaseProvider provider)
    {
        await using var database = await SeedAsync(provider);
        await RefreshAsync(database);
        clock.Advance(TimeSpan.FromMinutes(1));

        Assert.False((await RefreshAsync(database)).BaselineComputed);

        await using (var db = database.CreateDbContext())
        {
            var open = await db.Contacts.Where(c => c.ClosedAt == null && c.ReceivedAt < new DateTimeOffset(2025, 2, 1, 0, 0, 0, TimeSpan.Zero)).FirstAsync(Token);
            open.Close([ContactOutcome.InformationAndAdvice], null, clock.GetUtcNow(), Advisor);
            await db.SaveChangesAsync(Token);
        }

        var result = await RefreshAsync(database);

        Assert.True(result.BaselineComputed);
        Assert.Equal([January, new DateOnly(2025, 3, 1)], result.MonthsComputed);
        await using var check = database.CreateDbContext();
        var baseline = await Kept(check).ReadAsync(Baseline, KpiFilter.None, Token);
        Assert.Equal(JsonSerializer.Serialize(await new KpiCalculator(check).CalculateAsync(Baseline, cancellationToken: Token)), JsonSerializer.Serialize(baseline.Figures));
    }

    [Theory]
    [BothProviders]
    public async Task ChannelFilter_IsNotKept_AndIsComputedLive(DatabaseProvider provider)
    {
        await using var database = await SeedAsync(provider);
        await RefreshAsync(database);
        clock.Advance(TimeSpan.FromMinutes(5));
        await using var db = database.CreateDbContext();

        var byPhone = await Kept(db).ReadAsync(KpiRange.Month(2025, 1), new KpiFilter(Channel: ContactChannel.Phone), Token);

        Assert.Equal(clock.GetUtcNow(), byPhone.AsAt);
        Assert.Equal(4, byPhone.Figures.ContactsReceived);
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private async Task<KpiRefreshResult> RefreshAsync(TestDatabase database, int mostMissingCalculations = 100)
    {
        await using var db = database.CreateDbContext();
        return await new KpiMonthRefresher(db, new KpiCalculator(db), clock, Scopes).RefreshAsync(mostMissingCalculations, Token);
    }

    private static async Task<List<(string Scope, DateOnly Month, DateOnly LastDay, bool IsMonth)>> KeptRowsAsync(TestDatabase database)
    {
        await using var db = database.CreateDbContext();
        var rows = await db.Set<KpiMonth>().Select(m => new { m.Scope, m.Month, m.LastDay }).ToListAsync(Token);
        return rows.ConvertAll(r => (r.Scope, r.Month, r.LastDay, r.LastDay == r.Month.AddMonths(1).AddDays(-1)));
    }

    private KeptKpiFigures Kept(FrontDoorDbContext db) => new(db, new KpiCalculator(db), clock, Options.Create(new InsightOptions()));

    /// <summary>January: three contacts in Tier 1 (one open) and one in Tier 2; February: one in Tier 2; March: one in each.</summary>
    private static async Task<TestDatabase> SeedAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        foreach (var (at, queue, closed) in new[]
        {
            (At(1, 5), Tier1, true), (At(1, 12), Tier1, true), (At(1, 20), Tier1, false), (At(1, 31), Tier2, true),
            (At(2, 10), Tier2, true),
            (At(3, 2), Tier1, true), (At(3, 9), Tier2, false),
        })
        {
            var contact = new Contact(Guid.CreateVersion7(), ContactReference.New(), ContactChannel.Phone, ContactSource.Self, at, "Needs help at home");
            contact.Open(at);
            contact.MoveToQueue(queue, "Arrived", at, ContactEvent.System);
            if (closed)
            {
                contact.Close([ContactOutcome.Signposted], null, at.AddHours(2), Advisor);
            }

            db.Add(contact);
        }

        await db.SaveChangesAsync(Token);
        return database;
    }

    private static DateTimeOffset At(int month, int day) => new(2025, month, day, 10, 0, 0, TimeSpan.Zero);
}
