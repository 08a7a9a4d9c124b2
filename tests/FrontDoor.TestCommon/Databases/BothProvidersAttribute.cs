using System.Reflection;
using FrontDoor.Core.Data;
using Xunit.Sdk;
using Xunit.v3;

namespace FrontDoor.TestCommon.Databases;

/// <summary>
/// Runs a theory once per database provider (SQLite and PostgreSQL); the test takes a
/// <see cref="DatabaseProvider"/> parameter. Every persistence test uses it, so both providers stay honest.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class BothProvidersAttribute : DataAttribute
{
    public override ValueTask<IReadOnlyCollection<ITheoryDataRow>> GetData(MethodInfo testMethod, DisposalTracker disposalTracker) =>
        ValueTask.FromResult<IReadOnlyCollection<ITheoryDataRow>>(
        [
            new TheoryDataRow<DatabaseProvider>(DatabaseProvider.Sqlite),
            new TheoryDataRow<DatabaseProvider>(DatabaseProvider.Postgres),
        ]);

    public override bool SupportsDiscoveryEnumeration() => true;
}
