using FrontDoor.Core.Audit;
using FrontDoor.Core.Data;
using FrontDoor.Core.People;
using FrontDoor.Core.People.Matching;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FrontDoor.Core.Tests.People.Matching;

public sealed class DuplicateReviewTests
{
    private static readonly DateTimeOffset Now = PeopleOnRecord.Now;

    private static readonly MatchBands Bands = new(Options.Create(new PersonMatchingOptions()));

    private readonly FakeTimeProvider _clock = new(Now);

    [Theory]
    [BothProviders]
    public async Task Check_FindsTheDuplicateAndTheTwins_AndEachDecisionOutlivesTheNextCheck(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var william = PeopleOnRecord.Person("William", "Hargreaves", new DateOnly(1948, 3, 4), "943 476 5919", "12 Church Lane", "LE11 3AB");
        var bill = PeopleOnRecord.Person("Bill", "Hargreaves", new DateOnly(1948, 3, 4), "943 476 5919", "12 Church Lane", "LE11 3AB");
        var samuel = PeopleOnRecord.Person("Samuel", "Osei", new DateOnly(1990, 5, 2), null, "8 Mill Lane", "LE11 2TP");
        var daniel = PeopleOnRecord.Person("Daniel", "Osei", new DateOnly(1990, 5, 2), null, "8 Mill Lane", "LE11 2TP");
        var margaret = PeopleOnRecord.Person("Margaret", "Oakley", new DateOnly(1939, 7, 2), null, "4 Forest Road", "LE10 1AA");
        await using var db = database.CreateDbContext();
        db.People.AddRange(william, bill, samuel, daniel, margaret);
        await db.SaveChangesAsync(ct);
        var host = new PersonIndexHost(Options.Create(new PersonMatchingOptions()));
        await host.RebuildAsync(db, ct);
        var check = new DuplicatePeopleCheck(db, host, _clock);
        var report = new DuplicateReport(db, Bands, new AuditLog(db, _clock));
        var review = new DuplicateReview(db, _clock, new AuditLog(db, _clock), Bands);

        var summary = await check.RunAsync(cancellationToken: ct);
        var first = await report.ReadAsync(almostCertainOnly: false, 100, 1, "manager-1", null, ct);

        Assert.Equal((2, 1), (summary.ProbableDuplicates, summary.AlmostCertain));
        Assert.Equal([Pair(william.Id, bill.Id), Pair(samuel.Id, daniel.Id)], first.Rows.Select(r => Pair(r.First.Id, r.Second.Id)));
        Assert.True(first.Rows[1].Probability < 0.6, "twins are only possible duplicates");

        // The twins are two people; a fresh check (new pair ids) must not ask again.
        var twins = first.Rows[1].Id;
        var comparison = await review.CompareAsync(twins, "manager-1", "127.0.0.1", ct);
        Assert.Equal((null, "Samuel Osei"), (comparison!.Decided, new[] { comparison.First, comparison.Second }.Single(p => p.Id == samuel.Id).Name.Display));
        await review.DecideAsync(twins, DuplicateVerdict.DifferentPeople, "manager-1", "127.0.0.1", ct);
        await check.RunAsync(cancellationToken: ct);
        var second = await report.ReadAsync(almostCertainOnly: false, 100, 1, "manager-1", null, ct);
        Assert.Equal((1, 1), (second.Total, second.Decided));
        Assert.Equal(Pair(william.Id, bill.Id), Pair(second.Rows.Single().First.Id, second.Rows.Single().Second.Id));

        // William and Bill are one person: listed to merge, not to decide. A change of mind replaces the decision.
        var toMerge = new RecordsToMerge(db, new AuditLog(db, _clock));
        await review.DecideAsync(second.Rows[0].Id, DuplicateVerdict.SamePerson, "manager-1", "127.0.0.1", ct);
        var third = await report.ReadAsync(almostCertainOnly: false, 100, 1, "manager-1", null, ct);
        Assert.Empty(third.Rows);
        Assert.Equal(1, third.ToMerge);
        var merge = (await toMerge.ReadAsync(100, 1, "manager-1", null, ct)).Rows.Single();
        Assert.Equal(Pair(william.Id, bill.Id), Pair(merge.First.Id, merge.Second.Id));
        await review.DecideAsync(second.Rows[0].Id, DuplicateVerdict.DifferentPeople, "manager-2", null, ct);
        var decisions = await db.DuplicateDecisions.AsNoTracking().ToListAsync(ct);
        Assert.Equal(2, decisions.Count);
        Assert.All(decisions, d => Assert.Equal(DuplicateVerdict.DifferentPeople, d.Verdict));
        Assert.Equal(0, (await report.ReadAsync(almostCertainOnly: false, 100, 1, "manager-1", null, ct)).ToMerge);
        Assert.Empty((await toMerge.ReadAsync(100, 1, "manager-1", null, ct)).Rows);

        var trail = await db.AuditEvents.AsNoTracking().Where(e => e.RecordType == "ProbableDuplicate").ToListAsync(ct);
        Assert.Equal(
            [AuditAction.Viewed, AuditAction.Updated, AuditAction.Updated, AuditAction.Updated],
            trail.Select(e => e.Action).Order());
        Assert.DoesNotContain(trail, e => e.Detail is { } detail && detail.Contains("Hargreaves", StringComparison.Ordinal));
    }

