using FrontDoor.Core.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace FrontDoor.TestCommon.Databases;

/// <summary>
/// A fresh, empty, migrated database of one provider, just for one test: a temp SQLite file, or a new
/// database on the throwaway PostgreSQL server that <c>./test.sh</c> starts. Dropped on dispose.
/// A test of what is stored takes the provider from <see cref="BothProvidersAttribute"/> (or <see cref="ProviderRows"/>);
/// a test of what sits above the database (page wording, sign-in, refusals, headers) asks for SQLite, the quickest to
/// create, since it behaves the same on either. The README lists which tests run on one provider and why.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "FRONTDOOR_TEST_POSTGRES";

    private readonly string? _sqliteFile;
    private readonly string? _postgresName;

    private TestDatabase(DatabaseOptions options, string? sqliteFile, string? postgresName)
    {
        Options = options;
        _sqliteFile = sqliteFile;
        _postgresName = postgresName;
    }

    public DatabaseOptions Options { get; }

    public DatabaseProvider Provider => Options.Provider;

    /// <summary>Configuration keys that point a host at this database.</summary>
    public IReadOnlyDictionary<string, string?> ConfigurationValues => new Dictionary<string, string?>
    {
        ["Database:Provider"] = Options.Provider.ToString(),
        ["ConnectionStrings:FrontDoor"] = Options.ConnectionString,
    };

    /// <summary>An empty database (no schema) for the provider.</summary>
    public static async Task<TestDatabase> CreateEmptyAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), $"frontdoor-test-{Guid.NewGuid():N}.db");
            return new TestDatabase(new DatabaseOptions { Provider = provider, ConnectionString = $"Data Source={file};Pooling=False" }, file, null);
        }

        var server = PostgresServerConnectionString();
        var name = $"fd_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        return new TestDatabase(new DatabaseOptions { Provider = provider, ConnectionString = connectionString }, null, name);
    }

    /// <summary>A database with FrontDoor's schema applied through the real migrations.</summary>
    public static async Task<TestDatabase> CreateMigratedAsync(DatabaseProvider provider)
    {
        var database = await CreateEmptyAsync(provider);
        await using var db = database.CreateDbContext();
        await new DatabaseMigrator(db, database.Options).MigrateAsync();
        return database;
    }

    public FrontDoorDbContext CreateDbContext() => new(DatabaseSetup.CreateOptions(Options));

    /// <summary>A context whose saves go through <paramref name="interceptors"/>, as the web host's do (webhook events).</summary>
    public FrontDoorDbContext CreateDbContext(params Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor[] interceptors) =>
        new((DbContextOptions<FrontDoorDbContext>)new DbContextOptionsBuilder<FrontDoorDbContext>(DatabaseSetup.CreateOptions(Options)).AddInterceptors(interceptors).Options);

    public static string PostgresServerConnectionString() =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"PostgreSQL tests need {PostgresVariable} (a connection string to a server you may create databases on). Run ./test.sh, which starts one.");

    public async ValueTask DisposeAsync()
    {
        if (_sqliteFile is not null)
        {
            foreach (var file in new[] { _sqliteFile, _sqliteFile + "-wal", _sqliteFile + "-shm" })
            {
                File.Delete(file);
            }
        }

        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(PostgresServerConnectionString());
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
