using System.Net;
using FrontDoor.Core.Data;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Tests.Hosting;

namespace FrontDoor.Web.Tests.Pages.SignIn;

/// <summary>A staff session slides with activity for an hour at a time, but ends a working day after sign-in however busy.</summary>
public sealed class SessionLifetimeTests
{
    private static readonly TimeSpan Activity = TimeSpan.FromMinutes(40);

    [Fact]
    public async Task ActiveAllDay_StaysSignedInForSevenHours_AndIsSignedOutAfterEight()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        var signedInAt = app.Clock.GetUtcNow();
        while (app.Clock.GetUtcNow() - signedInAt < TimeSpan.FromHours(7))
        {
            app.Clock.Advance(Activity);
            Assert.Equal(HttpStatusCode.OK, await StaffHomeAsync(client));
        }

        app.Clock.Advance(TimeSpan.FromHours(8) - (app.Clock.GetUtcNow() - signedInAt) + TimeSpan.FromMinutes(1));

        Assert.Equal(HttpStatusCode.Redirect, await StaffHomeAsync(client));
        using var again = await client.GetAsync("/staff", TestContext.Current.CancellationToken);
        Assert.Equal("/sign-in", again.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task AbsoluteLifetime_IsConfigurable()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database, new Dictionary<string, string?> { ["Authentication:AbsoluteSessionLifetime"] = "00:30:00" });
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        app.Clock.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal(HttpStatusCode.OK, await StaffHomeAsync(client));
        app.Clock.Advance(TimeSpan.FromMinutes(20));

        Assert.Equal(HttpStatusCode.Redirect, await StaffHomeAsync(client));
    }

    private static async Task<HttpStatusCode> StaffHomeAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/staff", TestContext.Current.CancellationToken);
        return response.StatusCode;
    }
}
