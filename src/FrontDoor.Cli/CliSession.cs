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

    public static async Task<CliSession> OpenMigratedAsync(CancellationToken cancellationToken)
    {
        var session = new CliSession(CliServices.Build());
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
