using System.Net;
using System.Text.Json;
using FrontDoor.Core.Audit;
using FrontDoor.Core.Data;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Tests.Hosting;
using FrontDoor.Web.Tests.Pages.Staff.People;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Tests.Api;

public sealed class PeopleApiTests
{
    [Fact]
    public async Task Search_WhenAnonymous_Returns401()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();

        using var response = await client.GetAsync("/api/v1/people/search?q=Whitworth", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/people/search", "q")]
    [InlineData("/api/v1/people/search?q=%20%20", "q")]
    [InlineData("/api/v1/people/search?q=Whitworth&max=500", "max")]
    public async Task Search_WithBadInput_ReturnsProblemJsonNamingTheField(string url, string field)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        using var response = await client.GetAsync(url, ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        Assert.True(json.RootElement.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Search_LongerThan200Characters_ReturnsProblemJson()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        using var response = await client.GetAsync($"/api/v1/people/search?q={new string('a', 201)}", ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Search must be 200 characters or fewer", await response.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task Search_SignedIn_ReturnsRankedPeopleWithAllocationAsJsonAndAudits(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var people = await PeopleToFind.SaveAsync(database);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        using var response = await client.GetAsync("/api/v1/people/search?q=" + Uri.EscapeDataString("Dorris Whitworth 14/08/1944") + "&max=5", ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        var first = json.RootElement.GetProperty("people")[0];
        Assert.Equal(people.Doris, first.GetProperty("id").GetGuid());
        Assert.Equal("Doris Whitworth", first.GetProperty("name").GetString());
        Assert.Equal("Pickering", first.GetProperty("formerFamilyName").GetString());
        Assert.Equal("1944-08-14", first.GetProperty("dateOfBirth").GetString());
        Assert.Equal("401 023 2137", first.GetProperty("nhsNumber").GetString());
        Assert.True(first.GetProperty("probability").GetDouble() > 0.5);
        Assert.Equal("Priya Shah", first.GetProperty("allocation").GetProperty("workerName").GetString());
        Assert.Equal("01632 960002", first.GetProperty("allocation").GetProperty("dutyPhone").GetString());
        Assert.Equal($"/staff/people/{people.Doris:D}", first.GetProperty("url").GetString());
        Assert.Contains("date of birth 14 August 1944", json.RootElement.GetProperty("understood").EnumerateArray().Select(e => e.GetString()));

        await using var db = database.CreateDbContext();
        var audit = Assert.Single(await db.AuditEvents.Where(a => a.Action == AuditAction.Searched).ToListAsync(ct));
        Assert.Equal("demo-advisor", audit.Actor);
        Assert.StartsWith("person search, ", audit.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_DescribesTheSearchEndpoint()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();

        using var json = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json", ct));

        var get = json.RootElement.GetProperty("paths").GetProperty("/api/v1/people/search").GetProperty("get");
        Assert.Equal("SearchPeople", get.GetProperty("operationId").GetString());
        Assert.Equal("Find people from one line of text", get.GetProperty("summary").GetString());
        Assert.True(get.GetProperty("responses").TryGetProperty("400", out _));
    }
}
