using System.Net;
using System.Text.RegularExpressions;
using FrontDoor.Core.Data;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Tests.Hosting;

namespace FrontDoor.Web.Tests.Pages.Staff.TriageFlows;

public sealed partial class TriageFlowsPageTests
{
    [Fact]
    public async Task List_AsAnAdvisor_LinksEveryShippedFlowWithItsVersion()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var advisor = app.CreateBrowserLikeClient();
        (await advisor.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        using var response = await advisor.GetAsync("/staff/triage-flows", ct);
        var html = await response.Content.ReadAsStringAsync(ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(8, FlowLink().Count(html));
        Assert.Contains("href=\"/staff/triage-flows/hospital-discharge\" data-testid=\"flow-hospital-discharge\">Hospital discharge</a>", html, StringComparison.Ordinal);
        Assert.Contains("Version 1 · 5 questions · 3 outcomes", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Flow_DrawsEveryStepAndOutcome_AndWritesTheSameFlowOutAsText()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var advisor = app.CreateBrowserLikeClient();
        (await advisor.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        using var response = await advisor.GetAsync("/staff/triage-flows/carer", ct);
        var html = await response.Content.ReadAsStringAsync(ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string[] steps = ["caring-breaking-down", "who-is-cared-for-urgent", "who-is-cared-for", "impact", "wants"];
        string[] outcomes = ["urgent-carers", "carers-information", "carers-assessment"];
        foreach (var id in steps.Concat(outcomes))
        {
            Assert.Contains($"data-testid=\"diagram-{id}\"", html, StringComparison.Ordinal);
        }

        foreach (var id in steps)
        {
            Assert.Contains($"data-testid=\"step-{id}\"", html, StringComparison.Ordinal);
        }

        foreach (var id in outcomes)
        {
            Assert.Contains($"data-testid=\"outcome-{id}\"", html, StringComparison.Ordinal);
        }

        // Two answers, two arrows out of the first question; the text says where each answer goes.
        Assert.Equal(7, DiagramArrow().Count(html));
        Assert.Contains("<strong>Yes</strong>: go to <a class=\"govuk-link\" href=\"#step-who-is-cared-for-urgent\">", html, StringComparison.Ordinal);
        Assert.Contains("Carer breakdown</strong>", html, StringComparison.Ordinal);
        Assert.Contains("govuk-tag--red\">Urgent</strong>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Flow_ThatDoesNotExist_Returns404()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var advisor = app.CreateBrowserLikeClient();
        (await advisor.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        using var response = await advisor.GetAsync("/staff/triage-flows/no-such-flow", ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task List_SignedOut_RedirectsToSignIn()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();

        using var response = await client.GetAsync("/staff/triage-flows", ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/sign-in", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [GeneratedRegex("href=\"/staff/triage-flows/[a-z-]+\" data-testid=\"flow-")]
    private static partial Regex FlowLink();

    [GeneratedRegex("<line ")]
    private static partial Regex DiagramArrow();
}
