using FrontDoor.Core;
using FrontDoor.Core.Audit;
using FrontDoor.Core.CaseFileAudits;
using FrontDoor.Core.Data;
using FrontDoor.Core.WorkQueues;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FrontDoor.Core.Tests.CaseFileAudits;

public sealed class CaseFileAuditingTests
{
    private static readonly AuditActor Auditor = new("auditor-1", "Ruth Auditor", "Auditor");
    private static readonly AuditActor Manager = new("manager-2", "Gill Manager", "TeamManager");
    private static readonly AuditMonth October = new(2026, 10);

    [Fact]
    public void Validate_NamesEachMissingScore_NotApplicableWhereItCannotArise_AndOverlongComments()
    {
        var answers = Answers(AuditScore.Good) with { OverallComment = null };
        var broken = new Dictionary<AuditQuestion, AuditAnswer>(answers.Answers)
        {
            [AuditQuestion.QualityOfRecording] = new(null, null),
            [AuditQuestion.RightOutcome] = new(AuditScore.NotApplicable, null),
            [AuditQuestion.StoryToldOnce] = new((AuditScore)7, null),
            [AuditQuestion.StrengthsBasedPractice] = new(AuditScore.Good, new string('x', SampledCase.MaxCommentLength + 1)),
            [AuditQuestion.FairerChargingDiscussed] = new(AuditScore.NotApplicable, new string('x', SampledCase.MaxCommentLength)),
        };

        var errors = SampledCase.Validate(answers with { Answers = broken });

        Assert.Equal(
            [
                ("QualityOfRecordingScore", "Select a score for quality of recording"),
                ("StrengthsBasedPracticeComment", "The comment on strengths-based practice must be 1,000 characters or fewer"),
                ("RightOutcomeScore", "Right outcome cannot be not applicable: select a score"),
                ("StoryToldOnceScore", "Select a score for story told once"),
                ("OverallComment", "Enter an overall comment"),
            ],
            errors);
        Assert.Empty(SampledCase.Validate(Answers(AuditScore.Inadequate)));
    }

    [Theory]
    [BothProviders]
    public async Task Record_SavesOnce_ThenRefusesAChange_AndAuditsTheOpening(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var caseId = await DrawAsync(database);

        await using (var db = database.CreateDbContext())
        {
            var opened = await Auditing(db).OpenAsync(caseId, Auditor, readsEveryCase: false, "127.0.0.1", ct);
            Assert.NotNull(opened);
            Assert.False(opened.Case.IsAudited);
            await Auditing(db).RecordAsync(caseId, Answers(AuditScore.Good), Auditor, "127.0.0.1", ct);
        }

        await using (var db = database.CreateDbContext())
        {
            var refused = await Assert.ThrowsAsync<DomainValidationException>(() => Auditing(db).RecordAsync(caseId, Answers(AuditScore.Inadequate), Auditor, null, ct));
            Assert.Equal("This case has already been audited: correct the audit, with a reason, instead", refused.Message);
        }

        await using var check = database.CreateDbContext();
        var saved = await check.Set<SampledCase>().SingleAsync(c => c.Id == caseId, ct);
        Assert.Equal((AuditScore.Good, "Ruth Auditor", "Overall, a clear record"), (saved.AnswerTo(AuditQuestion.RightOutcome).Score!.Value, saved.AuditedByName!, saved.OverallComment!));
        var trail = await check.AuditEvents.Where(e => e.RecordType == CaseFileAuditing.AuditRecordType && e.RecordId == AuditEvent.IdOf(caseId)).Select(e => e.Action).ToListAsync(ct);
        Assert.Equal([AuditAction.Viewed, AuditAction.Created, AuditAction.Updated], trail.Order());
    }

