using FrontDoor.Core.Audit;
using FrontDoor.Core.CaseSystem;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Contacts.PersonMatching;
using FrontDoor.Core.Contacts.Timeline;
using FrontDoor.Core.Data;
using FrontDoor.Core.People;
using FrontDoor.Core.People.Matching;
using FrontDoor.Core.People.Search;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FrontDoor.Core.Tests.CaseSystem;

public sealed class CaseSystemMergesTests
{
    private const string MergePatIntoMary = "kept_id,merged_id\nL100,L101\n";

    [Theory]
    [BothProviders]
    public async Task Merge_MovesContactsAndAllocationsToTheKeptRecord_AndTellsEachContactsTimeline(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var clock = CaseSystemExports.Clock();
        await CaseSystemExports.ImportAllAsync(db, clock, ct);
        var (mary, pat) = await BothAsync(db, ct);
        var open = ContactAbout(pat, clock, closed: false);
        var closed = ContactAbout(pat, clock, closed: true);
        db.Contacts.AddRange(open, closed);
        await db.SaveChangesAsync(ct);
        clock.Advance(TimeSpan.FromHours(1));

        var run = await CaseSystemExports.ImportAsync(db, clock, CaseSystemFileKind.Merges, MergePatIntoMary, cancellationToken: ct);

        Assert.Equal((1, 1, 0), (run.RowsRead, run.Added, run.Refused));
        Assert.All(await db.Contacts.AsNoTracking().ToListAsync(ct), c => Assert.Equal(mary.Id, c.PersonId));
        Assert.Equal(ContactStatus.Closed, (await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == closed.Id, ct)).Status);
        var lines = await db.ContactTimelineEntries.AsNoTracking().Where(e => e.ContactId == open.Id).ToListAsync(ct);
        Assert.Contains(lines, e => e.Text.Contains("merged this person's record (case-system id L101) into the record with case-system id L100", StringComparison.Ordinal));
        Assert.All(await db.Allocations.AsNoTracking().ToListAsync(ct), a => Assert.Equal(mary.Id, a.PersonId));

        var merged = await db.People.AsNoTracking().SingleAsync(p => p.Id == pat.Id, ct);
        Assert.Equal((mary.Id, (string?)null), (merged.MergedIntoId, merged.LasId));
        Assert.Equal(mary.Id, (await db.CaseSystemAliases.AsNoTracking().SingleAsync(a => a.CaseSystemId == "L101", ct)).PersonId);
        var audited = await db.AuditEvents.AsNoTracking().Include(e => e.People).SingleAsync(e => e.RecordId == AuditEvent.IdOf(pat.Id), ct);
        Assert.Equal(new[] { mary.Id, pat.Id }.Order(), audited.People.Select(p => p.PersonId).Order());

