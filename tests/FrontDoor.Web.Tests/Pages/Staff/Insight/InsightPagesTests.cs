using System.Net;
using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Data;
using FrontDoor.Core.Telephony;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Tests.Hosting;

namespace FrontDoor.Web.Tests.Pages.Staff.Insight;

public sealed class InsightPagesTests
{
    private static readonly AuditActor Advisor = new("advisor-1", "Asha Advisor", "Advisor");

    [Theory]
    [InlineData("/staff/insight")]
    [InlineData("/staff/insight/kpis/callHandlingRate")]
    [InlineData("/staff/insight/report")]
    [InlineData("/staff/insight?handler=csv&table=kpis")]
    public async Task Get_AsAnAdvisor_IsRefused_KpisAreForManagers(string url)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = await SignedInAsync(app, "demo-advisor");

        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/sign-in/access-denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("demo-team-manager")]
    [InlineData("demo-administrator")]
    public async Task Dashboard_ForManagers_ShowsThisMonthAgainstBaselineAndTarget(string user)
    {
        await using var database = await SeededAsync();
        await using var app = FrontDoorAppFactory.For(database, new Dictionary<string, string?>
        {
            ["Insight:BaselineFrom"] = $"{Month.AddMonths(-1):yyyy-MM-dd}",
            ["Insight:BaselineTo"] = $"{Month.AddDays(-1):yyyy-MM-dd}",
        });
        using var client = await SignedInAsync(app, user);

        var html = await client.GetStringAsync("/staff/insight", TestContext.Current.CancellationToken);

        Assert.Contains("This month so far", html, StringComparison.Ordinal);
        // Kept by the refresh at start or computed live: either way as at the app's (stopped) clock, in UK time.
        Assert.Contains("Figures as at 2 March 2026 at 9:30am; the current month is brought up to date every minute.", html, StringComparison.Ordinal);
        Assert.Matches("data-testid=\"value-callHandlingRate\">\\s*50.0%", html);
        Assert.Matches("data-testid=\"kpi-callHandlingRate\"[\\s\\S]*?govuk-tag--red\">Off target<", html);
        Assert.Matches("data-testid=\"kpi-averageQueueSeconds\"[\\s\\S]*?govuk-tag--green\">On target<", html);
        Assert.Matches("data-testid=\"kpi-failureDemandShare\"[\\s\\S]*?govuk-tag--grey\">No target<", html);
        Assert.Contains("<title id=\"trend-contactsReceived-title\">Contacts received by month</title>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/staff/contacts?ReceivedFrom.Day=1&amp;ReceivedFrom.Month=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"no-baseline\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_OfTheKpiTable_IsTextCsvWithAHeaderRow_AndOneRowPerKpi()
    {
        await using var database = await SeededAsync();
        await using var app = FrontDoorAppFactory.For(database);
        using var client = await SignedInAsync(app, "demo-team-manager");

        using var response = await client.GetAsync("/staff/insight?handler=csv&table=kpis", TestContext.Current.CancellationToken);
        var lines = (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).TrimStart('\uFEFF').TrimEnd().Split('\n');

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("kpi,name,value,baseline,target,direction,standing", lines[0]);
        Assert.Contains("callHandlingRate,Call handling rate,0.5,,0.8,HigherIsBetter,OffTarget", lines);
        Assert.Equal(Core.Insight.KpiCatalogue.All.Count + 1, lines.Length);
    }

    [Fact]
    public async Task Csv_OfABreakdownAndOfAKpisTrend_HaveHeaderRows()
    {
        await using var database = await SeededAsync();
        await using var app = FrontDoorAppFactory.For(database);
        using var client = await SignedInAsync(app, "demo-team-manager");
        var ct = TestContext.Current.CancellationToken;

        var channels = await client.GetStringAsync("/staff/insight?handler=csv&table=contactsByChannel", ct);
        var ivr = await client.GetStringAsync("/staff/insight?handler=csv&table=callsByIvrOption", ct);
        var trend = await client.GetStringAsync("/staff/insight/kpis/callsOffered?handler=csv", ct);

        Assert.Equal("key,label,count\nPhone,Phone,2\n", channels.TrimStart('\uFEFF'));
        Assert.Equal("option,offered,abandoned,abandon_share\n'=cmd,2,1,0.5\n", ivr.TrimStart('\uFEFF'));
        Assert.StartsWith("month,callsOffered\n", trend.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.EndsWith($"{Month:yyyy-MM},2\n", trend, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Trend_Covers24Months_InItsTableAndCsv_AndItsChartDrawsTheLast12()
    {
        await using var database = await SeededAsync();
        await using var app = FrontDoorAppFactory.For(database);
        using var client = await SignedInAsync(app, "demo-team-manager");
        var ct = TestContext.Current.CancellationToken;

        var html = await client.GetStringAsync("/staff/insight/kpis/callsOffered", ct);
        var csv = (await client.GetStringAsync("/staff/insight/kpis/callsOffered?handler=csv", ct)).TrimStart('\uFEFF').TrimEnd().Split('\n');

        var chart = System.Text.RegularExpressions.Regex.Match(html, "data-testid=\"trend-callsOffered\">[\\s\\S]*?</svg>").Value;
        Assert.Equal(12, System.Text.RegularExpressions.Regex.Count(chart, "<rect "));
        var table = System.Text.RegularExpressions.Regex.Match(html, "data-testid=\"trend-callsOffered-table\"[\\s\\S]*?</table>").Value;
        Assert.Equal(24, System.Text.RegularExpressions.Regex.Count(table, "<th scope=\"row\""));
        Assert.Equal(25, csv.Length);
        Assert.StartsWith($"{Month.AddMonths(-23):yyyy-MM},", csv[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_ForOneTeam_NarrowsTheContactKpisToItsQueue_AndKeepsTheTeamOnLinks()
    {
        await using var database = await SeededAsync();
        await using var app = FrontDoorAppFactory.For(database);
        using var client = await SignedInAsync(app, "demo-team-manager");
        var ct = TestContext.Current.CancellationToken;

        var tier1 = await client.GetStringAsync("/staff/insight?Team=tier-1", ct);
        var mash = await client.GetStringAsync("/staff/insight?Team=mash", ct);
        var unknownTeam = await client.GetStringAsync("/staff/insight?Team=nobody", ct);
        var drillDown = await client.GetStringAsync("/staff/contacts?Queue=mash", ct);
        var tier1DrillDown = await client.GetStringAsync("/staff/contacts?Queue=tier-1", ct);

        Assert.Contains("Contacts in the <strong>Customer Service Centre (Tier 1)</strong> queue only", tier1, StringComparison.Ordinal);
        Assert.Matches("data-testid=\"value-contactsReceived\">\\s*<a class=\"govuk-link\" href=\"/staff/contacts\\?[^\"]*&amp;Queue=tier-1\">2<", tier1);
        Assert.Contains("<option value=\"tier-1\" selected=\"selected\">", tier1, StringComparison.Ordinal);
        Assert.Contains("handler=csv&amp;table=kpis&amp;Team=tier-1", tier1, StringComparison.Ordinal);
        Assert.Matches("data-testid=\"value-contactsReceived\">\\s*0\\s*<", mash);

        // Calls are not the team's: the whole contact centre's show whichever team is chosen.
        Assert.Matches("data-testid=\"value-callsOffered\">\\s*2\\s*<", mash);
        Assert.DoesNotContain("data-testid=\"insight-team\"", unknownTeam, StringComparison.Ordinal);
        Assert.Matches("data-testid=\"value-contactsReceived\">\\s*<a", unknownTeam);
        Assert.Contains("<input type=\"hidden\" name=\"Queue\" value=\"mash\"", drillDown, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"no-contacts\"", drillDown, StringComparison.Ordinal);
        Assert.Contains(">2 contacts, newest first</caption>", tier1DrillDown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_ShowsTheWaitingListAndChannelMixTables_EachAsCsv()
    {
        await using var database = await SeededAsync();
        await using var app = FrontDoorAppFactory.For(database);
        using var client = await SignedInAsync(app, "demo-team-manager");
        var ct = TestContext.Current.CancellationToken;

        var html = await client.GetStringAsync("/staff/insight", ct);
        var ageBands = await client.GetStringAsync("/staff/insight?handler=csv&table=channelByAgeBand", ct);
        var areas = await client.GetStringAsync("/staff/insight?handler=csv&table=channelByArea", ct);
        var waiting = await client.GetStringAsync("/staff/insight?handler=csv&table=waitingListByRisk", ct);

        Assert.Contains("data-testid=\"table-waitingListByRisk\"", html, StringComparison.Ordinal);
        Assert.Contains("Nobody was waiting for a team", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"table-channelByAgeBand\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"kpi-resolvedAtFrontDoorShare\"", html, StringComparison.Ordinal);
        Assert.Matches("data-testid=\"value-resolvedAtFrontDoorShare\">\\s*50.0%", html);
        Assert.Equal("channel,age_band,count\nPhone,Unknown,2\n", ageBands.TrimStart('\uFEFF'));
        Assert.Equal("channel,postcode_district,count\nPhone,Unknown,2\n", areas.TrimStart('\uFEFF'));
        Assert.Equal("risk,waiting,longest_wait_seconds,average_wait_seconds,overdue_check_ins,at\n", waiting.TrimStart('\uFEFF'));
    }

    [Fact]
    public async Task Dashboard_WithTheLastDayBeforeTheFirst_ShowsAGovukError()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = await SignedInAsync(app, "demo-team-manager");

        var html = await client.GetStringAsync("/staff/insight?From.Day=2&From.Month=3&From.Year=2025&To.Day=1&To.Month=3&To.Year=2025", TestContext.Current.CancellationToken);
        var missing = await client.GetStringAsync("/staff/insight?From.Day=31&From.Month=2&From.Year=2025", TestContext.Current.CancellationToken);

        Assert.Contains("govuk-error-summary", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#To\">The last day of the period must be the same as or after the first day</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#From\">The first day of the period must be a real date</a>", missing, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#To\">Enter the last day of the period</a>", missing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DefinitionPage_SaysWhatItCounts_AndAnUnknownKpiIsNotFound()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = await SignedInAsync(app, "demo-team-manager");

        var html = await client.GetStringAsync("/staff/insight/kpis/callHandlingRate", TestContext.Current.CancellationToken);
        using var unknown = await client.GetAsync("/staff/insight/kpis/happiness", TestContext.Current.CancellationToken);

        Assert.Contains("<h1 class=\"govuk-heading-l\">Call handling rate</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Calls offered", html, StringComparison.Ordinal);
        Assert.Contains("Higher is better", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"trend-callHandlingRate-table\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private static DateOnly Month => new(FrontDoorAppFactory.Now.Year, FrontDoorAppFactory.Now.Month, 1);

    /// <summary>This month: two phone contacts (one resolved with advice, one about an allocated person) and two calls, one abandoned.</summary>
    private static async Task<TestDatabase> SeededAsync()
    {
        var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var db = database.CreateDbContext();
        var at = new DateTimeOffset(Month.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddHours(9);
        foreach (var (outcome, minutes) in new[] { (ContactOutcome.InformationAndAdvice, 0), (ContactOutcome.RedirectedToAllocatedWorker, 30) })
        {
            var contact = new Contact(Guid.CreateVersion7(), ContactReference.New(), ContactChannel.Phone, ContactSource.Self, at.AddMinutes(minutes), "Needs help with meals");
            contact.Open(contact.ReceivedAt);
            contact.MoveToQueue("tier-1", "Arrived", contact.ReceivedAt, ContactEvent.System);
            contact.Close([outcome], null, contact.ReceivedAt.AddMinutes(10), Advisor);
            db.Add(contact);
        }

        db.AddRange(
            new CallRecord(Guid.CreateVersion7(), "C1", at, at.AddSeconds(40), null, 40, 200, "=cmd", "agent-1", at),
            new CallRecord(Guid.CreateVersion7(), "C2", at, null, at.AddSeconds(20), 20, 0, "=cmd", null, at));
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return database;
    }

    private static async Task<HttpClient> SignedInAsync(FrontDoorAppFactory app, string demoUser)
    {
        var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync(demoUser)).Dispose();
        return client;
    }
}