    [Theory]
    [BothProviders]
    public async Task Record_FromTwoStalePages_KeepsTheFirstAndRefusesTheSecond(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var caseId = await DrawAsync(database);

        await using var first = database.CreateDbContext();
        await using var second = database.CreateDbContext();
        var stale = await second.Set<SampledCase>().SingleAsync(c => c.Id == caseId, ct);
        await Auditing(first).RecordAsync(caseId, Answers(AuditScore.Good), Auditor, null, ct);

        // The second page loaded the case before the first saved: its save must not overwrite.
        stale.Record(Answers(AuditScore.Inadequate), DateTimeOffset.UtcNow, Auditor);
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync(ct));
    }

    [Theory]
    [BothProviders]
    public async Task Results_PerQuestion_GiveTheShareGoodOrBetter_AndTheAverage_LeavingOutNotApplicable(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        await DrawAsync(database);

        await using var db = database.CreateDbContext();
        var mashCases = await (from c in db.Set<SampledCase>() join s in db.Set<CaseFileAuditSample>() on c.SampleId equals s.Id where s.TeamKey == "mash" orderby c.Position select c.Id).ToListAsync(ct);
        await Auditing(db).RecordAsync(mashCases[0], Answers(AuditScore.Outstanding), Auditor, null, ct);
        await Auditing(db).RecordAsync(mashCases[1], Answers(AuditScore.RequiresImprovement, fairerCharging: AuditScore.NotApplicable), Auditor, null, ct);

        var results = await Auditing(db).ResultsAsync(October, ct);

        var mash = results.Single(r => r.TeamKey == "mash");
        Assert.Equal((3, 2), (mash.Sampled, mash.Audited));
        var recording = mash.Questions.Single(q => q.Question == AuditQuestion.QualityOfRecording);
        Assert.Equal((2, 1, 0, 3.0, 0.5), (recording.Scored, recording.GoodOrBetter, recording.NotApplicable, recording.AverageScore, recording.GoodOrBetterShare));
        var charging = mash.Questions.Single(q => q.Question == AuditQuestion.FairerChargingDiscussed);
        Assert.Equal((1, 1, 1, 4.0, 1.0), (charging.Scored, charging.GoodOrBetter, charging.NotApplicable, charging.AverageScore, charging.GoodOrBetterShare));
        Assert.All(results.Single(r => r.TeamKey == "tier-1").Questions, q => Assert.Null(q.AverageScore));

        var progress = await Auditing(db).ProgressAsync(October, ct);
        Assert.Equal([("mash", 3, 2), ("tier-1", 5, 0)], progress.Select(p => (p.TeamKey, p.Sampled, p.Audited)));

        var csv = CaseFileAuditing.ResultsCsv(October, results, key => key);
        Assert.Contains("2026-10,mash,Quality of recording,3,2,2,1,0,0.5,3\n", csv, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task Correct_ByAManagerWhoWorkedOnTheContact_IsRefused_AnotherManagerMayCorrect(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var caseId = await DrawAsync(database);
        await using (var db = database.CreateDbContext())
        {
            await Auditing(db).RecordAsync(caseId, Answers(AuditScore.Good), Auditor, null, ct);
        }

        // The sampler's seed closed every contact as Mo Manager: he worked on it, so he cannot correct its audit.
        var closer = new AuditActor("manager-1", "Mo Manager", "TeamManager");
        await using (var db = database.CreateDbContext())
        {
            var sampled = await db.Set<SampledCase>().SingleAsync(c => c.Id == caseId, ct);
            var reference = (await db.Contacts.SingleAsync(c => c.Id == sampled.ContactId, ct)).Reference.Value;
            var refused = await Assert.ThrowsAsync<DomainValidationException>(() => Auditing(db).CorrectAsync(caseId, Answers(AuditScore.Inadequate), "The outcome was wrong", sampled.Version, closer, byManager: true, null, ct));
            Assert.Equal($"You worked on contact {reference}, so you cannot correct its audit: ask a manager who did not work on it", refused.Message);
        }

        await using (var db = database.CreateDbContext())
        {
            var version = (await db.Set<SampledCase>().SingleAsync(c => c.Id == caseId, ct)).Version;
            Assert.Empty(await db.Set<CaseFileAuditCorrection>().ToListAsync(ct));
            await Auditing(db).CorrectAsync(caseId, Answers(AuditScore.Inadequate), "The outcome was wrong", version, Manager, byManager: true, null, ct);
        }

        await using var check = database.CreateDbContext();
        Assert.Equal("Gill Manager", (await check.Set<CaseFileAuditCorrection>().SingleAsync(ct)).CorrectedByName);
    }

    [Theory]
    [BothProviders]
    public async Task Claim_TwoAuditorsAtOnce_OneGetsTheCase_TheOtherAClearError(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var other = new AuditActor("auditor-2", "Dev Auditor", "Auditor");
        var (caseId, reference) = await DrawUnallocatedAsync(database, Auditor, other);

        await using var first = database.CreateDbContext();
        await using var second = database.CreateDbContext();
        var offered = (await Auditing(second).UnallocatedForAsync(other.Id, ct)).Single(c => c.CaseId == caseId);

        // The second auditor's request read the case before the first's save: only the database can tell them apart.
        _ = await second.Set<SampledCase>().SingleAsync(c => c.Id == caseId, ct);
        await Auditing(first).ClaimAsync(caseId, offered.Version, Auditor, ct);
        var refused = await Assert.ThrowsAsync<DomainValidationException>(() => Auditing(second).ClaimAsync(caseId, offered.Version, other, ct));
        Assert.Equal($"Someone took contact {reference} a moment ago: choose another case", refused.Message);

        // A page opened before the taking is told who took it.
        await using (var third = database.CreateDbContext())
        {
            var late = await Assert.ThrowsAsync<DomainValidationException>(() => Auditing(third).ClaimAsync(caseId, offered.Version, other, ct));
            Assert.Equal($"Ruth Auditor took contact {reference} a moment ago: choose another case", late.Message);
            Assert.DoesNotContain(await Auditing(third).UnallocatedForAsync(other.Id, ct), c => c.CaseId == caseId);
        }

        await using var check = database.CreateDbContext();
        var taken = await check.Set<SampledCase>().SingleAsync(c => c.Id == caseId, ct);
        Assert.Equal(("auditor-1", "Ruth Auditor", "Ruth Auditor"), (taken.AuditorId!, taken.AuditorName!, taken.AllocatedByName!));
        Assert.Contains(await Auditing(check).AllocatedToAsync(Auditor.Id, ct), c => c.CaseId == caseId);
    }

    [Theory]
    [BothProviders]
    public async Task Claim_OfAContactTheAuditorWorkedOn_IsRefused_AndNotOffered(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var ct = TestContext.Current.CancellationToken;

        // Mo closed the seed's contacts as a manager, and now audits too.
        var mo = new AuditActor("manager-1", "Mo Manager", "Auditor");
        var (caseId, reference) = await DrawUnallocatedAsync(database, mo, Auditor);
        await using var db = database.CreateDbContext();
        Assert.Empty(await Auditing(db).UnallocatedForAsync(mo.Id, ct));
        Assert.Contains(await Auditing(db).UnallocatedForAsync(Auditor.Id, ct), c => c.CaseId == caseId);

        var refused = await Assert.ThrowsAsync<DomainValidationException>(() => Auditing(db).ClaimAsync(caseId, 0, mo, ct));
        Assert.Equal($"You worked on contact {reference}, so you cannot audit it: take another case", refused.Message);
        var manager = await Assert.ThrowsAsync<DomainValidationException>(() => Auditing(db).ClaimAsync(caseId, 0, Manager, ct));
        Assert.Equal("Only a case file auditor can take a case to audit", manager.Message);
        Assert.Null((await db.Set<SampledCase>().AsNoTracking().SingleAsync(c => c.Id == caseId, ct)).AuditorId);
    }

    [Theory]
    [BothProviders]
    public async Task Overdue_IsWhatIsNotAuditedByTheEndOfTheFollowingMonth_ForEveryoneOrOneAuditor(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var caseId = await DrawAsync(database);
        await using var db = database.CreateDbContext();
        await Auditing(db).RecordAsync(caseId, Answers(AuditScore.Good), Auditor, null, ct);
        var sampled = await db.Set<SampledCase>().CountAsync(ct);

        // October's audits are due by 30 November.
        Assert.Empty(await Auditing(db).OverdueAsync(new DateOnly(2026, 11, 30), null, ct));
        var overdue = await Auditing(db).OverdueAsync(new DateOnly(2026, 12, 1), null, ct);
        Assert.Equal(sampled - 1, overdue.Count);
        Assert.DoesNotContain(overdue, c => c.CaseId == caseId);
        Assert.All(overdue, c => Assert.Equal((new DateOnly(2026, 11, 30), "Ruth Auditor"), (c.DueBy, c.AuditorName!)));
        Assert.Equal(sampled - 1, (await Auditing(db).OverdueAsync(new DateOnly(2026, 12, 1), Auditor.Id, ct)).Count);
        Assert.Empty(await Auditing(db).OverdueAsync(new DateOnly(2026, 12, 1), "auditor-2", ct));
    }

    internal static CaseFileAuditAnswers Answers(AuditScore score, AuditScore? fairerCharging = null) => new(
        AuditQuestions.All.ToDictionary(q => q, q => new AuditAnswer(q == AuditQuestion.FairerChargingDiscussed ? fairerCharging ?? score : score, $"On {q.Name()}")),
        "Overall, a clear record");

    internal static readonly DateTimeOffset Now = new(2026, 11, 16, 9, 0, 0, TimeSpan.Zero);

    internal static CaseFileAuditing Auditing(FrontDoorDbContext db)
    {
        var clock = new FakeTimeProvider(Now);
        return new(db, new AuditLog(db, clock), clock, new KnownStaff(db, clock, Options.Create(new WorkQueueOptions())));
    }

    /// <summary>Puts people on the sign-in trail, as signing in does: the staff FrontDoor knows, with their roles.</summary>
    internal static async Task SignInAsync(FrontDoorDbContext db, params AuditActor[] people)
    {
        var log = new AuditLog(db, new FakeTimeProvider(Now.AddDays(-1)));
        foreach (var person in people)
        {
            log.Record(person, AuditAction.SignedIn, "StaffUser", person.Id, null, "demo");
        }

        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Draws October, allocating nothing, with the auditors signed in; returns the first case drawn and its contact's reference.</summary>
    private static async Task<(Guid CaseId, string Reference)> DrawUnallocatedAsync(TestDatabase database, params AuditActor[] auditors)
    {
        var ct = TestContext.Current.CancellationToken;
        await CaseFileAuditSamplerTests.SeedAsync(database);
        await using var db = database.CreateDbContext();
        await CaseFileAuditSamplerTests.Sampler(db).DrawAsync(October, Manager, ct);
        await SignInAsync(db, [.. auditors, Manager]);
        var first = await db.Set<SampledCase>().OrderBy(c => c.Position).FirstAsync(ct);
        return (first.Id, (await db.Contacts.SingleAsync(c => c.Id == first.ContactId, ct)).Reference.Value);
    }

    /// <summary>Draws October and allocates every sampled case to <see cref="Auditor"/>; returns the first case drawn.</summary>
    private static async Task<Guid> DrawAsync(TestDatabase database)
    {
        var ct = TestContext.Current.CancellationToken;
        await CaseFileAuditSamplerTests.SeedAsync(database);
        await using var db = database.CreateDbContext();
        await CaseFileAuditSamplerTests.Sampler(db).DrawAsync(October, Manager, ct);
        await SignInAsync(db, Auditor, Manager);
        foreach (var id in await db.Set<SampledCase>().Select(c => c.Id).ToListAsync(ct))
        {
            await Auditing(db).AllocateAsync(id, Auditor.Id, Manager, ct);
        }

        return await db.Set<SampledCase>().OrderBy(c => c.Position).Select(c => c.Id).FirstAsync(ct);
    }
}
