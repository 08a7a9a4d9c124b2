using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Data;
using FrontDoor.Core.Partners;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Tests.Hosting;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Tests.Api;

public sealed class ContactsApiTests
{
    // 943 476 5919 has a valid check digit; 943 476 5918 does not.
    private const string SmallestBody = """{"story": "Found on the floor at home, confused; lives alone.", "person": {"givenName": "Edith", "familyName": "Marsh", "dateOfBirth": "1948-03-02", "nhsNumber": "9434765919", "postcode": "LE1 6ZZ"}}""";

    [Theory]
    [BothProviders]
    public async Task Post_SmallestBodyWithDemoKey_Returns201WithLocation_AndTheSenderCanReadItBack(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();

        using var created = await PostAsync(client, "demo-police", SmallestBody);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var location = created.Headers.Location!.OriginalString;
        Assert.Matches("^/api/v1/contacts/[0-9a-f-]{36}$", location);
        using var get = await SendAsync(client, HttpMethod.Get, location, "demo-police");
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        using var json = JsonDocument.Parse(await get.Content.ReadAsStringAsync(ct));
        var contact = json.RootElement;
        Assert.StartsWith("FD-", contact.GetProperty("reference").GetString(), StringComparison.Ordinal);
        Assert.Equal("open", contact.GetProperty("status").GetString());
        Assert.Equal("unmatched", contact.GetProperty("matchState").GetString());
        Assert.Equal("Found on the floor at home, confused; lives alone.", contact.GetProperty("story").GetString());
        // Police weights (108 in all): name 15, date of birth 10, NHS number 2, postcode 7, story 15 = 49/108 = 45%.
        Assert.Equal(45, contact.GetProperty("completeness").GetInt32());
        Assert.Equal(FrontDoorAppFactory.Now, contact.GetProperty("receivedAt").GetDateTimeOffset());

        await using var db = database.CreateDbContext();
        var stored = await db.Contacts.AsNoTracking().SingleAsync(ct);
        Assert.Equal((ContactChannel.PartnerApi, ContactSource.Police), (stored.Channel, stored.Source));
        Assert.Equal("9434765919", stored.ReportedPerson.NhsNumberAsGiven);
        var raw = await db.RawSubmissions.AsNoTracking().SingleAsync(ct);
        Assert.Equal(Encoding.UTF8.GetBytes(SmallestBody), raw.Bytes);
        Assert.Equal("application/json", raw.ContentType);
        Assert.Contains(await db.AuditEvents.AsNoTracking().ToListAsync(ct), e => e.Actor == "partner:Demo Constabulary" && e.Action == AuditAction.Created && e.RecordId == stored.Id.ToString());
        Assert.Contains(await db.AuditEvents.AsNoTracking().ToListAsync(ct), e => e.Actor == "partner:Demo Constabulary" && e.Action == AuditAction.Viewed && e.RecordId == stored.Id.ToString());
    }

    [Theory]
    [BothProviders]
    public async Task Post_WithAMaidenName_KeepsItWithTheReportedPerson(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();

        using var created = await PostAsync(client, "demo-police",
            """{"story": "Fall at home.", "person": {"givenName": "Dorothy", "familyName": "Ainsworth", "formerFamilyName": " Pickering ", "dateOfBirth": "1944-08-19", "postcode": "LE12 9QE"}}""");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        await using var db = database.CreateDbContext();
        Assert.Equal("Pickering", (await db.Contacts.AsNoTracking().SingleAsync(ct)).ReportedPerson.FormerFamilyName);
    }

