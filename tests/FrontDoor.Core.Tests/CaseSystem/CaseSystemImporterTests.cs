using System.Text;
using FrontDoor.Core.Audit;
using FrontDoor.Core.CaseSystem;
using FrontDoor.Core.Data;
using FrontDoor.Core.People;
using FrontDoor.Core.Teams;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.Tests.CaseSystem;

public sealed class CaseSystemImporterTests
{

    [Theory]
    [BothProviders]
    public async Task Import_EachKindInOrder_StoresTeamsWorkersPeopleAndAllocationsAsExported(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var clock = CaseSystemExports.Clock();

        var teams = await CaseSystemExports.ImportAsync(db, clock, CaseSystemFileKind.Teams, CaseSystemExports.Teams, cancellationToken: ct);
        var workers = await CaseSystemExports.ImportAsync(db, clock, CaseSystemFileKind.Workers, CaseSystemExports.Workers, cancellationToken: ct);
        var people = await CaseSystemExports.ImportAsync(db, clock, CaseSystemFileKind.People, CaseSystemExports.People, cancellationToken: ct);
        var allocations = await CaseSystemExports.ImportAsync(db, clock, CaseSystemFileKind.Allocations, CaseSystemExports.Allocations, cancellationToken: ct);

        Assert.Equal((2, 2, 0), (teams.RowsRead, teams.Added, teams.Refused));
        Assert.Equal((2, 2, 0), (workers.RowsRead, workers.Added, workers.Refused));
        Assert.Equal((3, 3, 0), (people.RowsRead, people.Added, people.Refused));
        Assert.Equal((2, 2, 0), (allocations.RowsRead, allocations.Added, allocations.Refused));
        Assert.All(new[] { teams, workers, people, allocations }, run => Assert.Equal(CaseSystemImportStatus.Completed, run.Status));

        var mary = await db.People.AsNoTracking().SingleAsync(p => p.LasId == "L100", ct);
        Assert.Equal(new PersonName("Mary", "Jones", formerFamilyName: "Pickering"), mary.Name);
        Assert.Equal(new DateOnly(1940, 3, 2), mary.DateOfBirth);
        Assert.Equal("9434765919", mary.NhsNumber?.Value);
        Assert.Equal("12 High Street, Loughborough, LE11 1AA", mary.Address?.ToString());
        Assert.Equal(["+447700900123", "+441509123456"], mary.Phones.Select(p => p.Value));
        Assert.Equal("mary.jones@example.com", mary.Email);
        var pat = await db.People.AsNoTracking().SingleAsync(p => p.LasId == "L101", ct);
        Assert.Equal(("Pat", new DateOnly(1950, 12, 31), "Flat 2, The Maltings"), (pat.Name.KnownAs, pat.DateOfBirth, pat.Address?.Line1));
        Assert.Equal(new CommunicationNeeds("Polish", BritishSignLanguage: true), pat.CommunicationNeeds);

        var discharge = await db.Teams.AsNoTracking().SingleAsync(t => t.CaseSystemId == "T2", ct);
        Assert.Equal(("Hospital Discharge Team, County", "discharge@example.gov.uk"), (discharge.Name, discharge.DutyEmail));
        Assert.Equal(new OpeningHours(new TimeOnly(8, 0), new TimeOnly(20, 0), weekends: true), discharge.OpeningHours);
        var ben = await db.Workers.AsNoTracking().SingleAsync(w => w.CaseSystemId == "W2", ct);
        Assert.Equal((WorkerRole.OccupationalTherapist, discharge.Id), (ben.Role, ben.TeamId));
        var maryAllocation = await db.Allocations.AsNoTracking().SingleAsync(a => a.CaseSystemId == "A1", ct);
        Assert.Equal((mary.Id, new DateOnly(2026, 1, 5), (DateOnly?)null), (maryAllocation.PersonId, maryAllocation.From, maryAllocation.To));

        // Each person added is on the audit trail, so their "who has looked at my record" report shows the import.
        var added = await db.AuditEvents.AsNoTracking().Include(e => e.People).SingleAsync(e => e.RecordType == nameof(Person) && e.Action == AuditAction.Created, ct);
        Assert.Equal(3, added.People.Count);
        Assert.Equal(4, await db.CaseSystemImportRuns.CountAsync(r => r.Status == CaseSystemImportStatus.Completed, ct));
    }

