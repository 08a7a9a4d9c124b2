using System.Net;
using System.Text;
using FrontDoor.Core.Audit;
using FrontDoor.Core.CaseSystem;
using FrontDoor.Core.Data;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Tests.Hosting;
using FrontDoor.Web.Tests.Pages.Staff.People;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDoor.Web.Tests.Pages.Staff.Imports;

public sealed class ImportsPageTests
{
    private const string Teams = """
        team_id,name,duty_phone,duty_email
        T1,Loughborough adults,01632 960001,duty.lough@example.gov.uk
        """;

    // Line 3 names a team FrontDoor does not hold; line 4 has a role it does not know.
    private const string Workers = """
        worker_id,name,role,team_id
        W1,Priya Shah,occupational therapist,T1
        W2,Sam Jones,social worker,T9
        W3,Ann Lee,wizard,T1
        """;

    [Theory]
    [InlineData("demo-advisor")]
    [InlineData("demo-support-worker")]
    [InlineData("demo-team-manager")]
    public async Task Get_AsAnyoneButAnAdministrator_IsForbidden_AndTheHomePageHasNoLink(string demoUser)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        var run = await ImportAsync(app, CaseSystemFileKind.Teams, "teams.csv", Teams);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync(demoUser)).Dispose();

        foreach (var address in new[] { "/staff/imports", $"/staff/imports/{run.Id:D}" })
        {
            using var response = await client.GetAsync(address, ct);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("https://localhost/sign-in/access-denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
            using var denied = await client.GetAsync(response.Headers.Location, ct);
            Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
            Assert.DoesNotContain("teams.csv", await denied.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        }

        Assert.DoesNotContain("data-testid=\"imports-link\"", await client.GetStringAsync("/staff", ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_AsAdministrator_ShowsTheLastSuccessfulImportOfEachKind_ThenRunsNewestFirstWithCounts_Paged()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);

        // An import that stopped with its process an hour ago, then teams, workers (with refused rows) and a refused people file.
        await using (var db = database.CreateDbContext())
        {
            db.CaseSystemImportRuns.Add(new CaseSystemImportRun(Guid.CreateVersion7(), CaseSystemFileKind.Allocations, "allocations-stopped.csv", true, "case-system drop folder", null, FrontDoorAppFactory.Now.AddHours(-1)));
            await db.SaveChangesAsync(ct);
        }

        await ImportAsync(app, CaseSystemFileKind.Teams, "teams-2026-03-02.csv", Teams);
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        await ImportAsync(app, CaseSystemFileKind.Workers, "workers-full-2026-03-02.csv", Workers, full: true);
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        await ImportAsync(app, CaseSystemFileKind.People, "people.csv", Teams);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-administrator")).Dispose();

        var home = await client.GetStringAsync("/staff", ct);
        var html = await client.GetStringAsync("/staff/imports", ct);

        Assert.Contains("href=\"/staff/imports\" data-testid=\"imports-link\"", home, StringComparison.Ordinal);
        Assert.Contains("<span data-testid=\"last-completed-teams\">2 March 2026 at 9:30am</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span data-testid=\"last-completed-workers\">2 March 2026 at 9:35am</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span data-testid=\"last-completed-people\">Never</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span data-testid=\"last-completed-allocations\">Never</span>", html, StringComparison.Ordinal);
        var rows = RowsOf(html);
        Assert.Equal(4, rows.Count);
        Assert.Contains(">people.csv</a>", rows[0], StringComparison.Ordinal);
        Assert.Contains("data-testid=\"import-status\" class=\"govuk-tag govuk-tag--red\">Refused</strong>", rows[0], StringComparison.Ordinal);
        Assert.Contains(">workers-full-2026-03-02.csv</a>", rows[1], StringComparison.Ordinal);
        Assert.Contains("<td class=\"govuk-table__cell\">Workers</td><td class=\"govuk-table__cell\">Full list</td><td class=\"govuk-table__cell\">Dev Patel</td><td class=\"govuk-table__cell\">2 March 2026 at 9:35am</td>", Squash(rows[1]), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"import-counts\">3 rows read: 1 added, 0 changed, 0 unchanged, 0 ended, 2 refused</td>", rows[1], StringComparison.Ordinal);
        Assert.Contains("data-testid=\"import-status\" class=\"govuk-tag govuk-tag--green\">Completed</strong>", rows[1], StringComparison.Ordinal);
        Assert.Contains(">teams-2026-03-02.csv</a>", rows[2], StringComparison.Ordinal);
        Assert.Contains(">Changes<", rows[2], StringComparison.Ordinal);
        Assert.Contains(">allocations-stopped.csv</a>", rows[3], StringComparison.Ordinal);
        Assert.Contains("case-system drop folder", rows[3], StringComparison.Ordinal);
        Assert.Contains("data-testid=\"import-status\" class=\"govuk-tag govuk-tag--orange\">Interrupted</strong>", rows[3], StringComparison.Ordinal);
        Assert.DoesNotContain("imports-pagination", html, StringComparison.Ordinal);

        // A second page once there are more than a page's worth, through the shared pagination.
        await using (var db = database.CreateDbContext())
        {
            for (var i = 0; i < 22; i++)
            {
                db.CaseSystemImportRuns.Add(new CaseSystemImportRun(Guid.CreateVersion7(), CaseSystemFileKind.Teams, $"old-teams-{i:00}.csv", false, "cli", null, FrontDoorAppFactory.Now.AddDays(-30 - i)));
            }

            await db.SaveChangesAsync(ct);
        }

        var first = await client.GetStringAsync("/staff/imports", ct);
        var second = await client.GetStringAsync("/staff/imports?runs=2", ct);
        Assert.Equal(25, RowsOf(first).Count);
        Assert.Contains("26 imports, showing 1 to 25", first, StringComparison.Ordinal);
        Assert.Contains("href=\"/staff/imports?runs=2\" rel=\"next\" data-testid=\"imports-pagination-next\"", first, StringComparison.Ordinal);
        Assert.Contains(">old-teams-21.csv</a>", Assert.Single(RowsOf(second)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetRun_AsAdministrator_ShowsItsReportAndTheRefusedRowsByLine()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        await ImportAsync(app, CaseSystemFileKind.Teams, "teams.csv", Teams);
        var workers = await ImportAsync(app, CaseSystemFileKind.Workers, "workers.csv", Workers);
        var refused = await ImportAsync(app, CaseSystemFileKind.People, "people.csv", Teams);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-administrator")).Dispose();

        var list = await client.GetStringAsync("/staff/imports", ct);
        var html = await client.GetStringAsync($"/staff/imports/{workers.Id:D}", ct);
        var refusedHtml = await client.GetStringAsync($"/staff/imports/{refused.Id:D}", ct);
        using var missing = await client.GetAsync($"/staff/imports/{Guid.NewGuid():D}", ct);

        Assert.Contains($"href=\"/staff/imports/{workers.Id:D}\" data-testid=\"import-run-link\">workers.csv</a>", list, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"run-file-name\">workers.csv</h1>", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"run-summary\">3 rows read: 1 added, 0 changed, 0 unchanged, 0 ended, 2 refused</span>", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"run-status\" class=\"govuk-tag govuk-tag--green\">Completed</strong>", html, StringComparison.Ordinal);
        Assert.Contains($"<code>{workers.Id:D}</code>", html, StringComparison.Ordinal);
        Assert.Contains("2 rows refused, by line in the file", html, StringComparison.Ordinal);
        Assert.Contains("<th class=\"govuk-table__header\" scope=\"row\">3</th><td class=\"govuk-table__cell\">team_id is not a team FrontDoor holds: import the teams export first</td>", html, StringComparison.Ordinal);
        Assert.Contains("<th class=\"govuk-table__header\" scope=\"row\">4</th><td class=\"govuk-table__cell\">role is not one FrontDoor knows", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf(">3</th>", StringComparison.Ordinal) < html.IndexOf(">4</th>", StringComparison.Ordinal));

        Assert.Contains("data-testid=\"run-status\" class=\"govuk-tag govuk-tag--red\">Refused</strong>", refusedHtml, StringComparison.Ordinal);
        Assert.Contains($"data-testid=\"run-message\">{refused.Message}</span>", refusedHtml, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"no-refusals\"", refusedHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task SearchPersonAndPhonePages_ShowRecordsAsOf_OnlyOnceAPeopleOrAllocationsImportHasCompleted_PreferringAllocations()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        var people = await PeopleToFind.SaveAsync(database);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        // Teams alone say nothing about allocations.
        await ImportAsync(app, CaseSystemFileKind.Teams, "teams.csv", Teams);
        var before = await SearchAsync(client);
        Assert.Contains(">Doris Whitworth</a>", before, StringComparison.Ordinal);
        Assert.DoesNotContain("records-as-of", before, StringComparison.Ordinal);
        Assert.DoesNotContain("records-as-of", await client.GetStringAsync($"/staff/people/{people.Doris:D}", ct), StringComparison.Ordinal);
        Assert.DoesNotContain("records-as-of", await client.GetStringAsync($"/staff/phone/record?PersonId={people.Doris:D}", ct), StringComparison.Ordinal);

        // A people import at 9:30am; the pages keep what they read for 30 seconds.
        await ImportAsync(app, CaseSystemFileKind.People, "people.csv", "person_id,given_name,family_name\nP1,Joan,Hughes\n");
        Assert.DoesNotContain("records-as-of", await SearchAsync(client), StringComparison.Ordinal);
        app.Clock.Advance(TimeSpan.FromSeconds(31));
        Assert.Contains("data-testid=\"records-as-of\">Case-system records as of 2 March 2026 at 9:30am</p>", await SearchAsync(client), StringComparison.Ordinal);

        // An allocations import ten minutes later is what the allocation shown is as of.
        app.Clock.Advance(TimeSpan.FromMinutes(10));
        await ImportAsync(app, CaseSystemFileKind.Allocations, "allocations.csv", "allocation_id,person_id,team_id,start_date\nA1,P1,T1,2026-01-05\n");
        app.Clock.Advance(TimeSpan.FromSeconds(31));
        Assert.Contains("data-testid=\"records-as-of\">Case-system records as of 2 March 2026 at 9:40am</p>", await SearchAsync(client), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"records-as-of\">Case-system records as of 2 March 2026 at 9:40am</p>", await client.GetStringAsync($"/staff/people/{people.Doris:D}", ct), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"records-as-of\">Case-system records as of 2 March 2026 at 9:40am</p>", await client.GetStringAsync($"/staff/phone/record?PersonId={people.Doris:D}", ct), StringComparison.Ordinal);
    }

    private static async Task<string> SearchAsync(HttpClient client)
    {
        using var response = await client.PostFormAsync("/staff/people/search", "/staff/people/search", new Dictionary<string, string> { ["q"] = "Whitworth 14/8/1944" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Through the app's own importer, as the command line and the drop folder do, at the app's clock.</summary>
    private static async Task<CaseSystemImportRun> ImportAsync(FrontDoorAppFactory app, CaseSystemFileKind kind, string fileName, string csv, bool full = false)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var file = new MemoryStream(Encoding.UTF8.GetBytes(csv.ReplaceLineEndings("\n") + "\n"));
        return await scope.ServiceProvider.GetRequiredService<CaseSystemImporter>()
            .ImportAsync(kind, file, new CaseSystemImportRequest(fileName, full, new AuditActor("demo-administrator", "Dev Patel", "Administrator"), "test"), null, TestContext.Current.CancellationToken);
    }

    private static List<string> RowsOf(string html) =>
        [.. html.Split("<tr class=\"govuk-table__row\" data-testid=\"import-run\">", StringSplitOptions.None).Skip(1).Select(row => row[..row.IndexOf("</tr>", StringComparison.Ordinal)])];

    private static string Squash(string html) => System.Text.RegularExpressions.Regex.Replace(html, @">\s+<", "><");
}
