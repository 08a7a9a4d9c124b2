using System.Text.Json;
using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Data;
using FrontDoor.Core.Insight;
using FrontDoor.Core.Insight.KeptMonths;
using FrontDoor.Core.Telephony;
using FrontDoor.Core.Triage.Referrals;
using FrontDoor.Core.WorkQueues;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FrontDoor.Core.Tests.Insight.KeptMonths;

/// <summary>
/// The kept monthly KPIs on a small county: contacts and calls in January, February and March 2025, with "now" on
/// 15 March, so January and February are history and March is the current month.
/// </summary>
public sealed class KeptKpiMonthsTests
{
    private static readonly AuditActor Advisor = new("advisor-1", "Asha Advisor", "Advisor");
    private static readonly DateOnly January = new(2025, 1, 1);
    private static readonly DateOnly February = new(2025, 2, 1);
    private static readonly DateOnly March = new(2025, 3, 1);

    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2025, 3, 15, 12, 0, 0, TimeSpan.Zero));

    [Theory]
    [BothProviders]
    public async Task Refresh_KeepsEveryMonth_ExactlyAsTheLiveCalculatorComputesIt(DatabaseProvider provider)
    {
        await using var database = await SeedAsync(provider);
        var result = await RefreshAsync(database);

        // January to March, and the empty months before them back to the trend's 24, so no trend month is computed live.
        Assert.Equal(KpiMonthRefresher.MonthsAlwaysKept, result.MonthsComputed.Count);
        Assert.Equal((March.AddMonths(-23), March), (result.MonthsComputed[0], result.MonthsComputed[^1]));
        await using var db = database.CreateDbContext();
        Assert.Equal(24, await db.Set<KpiMonth>().CountAsync(Token));
        foreach (var month in new[] { January, February, March })
        {
            var range = KpiRange.Month(month.Year, month.Month);
            var kept = await Kept(db).CalculateAsync(range, Token);
            var live = await new KpiCalculator(db).CalculateAsync(range, cancellationToken: Token);
            // Compared as JSON so any figure added to KpiFigures is compared too.
            Assert.Equal(JsonSerializer.Serialize(live), JsonSerializer.Serialize(kept));
        }
    }

    [Theory]
    [BothProviders]
    public async Task Refresh_FillsMissingMonths_NewestFirst_AFewPerRun(DatabaseProvider provider)
    {
        await using var database = await SeedAsync(provider);
        await using var db = database.CreateDbContext();
        var refresher = new KpiMonthRefresher(db, new KpiCalculator(db), clock);

        var first = await refresher.RefreshAsync(mostMissingCalculations: 2, Token);
        var second = await refresher.RefreshAsync(mostMissingCalculations: 2, Token);

        Assert.Equal([January, February, March], first.MonthsComputed);
        Assert.Equal([new DateOnly(2024, 11, 1), new DateOnly(2024, 12, 1), March], second.MonthsComputed);
    }

    [Theory]
    [BothProviders]
    public async Task Refresh_WhenNothingChanged_ComputesOnlyTheCurrentMonth_AndLeavesHistoryAlone(DatabaseProvider provider)
    {
        await using var database = await SeedAsync(provider);
        await RefreshAsync(database);
        var before = await ComputedAtAsync(database);
        clock.Advance(TimeSpan.FromMinutes(1));

        var result = await RefreshAsync(database);

        Assert.Equal([March], result.MonthsComputed);
        var after = await ComputedAtAsync(database);
        Assert.Equal(before[January], after[January]);
        Assert.Equal(before[February], after[February]);
        Assert.NotEqual(before[March], after[March]);
    }

    [Theory]
    [BothProviders]
    public async Task NewContact_ChangesTheCurrentMonthWithinOneRefresh_WithoutRecomputingEarlierMonths(DatabaseProvider provider)
    {
        await using var database = await SeedAsync(provider);
        await RefreshAsync(database);
        var refreshedAt = clock.GetUtcNow();
        var before = await ComputedAtAsync(database);
        Assert.Equal(2, (await KeptAsync(database, March)).ContactsReceived);

        clock.Advance(TimeSpan.FromSeconds(20));
        await using (var db = database.CreateDbContext())
        {
            db.Add(Arrive(clock.GetUtcNow().AddMinutes(-5)));
            await db.SaveChangesAsync(Token);
        }

        // Within a refresh interval of the last refresh the kept row is served as it is (one row read, not a month's
        // calculation), and says when it was as at.
        await using (var db = database.CreateDbContext())
        {
            var served = await Kept(db).ReadAsync(KpiRange.Month(March.Year, March.Month), Token);
            Assert.Equal((2, refreshedAt), (served.Figures.ContactsReceived, served.AsAt));
        }

        clock.Advance(TimeSpan.FromSeconds(40));
        var result = await RefreshAsync(database);

        Assert.Equal([March], result.MonthsComputed);
        Assert.Equal(3, (await KeptAsync(database, March)).ContactsReceived);
        var after = await ComputedAtAsync(database);
        Assert.All(before.Keys.Where(m => m < March), m => Assert.Equal(before[m], after[m]));
        Assert.Equal(clock.GetUtcNow(), after[March]);
        await using var check = database.CreateDbContext();
        var row = await check.Set<KpiMonth>().SingleAsync(m => m.Month == March, Token);
        Assert.Contains("\"contactsReceived\":3", row.FiguresJson, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task MarkedMonth_WhoseRowIsOlderThanTheRefreshInterval_IsComputedLive_AsTheRefreshIsNotRunning(DatabaseProvider provider)
    {
        await using var database = await SeedAsync(provider);
        await RefreshAsync(database);
        clock.Advance(new InsightOptions().KeptMonthsRefreshInterval + TimeSpan.FromSeconds(1));

        await using (var db = database.CreateDbContext())
        {
            db.Add(Arrive(clock.GetUtcNow().AddMinutes(-5)));
            await db.SaveChangesAsync(Token);
        }

        await using var read = database.CreateDbContext();
        var served = await Kept(read).ReadAsync(KpiRange.Month(March.Year, March.Month), Token);
        Assert.Equal((3, clock.GetUtcNow()), (served.Figures.ContactsReceived, served.AsAt));
    }

    [Fact]
    public void CalculatorVersion_IsTheDefinitionsVersionAndTheFiguresShape_NotTheBuild()
    {
        var version = KpiMonthRefresher.CalculatorVersion;

        Assert.Matches($"^{KpiMonthRefresher.DefinitionsVersion}\\.[0-9a-f]{{12}}$", version);
        Assert.DoesNotContain(typeof(KpiCalculator).Assembly.ManifestModule.ModuleVersionId.ToString("N"), version, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task LateCloseOfAJanuaryContact_MarksJanuaryStale_AndTheNextRefreshCorrectsIt(DatabaseProvider provider)
    {
        await using var database = await SeedAsync(provider);
        await RefreshAsync(database);
        Assert.Equal((4, 3), await ReceivedAndClosedAsync(database, January));

        await using (var db = database.CreateDbContext())
        {
            var open = await db.Contacts.Where(c => c.ClosedAt == null).OrderBy(c => c.ReceivedAt).FirstAsync(Token);
            Assert.Equal(January, KpiStaleMarker.MonthOf(open.ReceivedAt));
            open.Close([ContactOutcome.InformationAndAdvice], null, clock.GetUtcNow(), Advisor);
            await db.SaveChangesAsync(Token);
            Assert.Contains(January, await db.Set<KpiStaleMark>().Select(m => m.Month).ToListAsync(Token));
        }

        var result = await RefreshAsync(database);

        Assert.Equal([January, March], result.MonthsComputed);
        Assert.Equal((4, 4), await ReceivedAndClosedAsync(database, January));
        await using var check = database.CreateDbContext();
        Assert.Empty(await check.Set<KpiStaleMark>().ToListAsync(Token));
    }

    [Theory]
    [BothProviders]
    public async Task ReferralSavedWithoutItsContact_MarksTheContactsMonth_ByLookingItUp(DatabaseProvider provider)
    {
        await using var database = await SeedAsync(provider);
        await RefreshAsync(database);

        await using (var db = database.CreateDbContext())
        {
            var february = await db.Contacts.AsNoTracking().SingleAsync(c => c.ReceivedAt >= new DateTimeOffset(2025, 2, 1, 0, 0, 0, TimeSpan.Zero) && c.ReceivedAt < new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero), Token);
            db.Add(new ContactReferral(Guid.CreateVersion7(), february.Id, ReferralType.Safeguarding, "mash", "Bruising", clock.GetUtcNow(), Advisor));
            await db.SaveChangesAsync(Token);
        }

        var result = await RefreshAsync(database);

        Assert.Equal([February, March], result.MonthsComputed);
        Assert.Equal(1, (await KeptAsync(database, February)).SafeguardingAlerts);
    }

    [Theory]
    [BothProviders]
    public async Task MonthKeptByAnotherCalculatorVersion_IsComputedLiveOnRead_AndRecomputedByTheNextRefresh(DatabaseProvider provider)
    {
        await using var database = await SeedAsync(provider);
        await RefreshAsync(database);
        await using (var db = database.CreateDbContext())
        {
            await db.Set<KpiMonth>().Where(m => m.Month == January)
                .ExecuteUpdateAsync(set => set.SetProperty(m => m.CalculatorVersion, "0.an-older-definition").SetProperty(m => m.FiguresJson, "{}"), Token);
        }

        Assert.Equal(4, (await KeptAsync(database, January)).ContactsReceived);
        var result = await RefreshAsync(database);

        Assert.Equal([January, March], result.MonthsComputed);
        await using var check = database.CreateDbContext();
        Assert.Equal(KpiMonthRefresher.CalculatorVersion, (await check.Set<KpiMonth>().SingleAsync(m => m.Month == January, Token)).CalculatorVersion);
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private async Task<KpiRefreshResult> RefreshAsync(TestDatabase database)
    {
        await using var db = database.CreateDbContext();
        return await new KpiMonthRefresher(db, new KpiCalculator(db), clock).RefreshAsync(mostMissingCalculations: 100, Token);
    }

    private KeptKpiFigures Kept(FrontDoorDbContext db) => new(db, new KpiCalculator(db), clock, Options.Create(new InsightOptions()));

    private async Task<KpiFigures> KeptAsync(TestDatabase database, DateOnly month)
    {
        await using var db = database.CreateDbContext();
        return await Kept(db).CalculateAsync(KpiRange.Month(month.Year, month.Month), Token);
    }

    private async Task<(int Received, int Closed)> ReceivedAndClosedAsync(TestDatabase database, DateOnly month)
    {
        var figures = await KeptAsync(database, month);
        return (figures.ContactsReceived, figures.ContactsClosed);
    }

    private static async Task<Dictionary<DateOnly, DateTimeOffset>> ComputedAtAsync(TestDatabase database)
    {
        await using var db = database.CreateDbContext();
        return await db.Set<KpiMonth>().ToDictionaryAsync(m => m.Month, m => m.ComputedAt, Token);
    }

    /// <summary>January: four contacts, one still open; February: one, closed; March: two; a call in each month.</summary>
    private static async Task<TestDatabase> SeedAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        foreach (var (at, closed) in new[]
        {
            (At(1, 5), true), (At(1, 12), true), (At(1, 20), false), (At(1, 31), true),
            (At(2, 10), true),
            (At(3, 2), true), (At(3, 9), false),
        })
        {
            var contact = Arrive(at);
            if (closed)
            {
                contact.Close([ContactOutcome.Signposted], null, at.AddHours(2), Advisor);
            }

            db.Add(contact);
        }

        db.AddRange(
            new CallRecord(Guid.CreateVersion7(), "C1", At(1, 6), At(1, 6).AddSeconds(30), null, 30, 200, "1", null, At(1, 6)),
            new CallRecord(Guid.CreateVersion7(), "C2", At(2, 6), null, At(2, 6).AddSeconds(90), 90, 0, "2", null, At(2, 6)),
            new CallRecord(Guid.CreateVersion7(), "C3", At(3, 6), At(3, 6).AddSeconds(10), null, 10, 100, null, null, At(3, 6)));
        await db.SaveChangesAsync(Token);
        return database;
    }

    private static DateTimeOffset At(int month, int day) => new(2025, month, day, 10, 0, 0, TimeSpan.Zero);

    private static Contact Arrive(DateTimeOffset at)
    {
        var contact = new Contact(Guid.CreateVersion7(), ContactReference.New(), ContactChannel.Phone, ContactSource.Self, at, "Needs help at home");
        contact.Open(at);
        contact.MoveToQueue("tier-1", "Arrived", at, ContactEvent.System);
        return contact;
    }
}
