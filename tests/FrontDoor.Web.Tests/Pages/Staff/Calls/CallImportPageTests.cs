using System.Net;
using System.Net.Http.Headers;
using System.Text;
using FrontDoor.Core.Data;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Tests.Hosting;
using FrontDoor.Web.Tests.Pages.Staff.Contacts;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Tests.Pages.Staff.Calls;

public sealed class CallImportPageTests
{
    private const string Header = "call_id,offered_at,answered_at,abandoned_at,queue_seconds,talk_seconds,ivr_option,agent";
    private const string Url = "/staff/calls/import";

    [Theory]
    [BothProviders]
    public async Task Upload_GoodFile_ImportsEveryCall_AndAgainImportsNothingTwice(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = await SignedInAsync(app, "demo-team-manager");
        var csv = $"{Header}\nC1,2026-03-02T09:00:00Z,2026-03-02T09:01:00Z,,60,300,1,amira\nC2,2026-03-02T09:05:00Z,,2026-03-02T09:07:00Z,120,0,2,\n";

        var first = await UploadAsync(client, "calls.csv", csv);
        var again = await UploadAsync(client, "calls.csv", csv);

        Assert.Contains("<span data-testid=\"imported\">2</span>", first, StringComparison.Ordinal);
        Assert.Contains("<span data-testid=\"error-count\">0</span>", first, StringComparison.Ordinal);
        Assert.Contains("<span data-testid=\"imported\">0</span>", again, StringComparison.Ordinal);
        Assert.Contains("<span data-testid=\"already-imported\">2</span>", again, StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        Assert.Equal(2, await db.CallRecords.CountAsync(ct));
    }

    [Theory]
    [BothProviders]
    public async Task Upload_WithBadRows_ListsThemWithLineNumbers_AndImportsTheRest(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = await SignedInAsync(app, "demo-administrator");
        var csv = $"{Header}\nC1,2026-03-02T09:00:00Z,2026-03-02T09:01:00Z,,60,300,1,amira\nC2,yesterday,,,10,0,1,\nC3,2026-03-02T09:05:00Z,,2026-03-02T09:07:00Z,-4,0,2,\n";

        var html = await UploadAsync(client, "calls.csv", csv);

        Assert.Contains("<span data-testid=\"imported\">1</span>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"govuk-table__cell govuk-table__cell--numeric\">3</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"govuk-table__cell govuk-table__cell--numeric\">4</td>", html, StringComparison.Ordinal);
        Assert.Contains("offered_at &#x27;yesterday&#x27; is not an ISO 8601 date and time", html, StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        Assert.Equal("C1", (await db.CallRecords.AsNoTracking().SingleAsync(ct)).CallId);
    }

    [Theory]
    [InlineData("calls.csv", "id,when\n1,2\n", "The selected file cannot be imported. Line 1: the header must be exactly call_id,offered_at")]
    [InlineData("calls.xlsx", Header + "\n", "The selected file must be a CSV")]
    [InlineData("calls.csv", "PK\u0003\u0004\0\0binary", "The selected file must be a CSV")]
    public async Task Upload_WrongHeaderOrNotACsv_ShowsAGovukErrorAndImportsNothing(string fileName, string content, string message)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = await SignedInAsync(app, "demo-team-manager");

        var html = await UploadAsync(client, fileName, content);

        Assert.Contains("govuk-error-summary", html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(message), html, StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        Assert.Equal(0, await db.CallRecords.CountAsync(ct));
    }

    [Fact]
    public async Task Upload_NoFile_AsksForOne()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = await SignedInAsync(app, "demo-team-manager");
        using var form = new MultipartFormDataContent();

        using var response = await client.PostMultipartAsync(Url, form);

        Assert.Contains("<a href=\"#CallsFile\">Select a CSV file of call records</a>", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task Upload_ThenTheCallRecords_ListsEachCallWithTheFileItCameFromWhenAndWho(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = await SignedInAsync(app, "demo-team-manager");
        var before = await client.GetStringAsync("/staff/calls", ct);

        var imported = await UploadAsync(client, "march-week-1.csv", $"{Header}\nC1,2026-03-02T09:00:00Z,2026-03-02T09:01:00Z,,60,300,1,amira\nC2,2026-03-02T09:05:00Z,,2026-03-02T09:07:00Z,120,0,2,\n");
        var list = await client.GetStringAsync("/staff/calls", ct);
        Guid importId;
        await using (var db = database.CreateDbContext())
        {
            importId = (await db.CallImports.SingleAsync(ct)).Id;
        }

        var narrowed = await client.GetStringAsync($"/staff/calls?import={importId}", ct);

        Assert.Contains("No call records have been imported", before, StringComparison.Ordinal);
        Assert.Contains($"href=\"/staff/calls?import={importId}\"", imported, StringComparison.Ordinal);
        Assert.True(list.IndexOf(">C2<", StringComparison.Ordinal) < list.IndexOf(">C1<", StringComparison.Ordinal), "newest call first");
        Assert.Contains("march-week-1.csv", list, StringComparison.Ordinal);
        Assert.Contains("2 March 2026 at 9:30am by", list, StringComparison.Ordinal);
        Assert.Contains("Abandoned after 2 min 0 s in the queue", list, StringComparison.Ordinal);
        Assert.Contains("Showing the 2 calls from <strong>march-week-1.csv</strong>", narrowed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_MoreCallsThanAPage_IsPaged()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = await SignedInAsync(app, "demo-team-manager");
        var rows = string.Concat(Enumerable.Range(0, 60).Select(i => $"K{i:D2},2026-03-01T{i / 60 + 8:D2}:{i % 60:D2}:00Z,2026-03-01T{i / 60 + 8:D2}:{i % 60:D2}:30Z,,30,60,1,a\n"));
        await UploadAsync(client, "big.csv", $"{Header}\n{rows}");

        var first = await client.GetStringAsync("/staff/calls", ct);
        var second = await client.GetStringAsync("/staff/calls?calls=2", ct);

        Assert.Contains("60 calls, page 1 of 2", first, StringComparison.Ordinal);
        Assert.Contains(">K59<", first, StringComparison.Ordinal);
        Assert.DoesNotContain(">K00<", first, StringComparison.Ordinal);
        Assert.Contains("href=\"/staff/calls?calls=2\"", first, StringComparison.Ordinal);
        Assert.Contains(">K00<", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_AsAnAdvisor_IsRefused_ImportIsForManagers()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = await SignedInAsync(app, "demo-advisor");

        using var response = await client.GetAsync(Url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/sign-in/access-denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    private static async Task<HttpClient> SignedInAsync(FrontDoorAppFactory app, string demoUser)
    {
        var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync(demoUser)).Dispose();
        return client;
    }

    private static async Task<string> UploadAsync(HttpClient client, string fileName, string content)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(content));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "CallsFile", fileName);
        using var response = await client.PostMultipartAsync(Url, form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }
}