        var again = await CaseSystemExports.ImportAsync(db, clock, CaseSystemFileKind.Merges, MergePatIntoMary, cancellationToken: ct);
        Assert.Equal((0, 1), (again.Added, again.Unchanged));
    }

    [Theory]
    [BothProviders]
    public async Task Merge_ClosesThePairInTheDuplicatesReport_AndItIsNoLongerToMerge(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var clock = CaseSystemExports.Clock();
        await CaseSystemExports.ImportAllAsync(db, clock, ct);
        var (mary, pat) = await BothAsync(db, ct);
        var edith = await db.People.AsNoTracking().SingleAsync(p => p.LasId == "L102", ct);
        db.ProbableDuplicates.AddRange(
            new ProbableDuplicate(Guid.CreateVersion7(), mary.Id, pat.Id, 0.999, "same NHS number", clock.GetUtcNow()),
            new ProbableDuplicate(Guid.CreateVersion7(), pat.Id, edith.Id, 0.7, "same address", clock.GetUtcNow()));
        db.DuplicateDecisions.Add(new DuplicateDecision(Guid.CreateVersion7(), mary.Id, pat.Id, DuplicateVerdict.SamePerson, "manager", clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        Assert.Equal(1, (await new RecordsToMerge(db, new AuditLog(db, clock)).ReadAsync(10, 1, "manager", null, ct)).Total);

        await CaseSystemExports.ImportAsync(db, clock, CaseSystemFileKind.Merges, MergePatIntoMary, cancellationToken: ct);

        Assert.Equal(0, await db.ProbableDuplicates.CountAsync(ct));
        Assert.Equal(DuplicateVerdict.MergedInCaseSystem, (await db.DuplicateDecisions.AsNoTracking().SingleAsync(ct)).Verdict);
        Assert.Equal(0, (await new RecordsToMerge(db, new AuditLog(db, clock)).ReadAsync(10, 1, "manager", null, ct)).Total);
    }

    [Theory]
    [BothProviders]
    public async Task AfterAMerge_TheOldIdFindsTheKeptPerson_InSearchAndInAReferral_AndTheMergedRecordIsGoneFromTheIndex(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var clock = CaseSystemExports.Clock();
        await CaseSystemExports.ImportAllAsync(db, clock, ct);
        var (mary, pat) = await BothAsync(db, ct);
        using var host = new PersonIndexHost(Options.Create(new PersonMatchingOptions()), clock);
        await host.RebuildAsync(db, ct);
        clock.Advance(TimeSpan.FromMinutes(5));

        await CaseSystemExports.ImportAsync(db, clock, CaseSystemFileKind.Merges, MergePatIntoMary, cancellationToken: ct);
        await host.CatchUpAsync(db, ct);

        Assert.False((await host.GetAsync(ct)).Contains(PersonMatchRecords.IdOf(pat.Id)));
        var search = new PersonSearch(db, clock, host, new AllocationStatusLookup(db, clock), new AccessAuditWriter((DbContextOptions<FrontDoorDbContext>)db.GetService<IDbContextOptions>(), clock));
        var found = await search.SearchAsync("L101", 5, "demo-advisor", null, ct);
        Assert.Equal(mary.Id, found.People[0].PersonId);
        Assert.Contains("case-system id L101 was merged into L100", found.Query.Understood);
        Assert.DoesNotContain(found.People, p => p.PersonId == pat.Id);

        // A referral quoting the old id on an old letter, with the name as it was given then.
        var outcome = await new ProbabilisticContactMatcher(host).MatchAsync(new ReportedPerson { GivenName = "Mary", FamilyName = "Jones", LasId = "L101", DateOfBirth = new DateOnly(1940, 3, 2) }, ct);
        Assert.Equal(mary.Id, outcome.PersonId);
    }

    [Theory]
    [BothProviders]
    public async Task Merge_OfAnUnknownKeptId_IsRefused_AndOfARecordFrontDoorNeverHeld_StillFindsTheKeptOne(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var clock = CaseSystemExports.Clock();
        await CaseSystemExports.ImportAllAsync(db, clock, ct);

        var run = await CaseSystemExports.ImportAsync(db, clock, CaseSystemFileKind.Merges, "kept_id,merged_id\nL999,L100\nL102,L555\nL102,L102\n", cancellationToken: ct);

        Assert.Equal((1, 2), (run.Added, run.Refused));
        var refusals = await new CaseSystemImportReports(db, clock).RefusalsAsync(run.Id, 10, ct);
        Assert.Equal(["Line 2: kept_id is not a person FrontDoor holds: import the people export first", "Line 4: kept_id and merged_id are the same"], refusals.Select(r => r.ToString()));
        var edith = await db.People.AsNoTracking().SingleAsync(p => p.LasId == "L102", ct);
        Assert.Equal(edith.Id, (await CaseSystemPeople.ResolveAsync(db, ["L555"], ct))["L555"]);

        // The old id cannot come back as a person of its own.
        var back = await CaseSystemExports.ImportAsync(db, clock, CaseSystemFileKind.People, "person_id,given_name,family_name\nL555,Edith,Clarke\n", cancellationToken: ct);
        Assert.Equal((0, 1), (back.Added, back.Refused));
    }

    private static async Task<(Person Mary, Person Pat)> BothAsync(FrontDoorDbContext db, CancellationToken ct) =>
        (await db.People.AsNoTracking().SingleAsync(p => p.LasId == "L100", ct), await db.People.AsNoTracking().SingleAsync(p => p.LasId == "L101", ct));

    private static Contact ContactAbout(Person person, FakeTimeProvider clock, bool closed)
    {
        var contact = new Contact(Guid.CreateVersion7(), ContactReference.New(), ContactChannel.Phone, ContactSource.Self, clock.GetUtcNow(), "Needs help getting out of bed.");
        contact.RecordWhatWasReported(ReportedPerson.Empty, CommunicationNeeds.None, ContactConsent.NotAsked, new ImmediateRisk(InDangerNow: false), null);
        contact.MatchTo(person.Id);
        contact.Open(clock.GetUtcNow());
        if (closed)
        {
            contact.Close(ContactOutcome.InformationAndAdvice, clock.GetUtcNow());
        }

        return contact;
    }
}
