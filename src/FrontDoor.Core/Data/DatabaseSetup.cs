using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FrontDoor.Core.Data;

/// <summary>Chooses the database provider from configuration and registers <see cref="FrontDoorDbContext"/>.</summary>
public static class DatabaseSetup
{
    public const string SqliteMigrationsAssembly = "FrontDoor.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "FrontDoor.Migrations.Postgres";

    /// <summary>
    /// Reads <c>Database:Provider</c> and <c>ConnectionStrings:FrontDoor</c>. Throws
    /// <see cref="InvalidConfigurationException"/> with one line that says what to fix.
    /// </summary>
    public static DatabaseOptions ReadOptions(IConfiguration configuration)
    {
        var section = configuration.GetSection(DatabaseOptions.SectionName);
        var providerText = section["Provider"];
        var options = new DatabaseOptions();
        if (!string.IsNullOrWhiteSpace(providerText))
        {
            if (!Enum.TryParse<DatabaseProvider>(providerText, ignoreCase: true, out var provider) || !Enum.IsDefined(provider))
            {
                throw new InvalidConfigurationException(
                    $"Database:Provider is '{providerText}', which FrontDoor does not know. Set it to Sqlite or Postgres.");
            }

            options.Provider = provider;
        }

        if (bool.TryParse(section["MigrateOnStartup"], out var migrate))
        {
            options.MigrateOnStartup = migrate;
        }

        var connectionString = configuration.GetConnectionString("FrontDoor");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (options.Provider == DatabaseProvider.Postgres)
            {
                throw new InvalidConfigurationException(
                    "Database:Provider is Postgres but ConnectionStrings:FrontDoor is empty. Set it, e.g. ConnectionStrings__FrontDoor=\"Host=localhost;Database=frontdoor;Username=frontdoor\".");
            }

            connectionString = DatabaseOptions.DefaultSqliteConnectionString;
        }

        options.ConnectionString = connectionString;
        try
        {
            options.ConnectionString = options.Provider == DatabaseProvider.Sqlite
                ? new SqliteConnectionStringBuilder(connectionString).ConnectionString
                : WithPreparedStatements(connectionString).ConnectionString;
        }
        catch (ArgumentException ex)
        {
            throw new InvalidConfigurationException($"ConnectionStrings:FrontDoor is not a valid {options.Provider} connection string: {ex.Message}");
        }

        return options;
    }

    /// <summary>
    /// Npgsql prepares the statements a node runs most (search, allocation lookup, audit) unless the connection
    /// string says otherwise: planning them afresh on every keystroke of type-ahead costs PostgreSQL more than running them.
    /// </summary>
    private static Npgsql.NpgsqlConnectionStringBuilder WithPreparedStatements(string connectionString)
    {
        // Npgsql's own builder claims every keyword it knows; the plain one says what was actually written.
        var written = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!written.ContainsKey("Max Auto Prepare") && !written.ContainsKey("MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = 64;
        }

        return builder;
    }

    public static IServiceCollection AddFrontDoorDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var options = ReadOptions(configuration);
        services.AddSingleton(Options.Create(options));
        // Pooled: search and type-ahead open a context per keystroke, and building one costs more than the query.
        // Interceptors registered by other parts (the outbox's webhook events) see every save.
        services.AddDbContextPool<FrontDoorDbContext>((provider, builder) => Configure(builder, options).AddInterceptors(provider.GetServices<ISaveChangesInterceptor>()));
        return services;
    }

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, DatabaseOptions options)
    {
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                builder.UseSqlite(options.ConnectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly));
                break;
            case DatabaseProvider.Postgres:
                builder.UseNpgsql(options.ConnectionString, npgsql => npgsql.MigrationsAssembly(PostgresMigrationsAssembly));
                break;
            default:
                throw new InvalidConfigurationException($"Database:Provider {options.Provider} is not supported.");
        }

        // Every context marks the kept KPI months its saves change, however it was built (web, CLI, tests, benches).
        return builder.UseSnakeCaseNamingConvention().AddInterceptors(Insight.KeptMonths.KpiStaleMarker.Instance);
    }

    public static DbContextOptions<FrontDoorDbContext> CreateOptions(DatabaseOptions options) =>
        ((DbContextOptionsBuilder<FrontDoorDbContext>)Configure(new DbContextOptionsBuilder<FrontDoorDbContext>(), options)).Options;
}
