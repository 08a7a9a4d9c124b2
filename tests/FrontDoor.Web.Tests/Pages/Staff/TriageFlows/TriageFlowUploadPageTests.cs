using System.Net;
using System.Net.Http.Headers;
using System.Text;
using FrontDoor.Core.Audit;
using FrontDoor.Core.Data;
using FrontDoor.Core.Triage.Flows;
using FrontDoor.TestCommon.Databases;
using FrontDoor.TestCommon.Triage;
using FrontDoor.Web.Tests.Hosting;
using FrontDoor.Web.Tests.Pages.Staff.Contacts;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Tests.Pages.Staff.TriageFlows;

public sealed class TriageFlowUploadPageTests
{
    private const string Url = "/staff/triage-flows/upload";

    [Theory]
    [BothProviders]
    public async Task Upload_OfAValidNewerVersion_IsInForceAtOnce_Audited_AndTheShippedVersionStaysViewable(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        using var manager = await SignedInAsync(app, "demo-team-manager");

        using var posted = await UploadAsync(manager, "carer.yaml", EditedFlows.Carer(2));

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal("/staff/triage-flows/carer", posted.Headers.Location!.OriginalString);
        var flowPage = await manager.GetStringAsync("/staff/triage-flows/carer", ct);
        Assert.Contains("Version 2 of Carer asking for support (revised) is now in force.", flowPage, StringComparison.Ordinal);
        Assert.Contains("Triage flow, version 2</span>", flowPage, StringComparison.Ordinal);
        Assert.Contains("by Grace Okafor", flowPage, StringComparison.Ordinal);
        Assert.Contains("Shipped with FrontDoor", flowPage, StringComparison.Ordinal);
        Assert.Contains("href=\"/staff/triage-flows/carer?version=1\"", flowPage, StringComparison.Ordinal);

        // Advisors see the new version in the list, and the shipped one is still there to read.
        using var advisor = await SignedInAsync(app, "demo-advisor");
        var list = await advisor.GetStringAsync("/staff/triage-flows", ct);
        Assert.Contains(">Carer asking for support (revised)</a>", list, StringComparison.Ordinal);
        var shipped = await advisor.GetStringAsync("/staff/triage-flows/carer?version=1", ct);
        Assert.Contains("Triage flow, version 1 (not in force)", shipped, StringComparison.Ordinal);
        Assert.Contains("<h1 class=\"govuk-heading-l\">Carer asking for support</h1>", shipped, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"put-back-1\"", shipped, StringComparison.Ordinal);

        await using var db = database.CreateDbContext();
        var stored = await db.TriageFlowVersions.AsNoTracking().SingleAsync(ct);
        Assert.Equal(("carer", 2, "carer.yaml", "Grace Okafor"), (stored.FlowId, stored.Version, stored.FileName, stored.UploadedBy));
        var audit = await db.AuditEvents.AsNoTracking().SingleAsync(a => a.RecordType == TriageFlowCatalogue.RecordType, ct);
        Assert.Equal((AuditAction.Created, "demo-team-manager", AuditEvent.IdOf(stored.Id)), (audit.Action, audit.Actor, audit.RecordId));
    }

    [Fact]
    public async Task Upload_OfABrokenFlow_ListsEveryProblemWithItsFileAndLine_AndTheRunningVersionStays()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var manager = await SignedInAsync(app, "demo-team-manager");
        var broken = EditedFlows.Carer(2).Replace("answer: yes-no", "answer: maybe", StringComparison.Ordinal).Replace("priority: low", "priority: soon", StringComparison.Ordinal);
        var problems = TriageFlowReader.Read("carer.yaml", broken).Problems;
        Assert.True(problems.Count >= 2);

        using var posted = await UploadAsync(manager, "carer.yaml", broken);
        var html = await posted.Content.ReadAsStringAsync(ct);

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("govuk-error-summary", html, StringComparison.Ordinal);
        foreach (var problem in problems)
        {
            Assert.Contains($"<a href=\"#FlowFile\">{WebUtility.HtmlEncode($"carer.yaml, line {problem.Line}: {problem.Reason}")}</a>", html, StringComparison.Ordinal);
        }

