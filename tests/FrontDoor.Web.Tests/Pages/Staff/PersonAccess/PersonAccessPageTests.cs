using System.Net;
using FrontDoor.Core.Audit;
using FrontDoor.Core.Data;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Tests.Hosting;
using FrontDoor.Web.Tests.Pages.Staff.People;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Tests.Pages.Staff.PersonAccess;

public sealed class PersonAccessPageTests
{
    [Theory]
    [BothProviders]
    public async Task Get_AsAdministrator_ShowsWhoSearchedAndViewedWithNameRoleAndWhy_AndAuditsTheLook(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var people = await PeopleToFind.SaveAsync(database);
        await using var app = FrontDoorAppFactory.For(database);
        using var advisor = app.CreateBrowserLikeClient();
        (await advisor.SignInAsDemoUserAsync("demo-advisor")).Dispose();
        (await advisor.PostFormAsync("/staff/people/search", "/staff/people/search", new Dictionary<string, string> { ["q"] = "Whitworth 14/8/1944" })).Dispose();
        (await advisor.GetAsync($"/staff/people/{people.Doris:D}?from=search", ct)).Dispose();
        using var admin = app.CreateBrowserLikeClient();
        (await admin.SignInAsDemoUserAsync("demo-administrator")).Dispose();

        var personPage = await admin.GetStringAsync($"/staff/people/{people.Doris:D}", ct);
        using var response = await admin.GetAsync($"/staff/people/{people.Doris:D}/access", ct);
        var html = await response.Content.ReadAsStringAsync(ct);

        Assert.Contains($"href=\"/staff/people/{people.Doris:D}/access\" data-testid=\"access-report-link\"", personPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1 class=\"govuk-heading-l\">Who has looked at this record</h1>", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"event-count\">3 events</h2>", html, StringComparison.Ordinal);
        Assert.Contains("Amira Khan", html, StringComparison.Ordinal);
        Assert.Contains("demo-advisor", html, StringComparison.Ordinal);
        Assert.Contains("Shown in search results or a list", html, StringComparison.Ordinal);
        Assert.Contains("opened from person search", html, StringComparison.Ordinal);
        Assert.Contains("Dev Patel", html, StringComparison.Ordinal);
        Assert.Contains(">Administrator<", html, StringComparison.Ordinal);

        await using var db = database.CreateDbContext();
        var looked = Assert.Single(await db.AuditEvents.AsNoTracking().Where(e => e.RecordType == PersonAccessReport.RecordType).ToListAsync(ct));
        Assert.Equal(("demo-administrator", "Dev Patel", "Administrator", people.Doris.ToString("D")), (looked.Actor, looked.ActorName, looked.ActorRole, looked.RecordId));
    }

