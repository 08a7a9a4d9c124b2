using FrontDoor.Core.CaseSystem;
using FrontDoor.Core.Data;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.Tests.CaseSystem;

public sealed class FebrlPeopleImportTests
{
    // What FEBRL's corrupted records lack that a person record needs.
    private static readonly string[] FebrlGaps =
    [
        "given_name is empty", "surname is empty", "date_of_birth is not a date in the form 1950-03-31 or 31/03/1950",
        "date_of_birth is in the future", "date_of_birth is more than 125 years ago",
    ];

    [Theory]
    [BothProviders]
    public async Task ImportPeople_InTheFebrlLayout_ReadsTheBenchmarkFile_RefusingOnlyRowsWithoutANameOrARealDate(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var clock = CaseSystemExports.Clock();
        var path = Path.Combine(RepositoryRoot(), "reference-data", "febrl", "dataset1.csv");

        CaseSystemImportRun run;
        await using (var file = File.OpenRead(path))
        {
            run = await new CaseSystemImporter(db, clock).ImportAsync(CaseSystemFileKind.People, file, CaseSystemExports.Request("dataset1.csv", layout: PeopleLayout.Febrl), null, ct);
        }

        Assert.Equal((CaseSystemImportStatus.Completed, 1000), (run.Status, run.RowsRead));
        Assert.Equal(1000, run.Added + run.Refused);
        Assert.InRange(run.Added, 800, 1000);
        var reasons = (await new CaseSystemImportReports(db, clock).RefusalsAsync(run.Id, 1000, ct)).Select(r => r.Reason).Distinct().ToList();
        Assert.All(reasons, reason => Assert.Contains(reason, FebrlGaps));

        // rec-122-org, lachlan, berry, 69, giblin street, killarney, bittern, 4814, qld, 19990219: an Australian postcode, so no address.
        var lachlan = await db.People.AsNoTracking().SingleAsync(p => p.LasId == "REC122ORG", ct);
        Assert.Equal(("lachlan", "berry", new DateOnly(1999, 2, 19)), (lachlan.Name.GivenName, lachlan.Name.FamilyName, lachlan.DateOfBirth!.Value));
        Assert.Null(lachlan.Address);

        await using (var again = File.OpenRead(path))
        {
            var rerun = await new CaseSystemImporter(db, clock).ImportAsync(CaseSystemFileKind.People, again, CaseSystemExports.Request("dataset1.csv", layout: PeopleLayout.Febrl), null, ct);
            Assert.Equal((0, 0, run.Added), (rerun.Added, rerun.Changed, rerun.Unchanged));
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FrontDoor.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("FrontDoor.slnx not found above " + AppContext.BaseDirectory);
    }
}