    [Theory]
    [BothProviders]
    public async Task Reimport_TheSameFiles_ChangesNothingAndSaysSo(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var clock = CaseSystemExports.Clock();
        await CaseSystemExports.ImportAllAsync(db, clock, ct);
        var stampedBefore = await db.People.AsNoTracking().Select(p => p.UpdatedAt).ToListAsync(ct);
        clock.Advance(TimeSpan.FromDays(1));

        var runs = new List<CaseSystemImportRun>();
        foreach (var (kind, text) in new[] { (CaseSystemFileKind.Teams, CaseSystemExports.Teams), (CaseSystemFileKind.Workers, CaseSystemExports.Workers), (CaseSystemFileKind.People, CaseSystemExports.People), (CaseSystemFileKind.Allocations, CaseSystemExports.Allocations) })
        {
            runs.Add(await CaseSystemExports.ImportAsync(db, clock, kind, text, cancellationToken: ct));
        }

        Assert.All(runs, run => Assert.Equal((0, 0, 0, run.RowsRead), (run.Added, run.Changed, run.Ended, run.Unchanged)));
        Assert.Equal("3 rows read: 0 added, 0 changed, 3 unchanged, 0 ended, 0 refused", runs[2].Summary);
        Assert.Equal(stampedBefore, await db.People.AsNoTracking().Select(p => p.UpdatedAt).ToListAsync(ct));
        Assert.Equal(0, await db.CaseSystemChanges.CountAsync(ct));
    }

