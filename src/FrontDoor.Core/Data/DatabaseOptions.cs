using System.ComponentModel.DataAnnotations;

namespace FrontDoor.Core.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary>The default SQLite file, relative to the working folder.</summary>
    public const string DefaultSqliteConnectionString = "Data Source=data/frontdoor.db";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>From <c>ConnectionStrings:FrontDoor</c>; SQLite falls back to <see cref="DefaultSqliteConnectionString"/>.</summary>
    [Required(AllowEmptyStrings = false)]
    public string ConnectionString { get; set; } = DefaultSqliteConnectionString;

    /// <summary>Apply migrations at start-up (the web app and CLI do; tests may not).</summary>
    public bool MigrateOnStartup { get; set; } = true;
}