    [Theory]
    [BothProviders]
    public async Task Decide_OnAPairAnotherCheckHasReplaced_SaysSoAndWritesNothing(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var review = new DuplicateReview(db, _clock, new AuditLog(db, _clock), Bands);

        var refused = await Assert.ThrowsAsync<DomainValidationException>(() => review.DecideAsync(Guid.CreateVersion7(), DuplicateVerdict.SamePerson, "manager-1", null, ct));

        Assert.Contains("no longer in the report", refused.Message, StringComparison.Ordinal);
        Assert.Null(await review.CompareAsync(Guid.CreateVersion7(), "manager-1", null, ct));
        Assert.Equal(0, await db.DuplicateDecisions.CountAsync(ct));
    }

    [Theory]
    [BothProviders]
    public async Task Check_StoresItsReasonsInWords_WithNoBits(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        db.People.AddRange(
            PeopleOnRecord.Person("William", "Hargreaves", new DateOnly(1948, 3, 4), "943 476 5919", "12 Church Lane", "LE11 3AB"),
            PeopleOnRecord.Person("Bill", "Hargreaves", new DateOnly(1948, 3, 4), "943 476 5919", "12 Church Lane", "LE11 3AB"));
        await db.SaveChangesAsync(ct);
        var host = new PersonIndexHost(Options.Create(new PersonMatchingOptions()));
        await host.RebuildAsync(db, ct);

        await new DuplicatePeopleCheck(db, host, _clock).RunAsync(cancellationToken: ct);

        var reasons = (await db.ProbableDuplicates.AsNoTracking().SingleAsync(ct)).Explanation;
        Assert.Contains("same NHS number", reasons, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("bits", reasons, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("same NHS number (+14.2 bits); known-as name Bill = William (+3.1 bits)", "same NHS number; known-as name Bill = William")]
    [InlineData("same date of birth (+9.0 bits); different postcode (-2.5 bits)", "same date of birth; different postcode (against)")]
    [InlineData("found by the batch check", "found by the batch check")]
    public void Readable_AReportStoredWithBits_ReadsInWords(string stored, string expected) =>
        Assert.Equal(expected, DuplicateReasons.Readable(stored));

    [Theory]
    [BothProviders]
    public async Task Undo_ASamePersonDecision_TakesThePairOffTheMergeListAndBackToDecide_AndIsAudited(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var (pairId, william, bill) = await AddWilliamAndBillAsync(db);
        var review = new DuplicateReview(db, _clock, new AuditLog(db, _clock), Bands);
        var report = new DuplicateReport(db, Bands, new AuditLog(db, _clock));
        var toMerge = new RecordsToMerge(db, new AuditLog(db, _clock));
        var decisionId = await review.DecideAsync(pairId, DuplicateVerdict.SamePerson, "manager-1", null, ct);
        Assert.Single((await toMerge.ReadAsync(100, 1, "manager-1", null, ct)).Rows);

        var undone = await review.UndoAsync(decisionId, "manager-2", "127.0.0.1", ct);

        Assert.Equal(DuplicateVerdict.SamePerson, undone);
        Assert.Empty((await toMerge.ReadAsync(100, 1, "manager-1", null, ct)).Rows);
        Assert.Equal(pairId, (await report.ReadAsync(almostCertainOnly: false, 100, 1, "manager-1", null, ct)).Rows.Single().Id);
        var audited = await db.AuditEvents.AsNoTracking().SingleAsync(e => e.RecordType == "DuplicateDecision", ct);
        Assert.Equal(("manager-2", AuditAction.Updated, decisionId.ToString("D")), (audited.Actor, audited.Action, audited.RecordId));
        var shown = await db.AuditEventPeople.AsNoTracking().Where(p => p.AuditEventId == audited.Id).Select(p => p.PersonId).ToListAsync(ct);
        Assert.Equal(Pair(william, bill), Pair(shown[0], shown[1]));
        var twice = await Assert.ThrowsAsync<DomainValidationException>(() => review.UndoAsync(decisionId, "manager-2", null, ct));
        Assert.Contains("already been undone", twice.Message, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task ExportCsv_ListsEveryPairToMergeWithTheirIdentifiers_AndIsAuditedAsAnExport(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var (pairId, william, bill) = await AddWilliamAndBillAsync(db);
        await new DuplicateReview(db, _clock, new AuditLog(db, _clock), Bands).DecideAsync(pairId, DuplicateVerdict.SamePerson, "manager-1", null, ct);

        var csv = await new RecordsToMerge(db, new AuditLog(db, _clock)).ExportCsvAsync("manager-1", "127.0.0.1", ct);

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', RecordsToMerge.CsvHeader), lines[0]);
        Assert.Equal(2, lines.Length);
        Assert.Contains("9434765919", lines[1], StringComparison.Ordinal);
        Assert.Contains("William Hargreaves", lines[1], StringComparison.Ordinal);
        Assert.Contains("Bill Hargreaves", lines[1], StringComparison.Ordinal);
        Assert.Contains("1948-03-04", lines[1], StringComparison.Ordinal);
        Assert.Contains(william.ToString("D"), lines[1], StringComparison.Ordinal);
        Assert.Contains(bill.ToString("D"), lines[1], StringComparison.Ordinal);
        var export = await db.AuditEvents.AsNoTracking().SingleAsync(e => e.Action == AuditAction.Exported, ct);
        Assert.Equal("RecordsToMerge", export.RecordType);
        Assert.Equal(2, await db.AuditEventPeople.CountAsync(p => p.AuditEventId == export.Id, ct));
    }

    [Fact]
    public void Decision_OnOneRecord_IsRefused() =>
        Assert.Throws<DomainValidationException>(() => new DuplicateDecision(Guid.CreateVersion7(), Guid.Empty, Guid.Empty, DuplicateVerdict.SamePerson, "manager-1", Now));

    private static async Task<(Guid PairId, Guid William, Guid Bill)> AddWilliamAndBillAsync(FrontDoorDbContext db)
    {
        var william = PeopleOnRecord.Person("William", "Hargreaves", new DateOnly(1948, 3, 4), "943 476 5919", "12 Church Lane", "LE11 3AB");
        var bill = PeopleOnRecord.Person("Bill", "Hargreaves", new DateOnly(1948, 3, 4), "943 476 5919", "12 Church Lane", "LE11 3AB");
        var pair = new ProbableDuplicate(Guid.CreateVersion7(), william.Id, bill.Id, 0.9999, "same NHS number; known-as name Bill = William", Now);
        db.AddRange(william, bill, pair);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (pair.Id, william.Id, bill.Id);
    }

    // The report may list a pair either way round; the test compares them in a fixed order.
    private static (Guid, Guid) Pair(Guid one, Guid other) => one.CompareTo(other) < 0 ? (one, other) : (other, one);
}
