using System.Net;
using FrontDoor.Core.Audit;
using FrontDoor.Core.Data;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Tests.Hosting;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Tests.Pages.SignIn;

public sealed class SignInTests
{
    [Fact]
    public async Task Get_Staff_WhenAnonymous_RedirectsToSignInWithReturnUrl()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();

        using var response = await client.GetAsync("/staff", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/sign-in?ReturnUrl=%2Fstaff", response.Headers.Location?.PathAndQuery);
    }

    [Fact]
    public async Task Post_DemoAdvisor_SignsInReturnsToStaffAndAuditsTheSignIn()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();

        using var signIn = await client.SignInAsDemoUserAsync("demo-advisor", "/staff");

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/staff", signIn.Headers.Location?.OriginalString);
        var cookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie"), value => value.StartsWith("__Host-FrontDoor=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);

        await using var db = database.CreateDbContext();
        var audit = await db.AuditEvents.SingleAsync(ct);
        Assert.Equal(("demo-advisor", AuditAction.SignedIn, FrontDoorAppFactory.Now), (audit.Actor, audit.Action, audit.OccurredAt));
    }

    [Fact]
    public async Task Post_WithNobodyChosen_ShowsErrorSummaryLinkedToTheFirstRadioAndInlineError()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();

        using var response = await client.SignInAsDemoUserAsync(string.Empty);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>Error: Sign in", html, StringComparison.Ordinal);
        Assert.Contains("<h2 class=\"govuk-error-summary__title\">There is a problem</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#DemoUserId\">Select who you want to sign in as</a>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"govuk-error-message\" id=\"DemoUserId-error\"><span class=\"govuk-visually-hidden\">Error:</span> Select who you want to sign in as</p>", html, StringComparison.Ordinal);
        Assert.Contains("class=\"govuk-form-group govuk-form-group--error\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"DemoUserId\" name=\"DemoUserId\" type=\"radio\" value=\"demo-advisor\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WithReturnUrlToAnotherSite_GoesToStaffHomeInstead()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();

        using var response = await client.SignInAsDemoUserAsync("demo-team-manager", "https://evil.example/phish");

        Assert.Equal("/staff", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRejected()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["DemoUserId"] = "demo-administrator" });

        using var response = await client.PostAsync("/sign-in?handler=Demo", form, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("__Host-FrontDoor=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Get_WhenDemoIsOffAndCouncilSignInIsSet_OffersOnlyTheCouncilAccountAndRefusesDemoSignIn()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database, new Dictionary<string, string?>
        {
            ["FrontDoor:Demo"] = "false",
            ["Authentication:OpenIdConnect:Authority"] = "https://login.example.test/tenant/v2.0",
            ["Authentication:OpenIdConnect:ClientId"] = "frontdoor",
            ["Authentication:OpenIdConnect:ClientSecret"] = "not-a-real-secret",
        });
        using var client = app.CreateBrowserLikeClient();

        var html = await client.GetStringAsync("/sign-in", TestContext.Current.CancellationToken);
        using var demo = await client.SignInAsDemoUserAsync("demo-administrator");

        Assert.Contains("Sign in with your council account", html, StringComparison.Ordinal);
        Assert.DoesNotContain("demo-administrator", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, demo.StatusCode);
    }

    [Fact]
    public async Task SignOut_ClearsTheSessionAndAuditsIt()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-support-worker")).Dispose();
        app.Clock.Advance(TimeSpan.FromMinutes(20));

        using var signOut = await client.PostFormAsync("/sign-out", "/sign-out", new Dictionary<string, string>());
        using var staff = await client.GetAsync("/staff", ct);

        Assert.Equal("/signed-out", signOut.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, staff.StatusCode);
        await using var db = database.CreateDbContext();
        var trail = await db.AuditEvents.OrderBy(e => e.OccurredAt).Select(e => new { e.Action, e.OccurredAt, e.Actor }).ToListAsync(ct);
        Assert.Equal(
            [(AuditAction.SignedIn, FrontDoorAppFactory.Now), (AuditAction.SignedOut, FrontDoorAppFactory.Now.AddMinutes(20))],
            trail.Select(e => (e.Action, e.OccurredAt)));
        Assert.All(trail, e => Assert.Equal("demo-support-worker", e.Actor));
    }

    [Fact]
    public async Task Staff_AfterAnHourWithNothingDone_AsksToSignInAgain()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        app.Clock.Advance(TimeSpan.FromMinutes(50));
        using var stillSignedIn = await client.GetAsync("/staff", ct);
        app.Clock.Advance(TimeSpan.FromMinutes(61));
        using var expired = await client.GetAsync("/staff", ct);

        Assert.Equal(HttpStatusCode.OK, stillSignedIn.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, expired.StatusCode);
        Assert.StartsWith("/sign-in", expired.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }
}
