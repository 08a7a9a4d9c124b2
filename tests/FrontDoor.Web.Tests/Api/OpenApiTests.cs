using System.Net;
using System.Text.Json;
using FrontDoor.Core.Data;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Tests.Hosting;

namespace FrontDoor.Web.Tests.Api;

public sealed class OpenApiTests
{
    private static readonly Dictionary<string, string?> LiveSignIn = new()
    {
        ["FrontDoor:Demo"] = "false",
        ["Authentication:OpenIdConnect:Authority"] = "https://login.example.test/tenant/v2.0",
        ["Authentication:OpenIdConnect:ClientId"] = "frontdoor",
        ["Authentication:OpenIdConnect:ClientSecret"] = "not-a-real-secret",
    };

    /// <summary>The contract is public (partners build against it before they have a key), in a live setup as in demo.</summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Get_OpenApiDocument_WhenAnonymous_IsJsonWithAnOpenApiVersion(bool demo)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database, demo ? null : LiveSignIn);
        using var client = app.CreateBrowserLikeClient();

        using var response = await client.GetAsync("/openapi/v1.json", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.StartsWith("3.", json.RootElement.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.True(json.RootElement.GetProperty("paths").TryGetProperty("/api/v1/contacts", out _), "The document has no /api/v1/contacts.");
    }

    [Theory]
    [InlineData("POST", "/api/v1/contacts")]
    [InlineData("GET", "/api/v1/contacts/6f1d2c3b-0000-4000-8000-000000000001")]
    [InlineData("GET", "/api/v1/people/search?q=smith")]
    [InlineData("GET", "/api/v1/people/allocation?nhsNumber=4010232137&dateOfBirth=1944-08-14")]
    public async Task Call_ApiRoute_WhenAnonymous_Returns401NotASignInPage(string method, string path)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.DoesNotContain("text/html", response.Content.Headers.ContentType?.MediaType ?? string.Empty, StringComparison.Ordinal);
    }
}