    [Theory]
    [InlineData("demo-advisor")]
    [InlineData("demo-team-manager")]
    public async Task Get_AsAnyoneButAnAdministrator_IsRefusedAndTheLinkIsHidden(string demoUser)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        var people = await PeopleToFind.SaveAsync(database);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync(demoUser)).Dispose();

        var personPage = await client.GetStringAsync($"/staff/people/{people.Doris:D}", ct);
        using var response = await client.GetAsync($"/staff/people/{people.Doris:D}/access", ct);

        Assert.DoesNotContain("access-report-link", personPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/sign-in/access-denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        Assert.Equal(0, await db.AuditEvents.CountAsync(e => e.RecordType == PersonAccessReport.RecordType, ct));
    }

    [Fact]
    public async Task Get_WithANotRealDate_ShowsTheGovukErrorSummaryOnTheDateInput()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        var people = await PeopleToFind.SaveAsync(database);
        await using var app = FrontDoorAppFactory.For(database);
        using var admin = app.CreateBrowserLikeClient();
        (await admin.SignInAsDemoUserAsync("demo-administrator")).Dispose();

        var html = await admin.GetStringAsync($"/staff/people/{people.Doris:D}/access?From.Day=31&From.Month=2&From.Year=2026&To.Day=1&To.Month=3&To.Year=2026", ct);

        Assert.Contains("class=\"govuk-error-summary\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#From\">The date from must be a real date, for example 27 3 2026</a>", html, StringComparison.Ordinal);
        Assert.Contains("<title>Error: ", html, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task Get_WithADateRangeAndManyEvents_FiltersAndPagesWithPlainLinksThatKeepTheRange(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var people = await PeopleToFind.SaveAsync(database);
        await using (var db = database.CreateDbContext())
        {
            var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 2, 1, 10, 0, 0, TimeSpan.Zero));
            var audit = new AuditLog(db, clock);
            for (var i = 0; i < 70; i++)
            {
                audit.Record(new AuditActor("sub-7", "Jo Bloggs", "Advisor"), AuditAction.Viewed, "Person", AuditEvent.IdOf(people.Doris), null, "opened person record", [people.Doris]);
                clock.Advance(TimeSpan.FromHours(12));
            }

            await db.SaveChangesAsync(ct);
        }

        await using var app = FrontDoorAppFactory.For(database);
        using var admin = app.CreateBrowserLikeClient();
        (await admin.SignInAsDemoUserAsync("demo-administrator")).Dispose();
        const string range = "From.Day=1&From.Month=2&From.Year=2026&To.Day=28&To.Month=2&To.Year=2026";

        var first = await admin.GetStringAsync($"/staff/people/{people.Doris:D}/access?{range}", ct);
        var second = await admin.GetStringAsync($"/staff/people/{people.Doris:D}/access?{range}&events=2", ct);

        Assert.Contains("data-testid=\"event-count\">56 events</h2>", first, StringComparison.Ordinal);
        Assert.Equal(50, CountOf(first, "data-testid=\"access-event\""));
        Assert.Matches($@"href=""/staff/people/{people.Doris:D}/access\?[^""]*From\.Day=1&amp;[^""]*To\.Year=2026[^""]*events=2""", first);
        Assert.Equal(6, CountOf(second, "data-testid=\"access-event\""));
    }

    [Theory]
    [InlineData("events=999999999")]
    [InlineData("events=-3")]
    [InlineData("events=abc")]
    public async Task Get_WithAPageNumberPastTheEndOrMangled_ShowsEventsAndNoError(string pageQuery)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        var people = await PeopleToFind.SaveAsync(database);
        await using (var db = database.CreateDbContext())
        {
            new AuditLog(db, TimeProvider.System).RecordPersonViewed(new AuditActor("sub-7", "Jo Bloggs", "Advisor"), people.Doris, null, "opened person record");
            await db.SaveChangesAsync(ct);
        }

        await using var app = FrontDoorAppFactory.For(database);
        using var admin = app.CreateBrowserLikeClient();
        (await admin.SignInAsDemoUserAsync("demo-administrator")).Dispose();

        using var response = await admin.GetAsync($"/staff/people/{people.Doris:D}/access?{pageQuery}", ct);
        var html = await response.Content.ReadAsStringAsync(ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("govuk-error-summary", html, StringComparison.Ordinal);
        Assert.Contains("Jo Bloggs", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/staff")]
    [InlineData("/staff/people/search")]
    [InlineData("/staff/phone")]
    [InlineData("/staff/people/{doris}")]
    [InlineData("/staff/people/{doris}/access")]
    [InlineData("/api/v1/people/search?q=Whitworth")]
    [InlineData("/")]
    public async Task PagesWithPersonalData_SendNoStore(string path)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        var people = await PeopleToFind.SaveAsync(database);
        await using var app = FrontDoorAppFactory.For(database);
        using var admin = app.CreateBrowserLikeClient();
        (await admin.SignInAsDemoUserAsync("demo-administrator")).Dispose();

        using var response = await admin.GetAsync(path.Replace("{doris}", people.Doris.ToString("D"), StringComparison.Ordinal), ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, $"{path} sends Cache-Control: {response.Headers.CacheControl}");
    }

    [Fact]
    public async Task StaticFiles_StillCache()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();

        using var response = await client.GetAsync("/js/person-search.mjs", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(true, response.Headers.CacheControl?.NoStore);
    }

    private static int CountOf(string html, string text) =>
        (html.Length - html.Replace(text, string.Empty, StringComparison.Ordinal).Length) / text.Length;
}
