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
        var report = new DuplicateReport(db, Bands);
        var review = new DuplicateReview(db, _clock, new AuditLog(db, _clock), Bands);

        var summary = await check.RunAsync(cancellationToken: ct);
        var first = await report.ReadAsync(almostCertainOnly: false, 100, 1, ct);

        Assert.Equal((2, 1), (summary.ProbableDuplicates, summary.AlmostCertain));
        Assert.Equal([Pair(william.Id, bill.Id), Pair(samuel.Id, daniel.Id)], first.Rows.Select(r => Pair(r.First.Id, r.Second.Id)));
        Assert.True(first.Rows[1].Probability < 0.6, "twins are only possible duplicates");

        // The twins are two people; a fresh check (new pair ids) must not ask again.
        var twins = first.Rows[1].Id;
        var comparison = await review.CompareAsync(twins, "manager-1", "127.0.0.1", ct);
        Assert.Equal((null, "Samuel Osei"), (comparison!.Decided, new[] { comparison.First, comparison.Second }.Single(p => p.Id == samuel.Id).Name.Display));
        await review.DecideAsync(twins, DuplicateVerdict.DifferentPeople, "manager-1", "127.0.0.1", ct);
        await check.RunAsync(cancellationToken: ct);
        var second = await report.ReadAsync(almostCertainOnly: false, 100, 1, ct);
        Assert.Equal((1, 1), (second.Total, second.Decided));
        Assert.Equal(Pair(william.Id, bill.Id), Pair(second.Rows.Single().First.Id, second.Rows.Single().Second.Id));

        // William and Bill are one person: listed to merge, not to decide. A change of mind replaces the decision.
        await review.DecideAsync(second.Rows[0].Id, DuplicateVerdict.SamePerson, "manager-1", "127.0.0.1", ct);
        var third = await report.ReadAsync(almostCertainOnly: false, 100, 1, ct);
        Assert.Empty(third.Rows);
        Assert.Equal(Pair(william.Id, bill.Id), Pair(third.ToMerge.Single().First.Id, third.ToMerge.Single().Second.Id));
        await review.DecideAsync(second.Rows[0].Id, DuplicateVerdict.DifferentPeople, "manager-2", null, ct);
        var decisions = await db.DuplicateDecisions.AsNoTracking().ToListAsync(ct);
        Assert.Equal(2, decisions.Count);
        Assert.All(decisions, d => Assert.Equal(DuplicateVerdict.DifferentPeople, d.Verdict));
        Assert.Empty((await report.ReadAsync(almostCertainOnly: false, 100, 1, ct)).ToMerge);

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

    [Fact]
    public void Decision_OnOneRecord_IsRefused() =>
        Assert.Throws<DomainValidationException>(() => new DuplicateDecision(Guid.CreateVersion7(), Guid.Empty, Guid.Empty, DuplicateVerdict.SamePerson, "manager-1", Now));

    // The report may list a pair either way round; the test compares them in a fixed order.
    private static (Guid, Guid) Pair(Guid one, Guid other) => one.CompareTo(other) < 0 ? (one, other) : (other, one);
}
