using System.Globalization;
using System.Text;
using FrontDoor.Core.Audit;
using FrontDoor.Core.CaseSystem;
using FrontDoor.Core.Data;
using FrontDoor.Core.People;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FrontDoor.Core.Tests.CaseSystem;

public sealed class CaseSystemImportRecoveryTests
{
    private const int People = (CaseSystemImporter.BatchSize * 2) + 500;

    [Theory]
    [BothProviders]
    public async Task AnImportThatDiesHalfWay_LeavesOnlyWholeBatches_AndARerunFinishesTheJob(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = CaseSystemExports.Clock();
        var export = ManyPeople(People);

        // The database goes away while the second batch is being written: saves are the run, batch 1, batch 2…
        var dying = new FailingSave(failOnSave: 3);
        await using (var db = new FrontDoorDbContext(new DbContextOptionsBuilder<FrontDoorDbContext>(DatabaseSetup.CreateOptions(database.Options)).AddInterceptors(dying).Options))
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() =>
                new CaseSystemImporter(db, clock).ImportAsync(CaseSystemFileKind.People, CaseSystemExports.File(export), CaseSystemExports.Request("people.csv"), null, ct));
        }

        await using (var db = database.CreateDbContext())
        {
            Assert.Equal(CaseSystemImporter.BatchSize, await db.People.CountAsync(ct));
            var failed = await db.CaseSystemImportRuns.AsNoTracking().SingleAsync(ct);
            Assert.Equal((CaseSystemImportStatus.Failed, CaseSystemImporter.BatchSize), (failed.Status, failed.Added));
            Assert.StartsWith($"stopped after {CaseSystemImporter.BatchSize:N0} rows", failed.Message, StringComparison.Ordinal);

            // Each person's row and their audit entry committed together, or neither did.
            Assert.Equal(CaseSystemImporter.BatchSize, await db.AuditEventPeople.CountAsync(ct));
            Assert.Equal(0, await db.People.CountAsync(p => p.DateOfBirth == null || p.Address == null, ct));
        }

        await using (var db = database.CreateDbContext())
        {
            var rerun = await new CaseSystemImporter(db, clock).ImportAsync(CaseSystemFileKind.People, CaseSystemExports.File(export), CaseSystemExports.Request("people.csv"), null, ct);

            Assert.Equal((CaseSystemImportStatus.Completed, People - CaseSystemImporter.BatchSize, CaseSystemImporter.BatchSize, 0), (rerun.Status, rerun.Added, rerun.Unchanged, rerun.Refused));
            Assert.Equal(People, await db.People.CountAsync(ct));
            Assert.Equal(People, await db.People.Select(p => p.LasId).Distinct().CountAsync(ct));
            Assert.Equal(People, await db.AuditEventPeople.CountAsync(ct));
        }
    }

    [Theory]
    [BothProviders]
    public async Task ALargeImport_ReportsProgressThroughTheFile(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var seen = new List<CaseSystemImportProgress>();

        var run = await new CaseSystemImporter(db, CaseSystemExports.Clock()).ImportAsync(
            CaseSystemFileKind.People, CaseSystemExports.File(ManyPeople(People)), CaseSystemExports.Request("people.csv"), new Recorded(seen), ct);

        Assert.Equal(People, run.Added);
        Assert.True(seen.Count >= 3, $"only {seen.Count} progress reports");
        Assert.Equal(seen.Select(p => p.Done).Order(), seen.Select(p => p.Done));
        Assert.Equal((seen[^1].Total, People), (seen[^1].Done, seen[^1].RowsRead));
    }

    private static string ManyPeople(int count)
    {
        string[] given = ["Mary", "John", "Aisha", "Wei", "Olu", "Siobhan", "Dafydd", "Priya"];
        string[] family = ["Smith", "Jones", "Khan", "Chen", "Adeyemi", "O'Neill", "Evans", "Patel"];
        var text = new StringBuilder("person_id,given_name,family_name,date_of_birth,address_line1,town,postcode\n");
        for (var i = 0; i < count; i++)
        {
            var born = new DateOnly(1930, 1, 1).AddDays(i * 7 % 25_000);
            text.Append(CultureInfo.InvariantCulture, $"P{i:D6},{given[i % given.Length]},{family[i / given.Length % family.Length]},{born:yyyy-MM-dd},{i % 200 + 1} Station Road,Leicester,LE{i % 9 + 1} {i % 9}AB\n");
        }

        return text.ToString();
    }

    private sealed class FailingSave(int failOnSave) : SaveChangesInterceptor
    {
        private int _saves;

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            Interlocked.Increment(ref _saves) == failOnSave
                ? throw new InvalidOperationException("The connection to the database was lost.")
                : base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private sealed class Recorded(List<CaseSystemImportProgress> seen) : IProgress<CaseSystemImportProgress>
    {
        public void Report(CaseSystemImportProgress value) => seen.Add(value);
    }
}
