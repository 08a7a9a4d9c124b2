using System.Net;
using FrontDoor.Core.Data;
using FrontDoor.Core.Insight.Staffing;
using FrontDoor.TestCommon.Databases;
using FrontDoor.TestCommon.Telephony;
using FrontDoor.Web.Pages.Staff.Staffing;
using FrontDoor.Web.Tests.Hosting;

namespace FrontDoor.Web.Tests.Pages.Staff.Staffing;

public sealed class StaffingPageTests
{
    private const string Url = "/staff/staffing";
    private const string Monday = "/staff/staffing?day=Monday";

    [Fact]
    public async Task Get_WithNoCalls_SaysThereIsNoPatternAndLinksToTheImport()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = await SignedInAsync(app, "demo-team-manager");

        var html = await client.GetStringAsync(Url, TestContext.Current.CancellationToken);

        Assert.Contains("data-testid=\"no-calls\"", html, StringComparison.Ordinal);
        Assert.Contains("80% of calls answered within 10 min 0 s", html, StringComparison.Ordinal);
        Assert.DoesNotContain("rota-form", html, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task Get_WithCalls_ShowsEachHalfHoursCallsAndTheAdvisorsTheTargetNeeds(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await AddMondayMorningCallsAsync(database);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = await SignedInAsync(app, "demo-team-manager");

        var html = await client.GetStringAsync(Url, TestContext.Current.CancellationToken);

        Assert.Contains("From the 40 calls offered from 1 June 2026 to 8 June 2026", html, StringComparison.Ordinal);
        Assert.Contains("<strong>9 min 0 s</strong> to handle", html, StringComparison.Ordinal);
        var row = Row(html, "09:00");
        var target = new StaffingTarget(0.8, 600);
        Assert.Contains("data-testid=\"calls-an-hour\">40<", row, StringComparison.Ordinal);
        Assert.Contains($"data-testid=\"needed-erlang-c\">{AgentsNeeded.ForTarget(40, 540, target)}<", row, StringComparison.Ordinal);
        Assert.Contains($"data-testid=\"needed-erlang-a\">{AgentsNeeded.ForTarget(40, 540, target, 540)}<", row, StringComparison.Ordinal);
        Assert.Contains("No calls were offered on a Tuesday", await client.GetStringAsync("/staff/staffing?day=Tuesday", TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Rota_ShowsWhatItGivesEachHalfHour_AndFlagsTooFewAdvisors()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await AddMondayMorningCallsAsync(database);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = await SignedInAsync(app, "demo-team-manager");

        using var enough = await client.PostFormAsync(Monday, Monday, new Dictionary<string, string> { ["Rota[0]"] = "8" });
        using var tooFew = await client.PostFormAsync(Monday, Monday, new Dictionary<string, string> { ["Rota[0]"] = "5" });

        var row = Row(await enough.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), "09:00");
        var expected = ErlangA.Forecast(new QueueInputs(40, 540, 8, 600, 540)).Prediction!;
        Assert.Contains($"value=\"8\"", row, StringComparison.Ordinal);
        Assert.Contains(StaffingWords.Share(expected.AnswerRate), row, StringComparison.Ordinal);
        Assert.Contains(StaffingWords.Share(expected.ServiceLevel), row, StringComparison.Ordinal);
        Assert.Contains(StaffingWords.Seconds(expected.AverageSpeedOfAnswerSeconds), row, StringComparison.Ordinal);
        Assert.DoesNotContain("too-few-advisors", row, StringComparison.Ordinal);
        var short5 = Row(await tooFew.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), "09:00");
        Assert.Contains("data-testid=\"too-few-advisors\"", short5, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"below-target\"", short5, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("four", "Advisors from 09:00 to 09:30 must be a whole number from 0 to 1,000")]
    [InlineData("-2", "Advisors from 09:00 to 09:30 must be a whole number from 0 to 1,000")]
    [InlineData("1001", "Advisors from 09:00 to 09:30 must be a whole number from 0 to 1,000")]
    [InlineData("", "Enter the advisors on the rota for at least one half hour")]
    public async Task Post_BadOrEmptyRota_ShowsTheGovukErrorSummaryLinkedToTheField(string typed, string message)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await AddMondayMorningCallsAsync(database);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = await SignedInAsync(app, "demo-team-manager");

        using var response = await client.PostFormAsync(Monday, Monday, new Dictionary<string, string> { ["Rota[0]"] = typed });
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("govuk-error-summary", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"#{IndexModel.RotaId(0)}\">{WebUtility.HtmlEncode(message)}</a>", html, StringComparison.Ordinal);
        Assert.Contains($"id=\"{IndexModel.RotaId(0)}-error\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"answer-rate\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_WithAMangledDay_ShowsMonday()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await AddMondayMorningCallsAsync(database);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = await SignedInAsync(app, "demo-team-manager");

        var html = await client.GetStringAsync("/staff/staffing?day=Funday", TestContext.Current.CancellationToken);

        Assert.DoesNotContain("govuk-error-summary", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"interval-09:00\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_AsAnAdvisor_IsRefused_PlanningIsForManagers()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = await SignedInAsync(app, "demo-advisor");

        using var response = await client.GetAsync(Url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/sign-in/access-denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("staffing-link", await client.GetStringAsync("/staff", TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    private static async Task AddMondayMorningCallsAsync(TestDatabase database)
    {
        await using var db = database.CreateDbContext();
        await MondayMorningCalls.AddAsync(db, TestContext.Current.CancellationToken);
    }

    private static string Row(string html, string start)
    {
        var at = html.IndexOf($"data-testid=\"interval-{start}\"", StringComparison.Ordinal);
        Assert.True(at >= 0, $"no row for {start}");
        return html[at..html.IndexOf("</tr>", at, StringComparison.Ordinal)];
    }

    private static async Task<HttpClient> SignedInAsync(FrontDoorAppFactory app, string demoUser)
    {
        var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync(demoUser)).Dispose();
        return client;
    }
}
