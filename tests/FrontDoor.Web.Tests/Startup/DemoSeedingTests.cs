using FrontDoor.Core.Data;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Tests.Hosting;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Tests.Startup;

public sealed class DemoSeedingTests
{
    [Theory]
    [BothProviders]
    public async Task Start_InDemoModeOnAnEmptyDatabase_SeedsADemoCountyDatedByTheClock(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using (var app = FrontDoorAppFactory.For(database, new Dictionary<string, string?> { ["FrontDoor:DemoPeople"] = "40" }))
        {
            using var client = app.CreateBrowserLikeClient();
            (await client.GetAsync("/health", ct)).Dispose();
        }

        await using var db = database.CreateDbContext();
        Assert.Equal(40, await db.People.CountAsync(ct));
        Assert.True(await db.Contacts.AnyAsync(ct));
        var latest = await db.Contacts.MaxAsync(c => c.ReceivedAt, ct);
        Assert.True(latest <= FrontDoorAppFactory.Now.AddDays(1), $"Demo contacts run up to the app's clock, not the machine's: latest {latest:O}.");
    }

    [Theory]
    [BothProviders]
    public async Task Start_WithDemoOff_SeedsNothing(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using (var app = FrontDoorAppFactory.For(database, new Dictionary<string, string?>
        {
            ["FrontDoor:Demo"] = "false",
            ["FrontDoor:DemoPeople"] = "40",
            ["Authentication:OpenIdConnect:Authority"] = "https://login.example.test/tenant/v2.0",
            ["Authentication:OpenIdConnect:ClientId"] = "frontdoor",
            ["Authentication:OpenIdConnect:ClientSecret"] = "not-a-real-secret",
        }))
        {
            using var client = app.CreateBrowserLikeClient();
            (await client.GetAsync("/health", ct)).Dispose();
        }

        await using var db = database.CreateDbContext();
        Assert.False(await db.People.AnyAsync(ct));
    }
}
