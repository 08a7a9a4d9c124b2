using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.Data;

/// <summary>
/// Brings the database schema up to date and then runs the one-off data fixes not yet run (<see cref="OneOffDataFixes"/>),
/// turning "cannot reach the database" into one clear line.
/// </summary>
public sealed class DatabaseMigrator(FrontDoorDbContext db, DatabaseOptions options, TimeProvider? clock = null)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            EnsureSqliteFolderExists(options.ConnectionString);
        }

        try
        {
            await RefuseAnotherHistoryAsync(cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
            await new OneOffDataFixes(db, clock ?? TimeProvider.System).ApplyAsync(cancellationToken);
        }
        catch (Exception ex) when (ex.GetBaseException() is DbException or System.Net.Sockets.SocketException or TimeoutException)
        {
            throw new DatabaseUnavailableException(
                $"Cannot reach the {options.Provider} database ({Describe(options)}): {FirstLine(ex)}. Check ConnectionStrings:FrontDoor and that the server is running.", ex);
        }
    }

    /// <summary>
    /// A database whose schema came from migrations this build does not know (a development build's, from before the
    /// history was squashed into one Initial migration) cannot be brought up to date safely: say so, change nothing.
    /// </summary>
    private async Task RefuseAnotherHistoryAsync(CancellationToken cancellationToken)
    {
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var unknown = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Where(id => !known.Contains(id)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidConfigurationException(
                $"The {options.Provider} database ({Describe(options)}) was made by migrations this version of FrontDoor does not have ({unknown.Count}, the first {unknown[0]}): it comes from a development build before the first pilot. Point ConnectionStrings:FrontDoor at a new, empty database.");
        }
    }

    private static void EnsureSqliteFolderExists(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(dataSource) && dataSource != ":memory:" && folder is not null)
        {
            Directory.CreateDirectory(folder);
        }
    }

    /// <summary>Where the database is, without the password.</summary>
    public static string Describe(DatabaseOptions options) => options.Provider switch
    {
        DatabaseProvider.Sqlite => new SqliteConnectionStringBuilder(options.ConnectionString).DataSource,
        _ => new Npgsql.NpgsqlConnectionStringBuilder(options.ConnectionString) is var b ? $"{b.Host}:{b.Port}/{b.Database}" : string.Empty,
    };

    private static string FirstLine(Exception ex)
    {
        var inner = ex;
        while (inner.InnerException is not null && inner is not DbException)
        {
            inner = inner.InnerException;
        }

        return inner.Message.Split('\n', 2)[0].Trim().TrimEnd('.');
    }
}

public sealed class DatabaseUnavailableException : Exception
{
    public DatabaseUnavailableException()
    {
    }

    public DatabaseUnavailableException(string message)
        : base(message)
    {
    }

    public DatabaseUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
