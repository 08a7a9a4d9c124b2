using System.Net;
using FrontDoor.Core.Audit;
using FrontDoor.Core.Data;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Tests.Hosting;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Tests.Pages.Staff.People;

public sealed class FindPersonPageTests
{
    [Theory]
    [BothProviders]
    public async Task Post_WithQuery_ShowsResultsWithAllocationWithoutJavaScriptAndAuditsWhoWasShown(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var people = await PeopleToFind.SaveAsync(database);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        using var response = await client.PostFormAsync("/staff/people/search", "/staff/people/search", new Dictionary<string, string> { ["q"] = "Whitworth 14 August 1944 31/02/1950" });
        var html = await response.Content.ReadAsStringAsync(ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"href=\"/staff/people/{people.Doris:D}?from=search\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Whitworth%20", html, StringComparison.Ordinal);
        Assert.Contains("<form method=\"post\" novalidate role=\"search\"", html, StringComparison.Ordinal);
        Assert.Contains(">Doris Whitworth</a>", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"allocated-worker\">Priya Shah (Occupational therapist)</span>", html, StringComparison.Ordinal);
        Assert.Contains("Duty line <strong>01632 960002</strong>, Monday to Friday, 8:30am to 5pm", html, StringComparison.Ordinal);
        Assert.Contains("Open now", html, StringComparison.Ordinal);
        Assert.Contains("31/02/1950 (not a real date, so date of birth was not searched)", html, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\" href=\"/staff/people/search\">Find a person</a>", html, StringComparison.Ordinal);

        await using var db = database.CreateDbContext();
        var searched = Assert.Single(await db.AuditEvents.Include(a => a.People).Where(a => a.Action == AuditAction.Searched).ToListAsync(ct));
        Assert.Contains(searched.People, p => p.PersonId == people.Doris);
        Assert.Equal("demo-advisor", searched.Actor);
        Assert.Equal("Amira Khan", searched.ActorName);
        Assert.Equal("Advisor", searched.ActorRole);
    }

    [Fact]
    public async Task Post_ACommonFamilyNameAlone_SaysHowManyThereAre_AndItsNextPageIsAnotherPost()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using (var db = database.CreateDbContext())
        {
            for (var i = 0; i < 25; i++)
            {
                db.People.Add(new Core.People.Person(Guid.NewGuid(), new Core.People.PersonName($"Given{(char)('a' + i)}", "Ashworth"), DateTimeOffset.UtcNow));
            }

            await db.SaveChangesAsync(ct);
        }

        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        using var first = await client.PostFormAsync("/staff/people/search", "/staff/people/search", new Dictionary<string, string> { ["q"] = "Ashworth" });
        var firstHtml = await first.Content.ReadAsStringAsync(ct);
        using var second = await client.PostFormAsync("/staff/people/search", "/staff/people/search", new Dictionary<string, string> { ["q"] = "Ashworth", ["page"] = "2" });
        var secondHtml = await second.Content.ReadAsStringAsync(ct);

        Assert.Contains("25 people found", firstHtml, StringComparison.Ordinal);
        Assert.Contains("Showing 1 to 20 of 25", firstHtml, StringComparison.Ordinal);
        Assert.Contains("name=\"page\" value=\"2\"", firstHtml, StringComparison.Ordinal);
        Assert.Contains("Showing 21 to 25 of 25", secondHtml, StringComparison.Ordinal);
        Assert.Contains("name=\"page\" value=\"1\"", secondHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"next-results\"", secondHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_WithQueryInTheAddress_IgnoresItSoSearchTermsNeverTravelInUrls()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await PeopleToFind.SaveAsync(database);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        var html = await client.GetStringAsync("/staff/people/search?q=Whitworth", ct);

        Assert.DoesNotContain("data-testid=\"results-heading\"", html, StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        Assert.Equal(0, await db.AuditEvents.CountAsync(a => a.Action == AuditAction.Searched, ct));
    }

    [Fact]
    public async Task Post_WithEmptyQuery_ShowsTheGovukErrorSummary()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        using var response = await client.PostFormAsync("/staff/people/search", "/staff/people/search", new Dictionary<string, string> { ["q"] = string.Empty });
        var html = await response.Content.ReadAsStringAsync(ct);

        Assert.Contains("class=\"govuk-error-summary\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#q\">Enter a name, date of birth, postcode, NHS number, LAS ID or phone number</a>", html, StringComparison.Ordinal);
        Assert.Contains("<title>Error: Find a person", html, StringComparison.Ordinal);
        Assert.Contains("govuk-input--error", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_WhenAnonymous_RedirectsToSignIn()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();

        using var response = await client.GetAsync("/staff/people/search?q=Smith", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/sign-in", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task GetPerson_ShowsDetailsAndAllocationAndAuditsTheView(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var people = await PeopleToFind.SaveAsync(database);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        var html = await client.GetStringAsync($"/staff/people/{people.Doris:D}?from=search", ct);
        using var missing = await client.GetAsync($"/staff/people/{Guid.NewGuid():D}", ct);

        Assert.Contains("data-testid=\"person-name\">Doris Whitworth</h1>", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"person-nhs-number\">401 023 2137</span>", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"person-former-family-name\">Pickering</span>", html, StringComparison.Ordinal);
        Assert.Contains("Priya Shah (Occupational therapist)", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/staff/people/search\" class=\"govuk-back-link\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"access-report-link\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);

        await using var db = database.CreateDbContext();
        var viewed = Assert.Single(await db.AuditEvents.Include(a => a.People).Where(a => a.Action == AuditAction.Viewed).ToListAsync(ct));
        Assert.Equal(people.Doris.ToString("D"), viewed.RecordId);
        Assert.Equal("opened from person search", viewed.Detail);
        Assert.Equal(people.Doris, Assert.Single(viewed.People).PersonId);
        Assert.Equal("demo-advisor", viewed.Actor);
    }
}
