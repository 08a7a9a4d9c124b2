using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using FrontDoor.Core.Audit;
using FrontDoor.Core.Data;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Tests.Hosting;
using FrontDoor.Web.Tests.Pages.Portal.AllocatedWorker;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Tests.Api;

/// <summary><c>GET /api/v1/people/allocation</c> for partners: the public look-up's answer and rules, as JSON.</summary>
public sealed class PeopleAllocationApiTests
{
    private const string Doris = "/api/v1/people/allocation?nhsNumber=4010232137&dateOfBirth=1944-08-14";

    [Theory]
    [BothProviders]
    public async Task Get_WithDemoKey_ReturnsTheAllocation_AndAuditsItAgainstThePersonAsThePartner(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var people = await PeopleWithWorkers.SaveAsync(database);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();

        using var response = await GetAsync(client, Doris, "demo-police");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        var body = json.RootElement;
        Assert.True(body.GetProperty("allocated").GetBoolean());
        Assert.Equal("Priya Shah", body.GetProperty("workerName").GetString());
        Assert.Equal("Melton Community Team", body.GetProperty("teamName").GetString());
        Assert.Equal("01632 960002", body.GetProperty("dutyPhone").GetString());
        Assert.Equal("melton@example.gov.uk", body.GetProperty("dutyEmail").GetString());
        Assert.Equal("Monday to Friday, 8:30am to 5pm", body.GetProperty("openingHours").GetString());
        Assert.True(body.GetProperty("openNow").GetBoolean());

        await using var db = database.CreateDbContext();
        var audit = await db.AuditEvents.AsNoTracking().Include(e => e.People).SingleAsync(e => e.RecordId == AuditEvent.IdOf(people.Doris), ct);
        Assert.Equal(("partner:Demo Constabulary", AuditAction.Viewed), (audit.Actor, audit.Action));
        Assert.Equal(people.Doris, Assert.Single(audit.People).PersonId);
    }

    [Theory]
    [BothProviders]
    public async Task Get_WithWrongDateOfBirth_Returns404IdenticalToAnUnknownNhsNumber(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await PeopleWithWorkers.SaveAsync(database);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();

        using var wrongDate = await GetAsync(client, "/api/v1/people/allocation?nhsNumber=4010232137&dateOfBirth=1944-08-15", "demo-police");
        using var unknown = await GetAsync(client, "/api/v1/people/allocation?nhsNumber=9434765919&dateOfBirth=1944-08-14", "demo-police");

        Assert.Equal(HttpStatusCode.NotFound, wrongDate.StatusCode);
        Assert.Equal(wrongDate.StatusCode, unknown.StatusCode);
        Assert.Equal("application/problem+json", wrongDate.Content.Headers.ContentType?.MediaType);
        Assert.Equal(WithoutTraceId(await wrongDate.Content.ReadAsStringAsync(ct)), WithoutTraceId(await unknown.Content.ReadAsStringAsync(ct)));
    }

    [Fact]
    public async Task Get_WithABadNhsNumberAndNoDate_Returns400ProblemNamingEach()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();

        using var response = await GetAsync(client, "/api/v1/people/allocation?nhsNumber=4010232138", "demo-police");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        var errors = json.RootElement.GetProperty("errors");
        Assert.Equal("Enter a real NHS number", errors.GetProperty("nhsNumber")[0].GetString());
        Assert.Equal("Enter the person's date of birth", errors.GetProperty("dateOfBirth")[0].GetString());
    }

    [Fact]
    public async Task Get_WithoutAKey_Returns401()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();

        using var response = await GetAsync(client, Doris, apiKey: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Get_PastTheFailureLimitForOneNhsNumber_Returns429ProblemWithRetryAfter()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await PeopleWithWorkers.SaveAsync(database);
        await using var app = FrontDoorAppFactory.For(database, new Dictionary<string, string?> { ["AllocatedWorker:AttemptsPerHourPerIdentifier"] = "2" });
        using var client = app.CreateBrowserLikeClient();

        (await GetAsync(client, "/api/v1/people/allocation?nhsNumber=4010232137&dateOfBirth=1944-08-15", "demo-police")).Dispose();
        (await GetAsync(client, "/api/v1/people/allocation?nhsNumber=4010232137&dateOfBirth=1944-08-16", "demo-police")).Dispose();
        using var refused = await GetAsync(client, Doris, "demo-police");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(refused.Headers.RetryAfter?.Delta);
        Assert.DoesNotContain("Priya", await refused.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheAllocationLookUp()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();

        using var json = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json", ct));

        var get = json.RootElement.GetProperty("paths").GetProperty("/api/v1/people/allocation").GetProperty("get");
        Assert.Equal("GetPersonAllocation", get.GetProperty("operationId").GetString());
        var parameters = get.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Equal(["nhsNumber", "dateOfBirth"], parameters);
        foreach (var status in new[] { "200", "400", "401", "404", "429" })
        {
            Assert.True(get.GetProperty("responses").TryGetProperty(status, out _), $"GET lists no {status} response");
        }
    }

    /// <summary>Problem details carry the request's own trace id, different on every request whatever its outcome.</summary>
    private static string WithoutTraceId(string problem)
    {
        var fields = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(problem)!;
        Assert.True(fields.Remove("traceId"), "The problem has no traceId: compare the whole body.");
        return JsonSerializer.Serialize(fields);
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string url, string? apiKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (apiKey is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
