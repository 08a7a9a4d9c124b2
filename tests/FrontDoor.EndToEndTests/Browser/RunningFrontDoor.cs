using FrontDoor.Core.Data;
using FrontDoor.Core.Insight.KeptMonths;
using FrontDoor.Core.Jobs;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Tests.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDoor.EndToEndTests.Browser;

/// <summary>
/// FrontDoor on real Kestrel on a free loopback port, with its own database, for a browser to visit. SQLite unless the
/// journey asks for PostgreSQL: journeys that store and read back what staff do run on both (see the README).
/// </summary>
public sealed class RunningFrontDoor : IAsyncDisposable
{
    private readonly TestDatabase _database;
    private readonly FrontDoorAppFactory _app;

    private RunningFrontDoor(TestDatabase database, FrontDoorAppFactory app, Uri address)
    {
        _database = database;
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>The app's clock: advancing it runs the background jobs that are due, as time passing would.</summary>
    public Microsoft.Extensions.Time.Testing.FakeTimeProvider Clock => _app.Clock;

    /// <summary>The app's own database, for a test to set the scene directly.</summary>
    public FrontDoorDbContext CreateDbContext() => _database.CreateDbContext();

    /// <summary>
    /// Runs the kept KPI months' refresh now, as the app's job does every minute (taking its lease, so never beside it):
    /// the dashboard serves a kept month up to a minute old, so a test that set the scene brings it up to date.
    /// </summary>
    public async Task RefreshKeptKpisAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var scope = _app.Services.CreateScope();
        var leases = scope.ServiceProvider.GetRequiredService<JobLeases>();
        while (!await leases.TryAcquireAsync(KpiMonthRefresher.LeaseName, "end-to-end test", TimeSpan.FromMinutes(10), cancellationToken))
        {
            await Task.Delay(50, cancellationToken);
        }

        try
        {
            await scope.ServiceProvider.GetRequiredService<KpiMonthRefresher>().RefreshAsync(mostMissingCalculations: 0, cancellationToken);
        }
        finally
        {
            await leases.ReleaseAsync(KpiMonthRefresher.LeaseName, "end-to-end test", CancellationToken.None);
        }
    }

    public static async Task<RunningFrontDoor> StartAsync(
        int demoPeople = 0, IReadOnlyDictionary<string, string?>? settings = null, DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        var database = await TestDatabase.CreateMigratedAsync(provider);
        var appSettings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["FrontDoor:DemoPeople"] = demoPeople.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["FrontDoor:AllowInsecureHttp"] = "true",
        };
        var app = FrontDoorAppFactory.For(database, appSettings);
        app.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        app.StartServer();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningFrontDoor(database, app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }
}
