using FrontDoor.Core.Audit;
using FrontDoor.Core.Data;
using Microsoft.Extensions.Options;

namespace FrontDoor.Web.Startup;

internal static class DatabaseStartup
{
    public static void AddFrontDoorData(this WebApplicationBuilder builder)
    {
        builder.Services.AddFrontDoorDatabase(builder.Configuration);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddScoped<AuditLog>();
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
        await new DatabaseMigrator(db, database).MigrateAsync(app.Lifetime.ApplicationStopping);
    }
}