    [Theory]
    [BothProviders]
    public async Task Get_ByAnotherPartner_Returns404Problem(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        using var created = await PostAsync(client, "demo-police", SmallestBody);

        using var get = await SendAsync(client, HttpMethod.Get, created.Headers.Location!.OriginalString, "demo-ambulance");

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal("application/problem+json", get.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("Edith", await get.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task Post_RepeatWithSameIdempotencyKey_Returns201WithTheSameContact_AndStoresOneRow(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();

        using var first = await PostAsync(client, "demo-gp", SmallestBody, idempotencyKey: "7d3c1a9e-0b1f-4c55-9d7e-1f7e0c6b2a10");
        using var repeat = await PostAsync(client, "demo-gp", SmallestBody, idempotencyKey: "7d3c1a9e-0b1f-4c55-9d7e-1f7e0c6b2a10");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, repeat.StatusCode);
        Assert.Equal(first.Headers.Location, repeat.Headers.Location);
        Assert.False(first.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal("true", repeat.Headers.GetValues("Idempotent-Replayed").Single());
        await using var db = database.CreateDbContext();
        Assert.Equal(1, await db.Contacts.CountAsync(ct));
        Assert.Equal(1, await db.RawSubmissions.CountAsync(ct));
    }

    [Theory]
    [BothProviders]
    public async Task Post_RepeatRebuiltWithAnotherLayout_IsTheSameRequest_AndMakesNoSecondContact(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        // The partner's system retries with the same request rebuilt: indented, its fields in another order.
        const string rebuilt = """
            {
              "person": { "nhsNumber": "9434765919", "postcode": "LE1 6ZZ", "givenName": "Edith", "familyName": "Marsh", "dateOfBirth": "1948-03-02" },
              "story": "Found on the floor at home, confused; lives alone."
            }
            """;

        using var first = await PostAsync(client, "demo-gp", SmallestBody, idempotencyKey: "key-rebuilt");
        using var repeat = await PostAsync(client, "demo-gp", rebuilt, idempotencyKey: "key-rebuilt");

        Assert.Equal(HttpStatusCode.Created, repeat.StatusCode);
        Assert.Equal(first.Headers.Location, repeat.Headers.Location);
        await using var db = database.CreateDbContext();
        Assert.Equal(1, await db.Contacts.CountAsync(ct));
    }

    [Theory]
    [BothProviders]
    public async Task Post_SameIdempotencyKeyWithADifferentBody_Returns409Problem_AndMakesNoSecondContact(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        using var first = await PostAsync(client, "demo-gp", SmallestBody, idempotencyKey: "key-409");

        using var changed = await PostAsync(client, "demo-gp", SmallestBody.Replace("Edith", "Edna", StringComparison.Ordinal), idempotencyKey: "key-409");

        Assert.Equal(HttpStatusCode.Conflict, changed.StatusCode);
        Assert.Equal("application/problem+json", changed.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Idempotency-Key", await changed.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        Assert.Equal(1, await db.Contacts.CountAsync(ct));
    }

    [Theory]
    [BothProviders]
    public async Task Post_WithADemoKey_WhenDemoModeIsOff_Returns401_EvenThoughDemoModeOnceSeededTheKeys(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using (var demo = FrontDoorAppFactory.For(database))
        {
            using var demoClient = demo.CreateBrowserLikeClient();
            using var accepted = await PostAsync(demoClient, "demo-police", SmallestBody);
            Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        }

        await using var live = FrontDoorAppFactory.For(database, new Dictionary<string, string?>
        {
            ["FrontDoor:Demo"] = "false",
            ["Authentication:OpenIdConnect:Authority"] = "https://login.example.test/tenant/v2.0",
            ["Authentication:OpenIdConnect:ClientId"] = "frontdoor",
            ["Authentication:OpenIdConnect:ClientSecret"] = "not-a-real-secret",
        });
        using var client = live.CreateBrowserLikeClient();

        using var refused = await PostAsync(client, "demo-police", SmallestBody);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        await using var db = database.CreateDbContext();
        Assert.Equal(1, await db.Contacts.CountAsync(ct));
    }

    [Theory]
    [BothProviders]
    public async Task Post_WithoutAKeyOrWithAnUnknownKey_Returns401Problem(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();

        using var missing = await PostAsync(client, apiKey: null, SmallestBody);
        using var unknown = await PostAsync(client, "not-a-real-key", SmallestBody);

        foreach (var response in new[] { missing, unknown })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        }

        Assert.Contains("unknown", await unknown.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        Assert.Equal(0, await db.Contacts.CountAsync(ct));
    }

    [Theory]
    [BothProviders]
    public async Task Post_WithARevokedKey_Returns401Problem_AndMakesNoContact(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        string key;
        await using (var db = database.CreateDbContext())
        {
            var keys = new PartnerApiKeys(db, app.Clock);
            var issued = await keys.IssueAsync("Testshire Police", ContactSource.Police, "cli:admin", "cli", ct);
            key = issued.PlainTextKey;
            using var beforeRevoking = await PostAsync(client, key, SmallestBody);
            Assert.Equal(HttpStatusCode.Created, beforeRevoking.StatusCode);
            await keys.RevokeAsync(issued.Key.Id, "cli:admin", "cli", ct);
        }

        using var response = await PostAsync(client, key, SmallestBody.Replace("Edith", "Edna", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("revoked", await response.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        await using var check = database.CreateDbContext();
        Assert.Equal(1, await check.Contacts.CountAsync(ct));
    }

    [Theory]
    [BothProviders]
    public async Task Post_AsASignedInMemberOfStaff_Returns401_StaffAreNotPartners(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-administrator")).Dispose();

        using var response = await PostAsync(client, apiKey: null, SmallestBody);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [BothProviders]
    public async Task Post_InvalidFields_ReturnsValidationProblemNamingEachField(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        var tooLong = new string('x', 201);
        var body = $$$"""{"story": "  ", "person": {"givenName": "Edith", "familyName": "Marsh", "formerFamilyName": "{{{tooLong}}}", "dateOfBirth": "1950-02-31", "nhsNumber": "9434765918", "postcode": "LE1 6ZZ"}}""";

        using var response = await PostAsync(client, "demo-police", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        var errors = json.RootElement.GetProperty("errors");
        Assert.Equal(["person.dateOfBirth", "person.formerFamilyName", "person.nhsNumber", "story"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Contains("real date", errors.GetProperty("person.dateOfBirth")[0].GetString(), StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        Assert.Equal(0, await db.Contacts.CountAsync(ct));
        Assert.Contains(await db.AuditEvents.AsNoTracking().ToListAsync(ct), e => e.Action == AuditAction.Refused && e.Actor == "partner:Demo Constabulary");
    }

    [Theory]
    [BothProviders]
    public async Task Post_FromAGpWithoutAnNhsNumber_NamesTheNhsNumber_AsTheGpEFormRequiresIt(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        var body = SmallestBody.Replace("\"nhsNumber\": \"9434765919\", ", string.Empty, StringComparison.Ordinal);

        using var fromGp = await PostAsync(client, "demo-gp", body);
        using var fromPolice = await PostAsync(client, "demo-police", body);

        Assert.Equal(HttpStatusCode.BadRequest, fromGp.StatusCode);
        Assert.Contains("person.nhsNumber", await fromGp.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, fromPolice.StatusCode);
    }

    [Theory]
    [BothProviders]
    public async Task Post_MalformedJson_ReturnsValidationProblem(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();

        using var response = await PostAsync(client, "demo-police", """{"story": "x", "person": {"givenName": 12}}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("person.givenName", await response.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task Post_BodyOverOneMegabyte_Returns413Problem(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        var body = SmallestBody.Replace("lives alone.", "lives alone." + new string('x', 1024 * 1024), StringComparison.Ordinal);

        using var response = await PostAsync(client, "demo-police", body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        await using var db = database.CreateDbContext();
        Assert.Equal(0, await db.Contacts.CountAsync(ct));
    }

    [Theory]
    [BothProviders]
    public async Task Post_AsFormData_Returns415Problem(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/contacts") { Content = new StringContent("story=x", Encoding.UTF8, "application/x-www-form-urlencoded") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "demo-police");

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Theory]
    [BothProviders]
    public async Task OpenApiDocument_ListsCreateAndGetContact_WithTheirSummaries(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();

        using var json = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json", ct));

        var paths = json.RootElement.GetProperty("paths");
        var post = paths.GetProperty("/api/v1/contacts").GetProperty("post");
        Assert.Equal("CreateContact", post.GetProperty("operationId").GetString());
        Assert.Equal("Send a referral to adult social care", post.GetProperty("summary").GetString());
        Assert.True(post.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
        foreach (var status in new[] { "201", "400", "401", "409", "413" })
        {
            Assert.True(post.GetProperty("responses").TryGetProperty(status, out _), $"POST lists no {status} response");
        }

        var get = paths.GetProperty("/api/v1/contacts/{id}").GetProperty("get");
        Assert.Equal("GetContact", get.GetProperty("operationId").GetString());
        Assert.True(get.GetProperty("responses").TryGetProperty("404", out _));
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string? apiKey, string body, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/contacts") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return SendAsync(client, request, apiKey);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, string? apiKey) =>
        SendAsync(client, new HttpRequestMessage(method, url), apiKey);

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpRequestMessage request, string? apiKey)
    {
        using (request)
        {
            if (apiKey is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
            }

            return await client.SendAsync(request, TestContext.Current.CancellationToken);
        }
    }
}