    [Theory]
    [BothProviders]
    public async Task ChangeFile_UpdatesWhatChanged_KeepsItsHistory_AndLeavesColumnsItOmits(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var clock = CaseSystemExports.Clock();
        await CaseSystemExports.ImportAllAsync(db, clock, ct);
        clock.Advance(TimeSpan.FromDays(1));

        // Mary moved; Edith's record is the same. The file has no phones or email columns: those stay as they are.
        var run = await CaseSystemExports.ImportAsync(db, clock, CaseSystemFileKind.People,
            "person_id,given_name,family_name,address_line1,town,postcode\n" +
            "L100,Mary,Jones,3 Mill Lane,Shepshed,LE12 9AB\n" +
            "L102,Edith,Clarke,,,\n", cancellationToken: ct);

        Assert.Equal((2, 0, 1, 1), (run.RowsRead, run.Added, run.Changed, run.Unchanged));
        var mary = await db.People.AsNoTracking().SingleAsync(p => p.LasId == "L100", ct);
        Assert.Equal("3 Mill Lane, Shepshed, LE12 9AB", mary.Address?.ToString());
        Assert.Equal(2, mary.Phones.Count);
        Assert.Equal("Pickering", mary.Name.FormerFamilyName);
        Assert.Equal(clock.GetUtcNow(), mary.UpdatedAt);
        var change = await db.CaseSystemChanges.AsNoTracking().SingleAsync(ct);
        Assert.Equal((mary.Id, "L100", CaseSystemChangeKind.Changed, "address", run.Id), (change.RecordId, change.CaseSystemId, change.Change, change.Fields, change.RunId));
        Assert.Contains("12 High Street", change.Before, StringComparison.Ordinal);
        Assert.Contains("3 Mill Lane", change.After, StringComparison.Ordinal);
        var history = Assert.Single(await new CaseSystemImportReports(db, clock).HistoryOfAsync(mary.Id, 10, ct));
        Assert.Equal((CaseSystemChangeKind.Changed, "address", "people.csv", run.Id), (history.Change, history.Fields, history.FileName, history.RunId));
        var audited = await db.AuditEvents.AsNoTracking().Include(e => e.People).SingleAsync(e => e.RecordType == nameof(Person) && e.Action == AuditAction.Updated, ct);
        Assert.Equal([mary.Id], audited.People.Select(p => p.PersonId));
        Assert.DoesNotContain("Mill", audited.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task FullAllocations_EndTheOneLeftOut_OnTheDayBefore_WithoutDeletingIt(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var clock = CaseSystemExports.Clock();
        await CaseSystemExports.ImportAllAsync(db, clock, ct);
        clock.Advance(TimeSpan.FromDays(1));

        var run = await CaseSystemExports.ImportAsync(db, clock, CaseSystemFileKind.Allocations,
            "allocation_id,person_id,worker_id,team_id,start_date,end_date\nA1,L100,W1,T1,2026-01-05,\n", full: true, ct);

        Assert.Equal((1, 1, 1), (run.RowsRead, run.Unchanged, run.Ended));
        var ended = await db.Allocations.AsNoTracking().SingleAsync(a => a.CaseSystemId == "A2", ct);
        Assert.Equal(new DateOnly(2026, 12, 6), ended.To);
        Assert.False(ended.IsCurrentOn(new DateOnly(2026, 12, 7)));
        Assert.Null((await db.Allocations.AsNoTracking().SingleAsync(a => a.CaseSystemId == "A1", ct)).To);
        Assert.Equal(CaseSystemChangeKind.Ended, (await db.CaseSystemChanges.AsNoTracking().SingleAsync(ct)).Change);

        var again = await CaseSystemExports.ImportAsync(db, clock, CaseSystemFileKind.Allocations,
            "allocation_id,person_id,worker_id,team_id,start_date,end_date\nA1,L100,W1,T1,2026-01-05,\n", full: true, ct);
        Assert.Equal((1, 0), (again.Unchanged, again.Ended));
    }

    [Theory]
    [BothProviders]
    public async Task FullPeople_MarkTheOneLeftOut_KeepFrontDoorsOwnPeople_AndWelcomeThemBack(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var clock = CaseSystemExports.Clock();
        await CaseSystemExports.ImportAllAsync(db, clock, ct);
        var madeHere = new Person(Guid.CreateVersion7(), new PersonName("Joan", "Reid"), clock.GetUtcNow());
        db.People.Add(madeHere);
        await db.SaveChangesAsync(ct);
        clock.Advance(TimeSpan.FromDays(1));
        var withoutEdith = string.Join('\n', CaseSystemExports.People.Split('\n').Where(l => !l.StartsWith("L102", StringComparison.Ordinal)));

        var run = await CaseSystemExports.ImportAsync(db, clock, CaseSystemFileKind.People, withoutEdith, full: true, ct);

        Assert.Equal((2, 1), (run.Unchanged, run.Ended));
        var edith = await db.People.AsNoTracking().SingleAsync(p => p.LasId == "L102", ct);
        Assert.Equal(clock.GetUtcNow(), edith.LeftCaseSystemAt);
        Assert.Null((await db.People.AsNoTracking().SingleAsync(p => p.Id == madeHere.Id, ct)).LeftCaseSystemAt);

        clock.Advance(TimeSpan.FromDays(1));
        var back = await CaseSystemExports.ImportAsync(db, clock, CaseSystemFileKind.People, CaseSystemExports.People, full: true, ct);

        Assert.Equal((1, 2, 0), (back.Changed, back.Unchanged, back.Ended));
        Assert.Null((await db.People.AsNoTracking().SingleAsync(p => p.LasId == "L102", ct)).LeftCaseSystemAt);
        Assert.Contains(await db.CaseSystemChanges.AsNoTracking().ToListAsync(ct), c => c.RecordId == edith.Id && c.Change == CaseSystemChangeKind.Returned);
    }

    [Theory]
    [BothProviders]
    public async Task Teams_AdoptOneFrontDoorAlreadyHeldByName_AndFullFilesMarkTeamsAndWorkersLeftOut(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var clock = CaseSystemExports.Clock();
        var setUpByHand = new Team(Guid.CreateVersion7(), "North Locality Team", PhoneNumber.Parse("01632 960009"), "old@example.gov.uk", OpeningHours.OfficeHours);
        db.Teams.Add(setUpByHand);
        await db.SaveChangesAsync(ct);

        var teams = await CaseSystemExports.ImportAsync(db, clock, CaseSystemFileKind.Teams, CaseSystemExports.Teams, cancellationToken: ct);
        await CaseSystemExports.ImportAsync(db, clock, CaseSystemFileKind.Workers, CaseSystemExports.Workers, cancellationToken: ct);

        Assert.Equal((1, 1), (teams.Added, teams.Changed));
        var adopted = await db.Teams.AsNoTracking().SingleAsync(t => t.Id == setUpByHand.Id, ct);
        Assert.Equal(("T1", "north@example.gov.uk", "01632 960001"), (adopted.CaseSystemId, adopted.DutyEmail, adopted.DutyPhoneToDial));

        clock.Advance(TimeSpan.FromDays(1));
        var fullTeams = await CaseSystemExports.ImportAsync(db, clock, CaseSystemFileKind.Teams, string.Join('\n', CaseSystemExports.Teams.Split('\n').Take(2)), full: true, ct);
        var fullWorkers = await CaseSystemExports.ImportAsync(db, clock, CaseSystemFileKind.Workers, "worker_id,name,role,team_id\nW1,Asha Patel,Social worker,T1\n", full: true, ct);

        Assert.Equal((1, 1), (fullTeams.Unchanged, fullTeams.Ended));
        Assert.Equal((1, 1), (fullWorkers.Unchanged, fullWorkers.Ended));
        Assert.NotNull((await db.Teams.AsNoTracking().SingleAsync(t => t.CaseSystemId == "T2", ct)).LeftCaseSystemAt);
        Assert.NotNull((await db.Workers.AsNoTracking().SingleAsync(w => w.CaseSystemId == "W2", ct)).LeftCaseSystemAt);
        var asha = await db.Workers.AsNoTracking().SingleAsync(w => w.CaseSystemId == "W1", ct);
        Assert.Equal(((DateTimeOffset?)null, "01632 960101"), (asha.LeftCaseSystemAt, asha.WorkPhone?.National));
    }

    [Theory]
    [BothProviders]
    public async Task Workers_EmailColumn_IsImportedChangedAndCleared_KeptWhenAFileHasNoSuchColumn_AndRefusedWhenNotAnAddress(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var clock = CaseSystemExports.Clock();
        await CaseSystemExports.ImportAsync(db, clock, CaseSystemFileKind.Teams, CaseSystemExports.Teams, cancellationToken: ct);

        var first = await CaseSystemExports.ImportAsync(db, clock, CaseSystemFileKind.Workers, "worker_id,name,role,team_id,work_email\nW1,Asha Patel,SW,T1,asha.patel@example.gov.uk\nW2,Ben Cole,OT,T2,not an address\n", cancellationToken: ct);
        Assert.Equal((1, 1), (first.Added, first.Refused));
        Assert.Equal("asha.patel@example.gov.uk", await EmailOfAsync("W1"));

        var withoutColumn = await CaseSystemExports.ImportAsync(db, clock, CaseSystemFileKind.Workers, "worker_id,name,role,team_id\nW1,Asha Patel,SW,T1\n", cancellationToken: ct);
        Assert.Equal(1, withoutColumn.Unchanged);
        Assert.Equal("asha.patel@example.gov.uk", await EmailOfAsync("W1"));

        var changed = await CaseSystemExports.ImportAsync(db, clock, CaseSystemFileKind.Workers, "worker_id,name,role,team_id,email\nW1,Asha Patel,SW,T1,a.patel@example.gov.uk\n", cancellationToken: ct);
        Assert.Equal(1, changed.Changed);
        Assert.Equal("a.patel@example.gov.uk", await EmailOfAsync("W1"));

        var cleared = await CaseSystemExports.ImportAsync(db, clock, CaseSystemFileKind.Workers, "worker_id,name,role,team_id,email\nW1,Asha Patel,SW,T1,\n", cancellationToken: ct);
        Assert.Equal(1, cleared.Changed);
        Assert.Null(await EmailOfAsync("W1"));

        async Task<string?> EmailOfAsync(string id) => (await db.Workers.AsNoTracking().SingleAsync(w => w.CaseSystemId == id, ct)).Email;
    }

    [Theory]
    [BothProviders]
    public async Task AFullFileLeavingOutMostPeople_EndsNothing_UntilALargeRemovalIsAllowed(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var clock = CaseSystemExports.Clock();
        var everyone = "person_id,given_name,family_name\n" + string.Concat(Enumerable.Range(1, 80).Select(i => $"P{i},Ann,Smith{i}\n"));
        var cutShort = "person_id,given_name,family_name\n" + string.Concat(Enumerable.Range(1, 10).Select(i => $"P{i},Ann,Smith{i}\n"));
        await CaseSystemExports.ImportAsync(db, clock, CaseSystemFileKind.People, everyone, cancellationToken: ct);

        var heldBack = await CaseSystemExports.ImportAsync(db, clock, CaseSystemFileKind.People, cutShort, full: true, ct);

        Assert.Equal((CaseSystemImportStatus.Completed, 10, 0), (heldBack.Status, heldBack.Unchanged, heldBack.Ended));
        Assert.StartsWith("the full file leaves out 70 people that FrontDoor holds from the case system (88% of those it lists and leaves out together, more than 20%): nothing was ended", heldBack.Message, StringComparison.Ordinal);
        Assert.Equal(0, await db.People.CountAsync(p => p.LeftCaseSystemAt != null, ct));

        var allowed = await new CaseSystemImporter(db, clock).ImportAsync(CaseSystemFileKind.People, CaseSystemExports.File(cutShort), CaseSystemExports.Request("people.csv", full: true) with { AllowLargeRemoval = true }, null, ct);

        Assert.Equal((70, (string?)null), (allowed.Ended, allowed.Message));
        Assert.Equal(70, await db.People.CountAsync(p => p.LeftCaseSystemAt != null, ct));
    }

    [Theory]
    [BothProviders]
    public async Task BadRows_AreRefusedWithTheirLineAndColumn_AndTheRestImported(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var clock = CaseSystemExports.Clock();

        var run = await CaseSystemExports.ImportAsync(db, clock, CaseSystemFileKind.People,
            "person_id,given_name,family_name,date_of_birth,nhs_number,address_line1,postcode,email\n" +
            "L1,Ann,Baker,1950-02-31,,,,\n" +
            "L2,Bob,Carter,1951-01-01,1234567890,,,\n" +
            ",Cat,Dunn,,,,,\n" +
            "L4,Dan,,,,,,\n" +
            "L5,Eve,Ford,,,1 Main Road,NOT A CODE,\n" +
            "L6,Fay,Gray,,,,,fay at example\n" +
            "L7,Gus,Hale,2099-01-01,,,,\n" +
            "L8,Ivy,Jones,1940-05-05,,,,\n" +
            "L8,Ivy,Jones,1940-05-05,,,,\n" +
            "L-9,Jim,King,,,,,\n", cancellationToken: ct);

        Assert.Equal((10, 1, 9), (run.RowsRead, run.Added, run.Refused));
        var refusals = await new CaseSystemImportReports(db, clock).RefusalsAsync(run.Id, 100, ct);
        Assert.Equal(
        [
            "Line 2: date_of_birth is not a date in the form 1950-03-31 or 31/03/1950",
            "Line 3: nhs_number is not a valid NHS number (10 digits with a correct check digit)",
            "Line 4: person_id is empty",
            "Line 5: family_name is empty",
            "Line 6: postcode is not a UK postcode",
            "Line 7: email is not an email address, like name@example.com",
            "Line 8: date_of_birth is in the future",
            "Line 10: the same person_id is on line 9: each person may appear once in a file",
            "Line 11: person_id must be letters and numbers only, 20 characters or fewer",
        ], refusals.Select(r => r.ToString()));
        Assert.Equal("L8", (await db.People.AsNoTracking().SingleAsync(ct)).LasId);
    }

    public static TheoryData<string, byte[], string> WrongFiles() => new()
    {
        { "empty", [], "the file is empty" },
        { "binary", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00], "this is not a text file" },
        { "Windows-1252", Encoding.Latin1.GetBytes("person_id,given_name,family_name\nL1,Zoë,Brontë\n"), "not UTF-8 text" },
        { "a workers export", Encoding.UTF8.GetBytes(CaseSystemExports.Workers), "this is not a people export: it has no person_id, given_name, family_name columns (a people export needs person_id,given_name,family_name); it looks like a workers export" },
        { "a repeated column", Encoding.UTF8.GetBytes("person_id,given_name,family_name,Given Name\nL1,A,B,C\n"), "the column given_name appears twice" },
    };

    [Theory]
    [MemberData(nameof(WrongFiles))]
    public async Task WrongFile_IsRefusedWhole_WritingNothingButTheRunAndWhy(string what, byte[] bytes, string reason)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var db = database.CreateDbContext();

        var run = await new CaseSystemImporter(db, CaseSystemExports.Clock()).ImportAsync(CaseSystemFileKind.People, CaseSystemExports.File(bytes), CaseSystemExports.Request($"{what}.csv"), null, ct);

        Assert.Equal(CaseSystemImportStatus.Refused, run.Status);
        Assert.Contains(reason, run.Message, StringComparison.Ordinal);
        Assert.Equal(0, await db.People.CountAsync(ct));
        Assert.Equal(0, await db.CaseSystemImportRefusals.CountAsync(ct));
        Assert.Equal(CaseSystemImportStatus.Refused, (await db.CaseSystemImportRuns.AsNoTracking().SingleAsync(ct)).Status);
    }

    [Theory]
    [BothProviders]
    public async Task AFileRefusedWhole_OnPostgresToo_LeavesNoPeople(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();

        var run = await CaseSystemExports.ImportAsync(db, CaseSystemExports.Clock(), CaseSystemFileKind.Allocations, CaseSystemExports.People, cancellationToken: ct);

        Assert.Equal(CaseSystemImportStatus.Refused, run.Status);
        Assert.StartsWith("this is not an allocations export", run.Message, StringComparison.Ordinal);
        Assert.Equal(0, await db.People.CountAsync(ct));
    }
}
