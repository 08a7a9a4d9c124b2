using FrontDoor.Core.Data;

namespace FrontDoor.TestCommon.Databases;

/// <summary>
/// Rows for a theory that takes data as well as a provider (where <see cref="BothProvidersAttribute"/> cannot be
/// combined with the data): every row once on SQLite and once on PostgreSQL.
/// </summary>
public static class ProviderRows
{
    private static readonly DatabaseProvider[] Providers = [DatabaseProvider.Sqlite, DatabaseProvider.Postgres];

    public static TheoryData<DatabaseProvider, T> Each<T>(params T[] rows)
    {
        var data = new TheoryData<DatabaseProvider, T>();
        foreach (var provider in Providers)
        {
            foreach (var row in rows)
            {
                data.Add(provider, row);
            }
        }

        return data;
    }

    public static TheoryData<DatabaseProvider, T1, T2> Each<T1, T2>(params (T1, T2)[] rows)
    {
        var data = new TheoryData<DatabaseProvider, T1, T2>();
        foreach (var provider in Providers)
        {
            foreach (var (first, second) in rows)
            {
                data.Add(provider, first, second);
            }
        }

        return data;
    }
}
