using FrontDoor.Core.Caching;
using FrontDoor.Core.Data;
using FrontDoor.Core.Demo;
using FrontDoor.Core.Partners;
using FrontDoor.Core.People.Matching;
using Microsoft.Extensions.Options;

namespace FrontDoor.Web.Startup;

internal static class DatabaseStartup
{
    /// <summary>What every capability stands on: the database, its Data Protection key ring, the shared cache and the clock.</summary>
    public static void AddFrontDoorData(this WebApplicationBuilder builder)
    {
        builder.Services.AddFrontDoorDatabase(builder.Configuration);
        builder.AddFrontDoorDataProtection();
        builder.Services.AddDatabaseDistributedCache();
        builder.Services.AddSingleton(TimeProvider.System);
    }

    /// <summary>Brings the schema up to date before the first request, and gives demo mode something to show.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var database = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (!database.MigrateOnStartup)
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FrontDoorDbContext>();
        await new DatabaseMigrator(db, database, app.Services.GetRequiredService<TimeProvider>()).MigrateAsync(app.Lifetime.ApplicationStopping);

        var frontDoor = app.Services.GetRequiredService<IOptions<FrontDoorOptions>>().Value;
        if (frontDoor.Demo)
        {
            // demo-police, demo-ambulance, demo-gp and demo-provider: the partner API can be tried at once.
            await new PartnerApiKeys(db, app.Services.GetRequiredService<TimeProvider>()).EnsureDemoKeysAsync(app.Lifetime.ApplicationStopping);
        }

        if (frontDoor.Demo && frontDoor.DemoPeople > 0)
        {
            var clock = app.Services.GetRequiredService<TimeProvider>();
            var progress = new Progress<string>(step => Console.Out.WriteLine($"Demo county: {step}"));
            var host = app.Services.GetRequiredService<PersonIndexHost>();
            var seeded = await DemoCounty.SeedIfEmptyAsync(db, clock, frontDoor.DemoPeople, host.MatchOptions, progress, app.Lifetime.ApplicationStopping);
            if (seeded is not null)
            {
                Console.Out.WriteLine($"Seeded a demo county: {seeded}.");

                // A fresh county comes with its duplicates report, so data-quality staff have pairs to decide at once.
                // The index built here is the one the app starts with.
                await host.RebuildAsync(db, app.Lifetime.ApplicationStopping);
                var check = await scope.ServiceProvider.GetRequiredService<DuplicatePeopleCheck>().RunAsync(cancellationToken: app.Lifetime.ApplicationStopping);
                Console.Out.WriteLine($"Demo county: {check}.");
            }
        }
    }
}
