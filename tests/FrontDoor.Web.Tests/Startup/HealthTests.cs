using System.Net;
using System.Text.Json;
using FrontDoor.Core.Data;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Tests.Hosting;

namespace FrontDoor.Web.Tests.Startup;

public sealed class HealthTests
{
    [Theory]
    [BothProviders]
    public async Task Get_WhenDatabaseIsReachable_Returns200NamingTheProvider(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();

        using var response = await client.GetAsync("/health", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal(provider.ToString(), json.RootElement.GetProperty("database").GetProperty("provider").GetString());
        Assert.Equal("Healthy", json.RootElement.GetProperty("database").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Get_WhenDatabaseIsUnreachable_Returns503AndSaysTheDatabaseIsUnhealthy()
    {
        // Started without migrating, as a node would be whose database went away after start-up.
        await using var app = new FrontDoorAppFactory(WebDatabases.UnreachablePostgres(), new Dictionary<string, string?> { ["Database:MigrateOnStartup"] = "false" });
        using var client = app.CreateBrowserLikeClient();

        using var response = await client.GetAsync("/health", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var json = JsonDocument.Parse(body);
        Assert.Equal("Unhealthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("Postgres", json.RootElement.GetProperty("database").GetProperty("provider").GetString());
        Assert.Equal("Unhealthy", json.RootElement.GetProperty("database").GetProperty("status").GetString());
        Assert.DoesNotContain("127.0.0.1", body, StringComparison.Ordinal);
    }
}
