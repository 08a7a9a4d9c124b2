using FrontDoor.Core.Data;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace FrontDoor.Core.Tests.Data;

public sealed class DatabaseOptionsTests
{
    private static DatabaseOptions Read(params (string Key, string Value)[] values) =>
        DatabaseSetup.ReadOptions(new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)))
            .Build());

    [Fact]
    public void ReadOptions_Postgres_PreparesHotStatementsUnlessTheConnectionStringSaysOtherwise()
    {
        var defaulted = Read(("Database:Provider", "Postgres"), ("ConnectionStrings:FrontDoor", "Host=db;Database=frontdoor;Username=frontdoor"));
        var chosen = Read(("Database:Provider", "Postgres"), ("ConnectionStrings:FrontDoor", "Host=db;Database=frontdoor;Username=frontdoor;Max Auto Prepare=0"));

        Assert.Equal(64, new NpgsqlConnectionStringBuilder(defaulted.ConnectionString).MaxAutoPrepare);
        Assert.Equal(0, new NpgsqlConnectionStringBuilder(chosen.ConnectionString).MaxAutoPrepare);
        Assert.Equal("db", new NpgsqlConnectionStringBuilder(defaulted.ConnectionString).Host);
    }

    [Fact]
    public void ReadOptions_UnknownProvider_SaysWhatToSet()
    {
        var error = Assert.Throws<InvalidConfigurationException>(() => Read(("Database:Provider", "Oracle")));

        Assert.Contains("Sqlite or Postgres", error.Message, StringComparison.Ordinal);
    }
}