        Assert.Contains("carer.yaml, line 13: ", html, StringComparison.Ordinal);
        var flowPage = await manager.GetStringAsync("/staff/triage-flows/carer", ct);
        Assert.Contains("Triage flow, version 1</span>", flowPage, StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        Assert.Equal(0, await db.TriageFlowVersions.CountAsync(ct));
    }

    [Fact]
    public async Task Upload_OfAVersionNotHigherThanTheOneInForce_IsRefusedSayingSo()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var manager = await SignedInAsync(app, "demo-team-manager");

        using var posted = await UploadAsync(manager, "carer.yaml", EditedFlows.Carer(1, "Same number, new words"));
        var html = await posted.Content.ReadAsStringAsync(ct);

        Assert.Contains(WebUtility.HtmlEncode("carer.yaml, line 4: version 1 is not higher than version 1, the one in force: number this one 2 or higher"), html, StringComparison.Ordinal);
        Assert.DoesNotContain("Same number, new words", await manager.GetStringAsync("/staff/triage-flows", ct), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("carer.txt", "id: carer", "The selected file must be a YAML or JSON file (.yaml, .yml or .json)")]
    [InlineData("carer.yaml", "", "The selected file is empty")]
    [InlineData("notes.yaml", "id: [", "notes.yaml, line ")]
    public async Task Upload_OfAFileThatIsNotAFlow_ShowsAGovukError(string fileName, string content, string message)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var manager = await SignedInAsync(app, "demo-team-manager");

        using var posted = await UploadAsync(manager, fileName, content);

        Assert.Contains($"<a href=\"#FlowFile\">{WebUtility.HtmlEncode(message)}", await posted.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_OfAFileOverTheLimit_IsRefusedWithTheLimit()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var manager = await SignedInAsync(app, "demo-team-manager");

        using var posted = await UploadAsync(manager, "carer.yaml", EditedFlows.Carer(2) + "# " + new string('x', TriageFlowFiles.MaxFileBytes) + "\n");

        Assert.Contains("The selected file must be smaller than 256 KB", await posted.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task PutBack_OfTheShippedVersion_AfterAnUpload_PutsItsTextInForceAsTheNextVersion(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        using var manager = await SignedInAsync(app, "demo-team-manager");
        (await UploadAsync(manager, "carer.yaml", EditedFlows.Carer(2))).Dispose();
        Assert.Contains("href=\"/staff/triage-flows/carer/versions/1/put-back\"", await manager.GetStringAsync("/staff/triage-flows/carer", ct), StringComparison.Ordinal);

        using var posted = await manager.PostFormAsync("/staff/triage-flows/carer/versions/1/put-back", "/staff/triage-flows/carer/versions/1/put-back", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var flowPage = await manager.GetStringAsync("/staff/triage-flows/carer", ct);
        Assert.Contains("Version 1 of Carer asking for support is back in force, as version 3.", flowPage, StringComparison.Ordinal);
        Assert.Contains("Triage flow, version 3</span>", flowPage, StringComparison.Ordinal);
        Assert.Contains("<h1 class=\"govuk-heading-l\">Carer asking for support</h1>", flowPage, StringComparison.Ordinal);
        Assert.Contains(": version 1 put back", flowPage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET", Url)]
    [InlineData("POST", Url)]
    [InlineData("GET", "/staff/triage-flows/carer/versions/1/put-back")]
    public async Task Manage_AsAnAdvisor_IsRefused_ChangingFlowsIsForManagers(string method, string url)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var advisor = await SignedInAsync(app, "demo-advisor");

        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method == "POST")
        {
            var form = new MultipartFormDataContent { { new StringContent(EditedFlows.Carer(2)), "FlowFile", "carer.yaml" } };
            request.Content = form;
        }

        using var response = await advisor.SendAsync(request, ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/sign-in/access-denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("upload-flow-link", await advisor.GetStringAsync("/staff/triage-flows", ct), StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        Assert.Equal(0, await db.TriageFlowVersions.CountAsync(ct));
    }

    private static async Task<HttpClient> SignedInAsync(FrontDoorAppFactory app, string demoUser)
    {
        var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync(demoUser)).Dispose();
        return client;
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string fileName, string content)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(content));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/yaml");
        form.Add(file, "FlowFile", fileName);
        return await client.PostMultipartAsync(Url, form);
    }
}
