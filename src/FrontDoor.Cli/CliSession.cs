using FrontDoor.Core.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FrontDoor.Cli;

/// <summary>
/// What every database verb starts with: the configured services, one scope, and a database already brought up
/// to date, so no verb runs against an old schema.
/// </summary>
internal sealed class CliSession : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly AsyncServiceScope _scope;

    private CliSession(ServiceProvider services)
    {
        _services = services;
        _scope = services.CreateAsyncScope();
    }

    public IServiceProvider Services => _scope.ServiceProvider;

    public FrontDoorDbContext Db => Services.GetRequiredService<FrontDoorDbContext>();

    public DatabaseOptions DatabaseOptions => Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;

    /// <summary>Who is at the keyboard, for the audit trail; its origin is <see cref="AuditOrigin"/>.</summary>
    public static string Actor => $"cli:{(Environment.UserName is { Length: > 0 } user ? user : "unknown")}";

    public static string AuditOrigin => "cli";

    public static Task<CliSession> OpenMigratedAsync(CancellationToken cancellationToken) => OpenMigratedAsync(null, cancellationToken);

    /// <param name="settings">Configuration that wins over appsettings.json and the environment (tests point verbs at their database).</param>
    public static async Task<CliSession> OpenMigratedAsync(IEnumerable<KeyValuePair<string, string?>>? settings, CancellationToken cancellationToken)
    {
        var session = new CliSession(CliServices.Build(settings));
        try
        {
            await new DatabaseMigrator(session.Db, session.DatabaseOptions).MigrateAsync(cancellationToken);
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _services.DisposeAsync();
    }
}
