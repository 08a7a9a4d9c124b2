using FrontDoor.Core.Audit;
using FrontDoor.Core.CaseFileAudits;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Contacts.Repeat;
using FrontDoor.Core.Data;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;
using static FrontDoor.Core.Tests.CaseFileAudits.CaseFileAuditingTests;

namespace FrontDoor.Core.Tests.CaseFileAudits;

/// <summary>Who audits which case (allocation, no self-audit), corrections that keep their history, and the trend.</summary>
public sealed class CaseFileAuditorsTests
{
    private static readonly AuditActor Ruth = new("auditor-1", "Ruth Auditor", "Auditor");
    private static readonly AuditActor Priya = new("auditor-2", "Priya Auditor", "Auditor");
    private static readonly AuditActor Asha = new("advisor-1", "Asha Advisor", "Advisor");
    private static readonly AuditActor Gill = new("manager-2", "Gill Manager", "TeamManager");

    /// <summary>The team manager who closed every seeded contact, and who also holds the auditor role.</summary>
    private static readonly AuditActor MoAlsoAuditor = new("manager-1", "Mo Manager", "TeamManager,Auditor");

    private static readonly AuditMonth October = new(2026, 10);

    [Fact]
    public void HoldsRole_ReadsTheAuditorRoleAmongOthers_AndNothingElse()
    {
        Assert.True(CaseFileAuditors.HoldsRole("Auditor"));
        Assert.True(CaseFileAuditors.HoldsRole("TeamManager,Auditor"));
        Assert.False(CaseFileAuditors.HoldsRole("TeamManager"));
        Assert.False(CaseFileAuditors.HoldsRole("Auditors"));
        Assert.False(CaseFileAuditors.HoldsRole(null));
        Assert.Equal(new DateOnly(2026, 11, 30), SampledCase.DueBy(October.FirstDay));
    }

    [Theory]
    [BothProviders]
    public async Task Allocate_OnlyToAnAuditor_AndNeverToOneWhoWorkedOnTheContact(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var caseId = await DrawOctoberAsync(database);
        await using var db = database.CreateDbContext();
        await SignInAsync(db, Ruth, Asha, MoAlsoAuditor, Gill);
        var reference = (await Auditing(db).OpenAsync(caseId, Gill, readsEveryCase: true, null, ct))!.Reference;

        Assert.Equal(["Mo Manager", "Ruth Auditor"], (await Auditing(db).AuditorsAsync(ct)).Select(a => a.Name));
        var advisor = await Assert.ThrowsAsync<DomainValidationException>(() => Auditing(db).AllocateAsync(caseId, Asha.Id, Gill, ct));
        Assert.Equal("Asha Advisor is not a case file auditor: choose an auditor", advisor.Message);
        var unknown = await Assert.ThrowsAsync<DomainValidationException>(() => Auditing(db).AllocateAsync(caseId, "nobody", Gill, ct));
        Assert.Equal("That person is not a case file auditor: choose an auditor", unknown.Message);

        // Mo closed the contact: he may not audit his own work, though he holds the role.
        var own = await Assert.ThrowsAsync<DomainValidationException>(() => Auditing(db).AllocateAsync(caseId, MoAlsoAuditor.Id, Gill, ct));
        Assert.Equal($"Mo Manager worked on contact {reference}, so cannot audit it: choose another auditor", own.Message);

        await Auditing(db).AllocateAsync(caseId, Ruth.Id, Gill, ct);
        db.ChangeTracker.Clear();
        var allocated = await db.Set<SampledCase>().SingleAsync(c => c.Id == caseId, ct);
        Assert.Equal((Ruth.Id, "Ruth Auditor", "Gill Manager"), (allocated.AuditorId, allocated.AuditorName, allocated.AllocatedByName));
        var mine = await Auditing(db).AllocatedToAsync(Ruth.Id, ct);
        Assert.Equal([(caseId, new DateOnly(2026, 11, 30), false)], mine.Select(r => (r.CaseId, r.DueBy, r.IsOverdue(new DateOnly(2026, 11, 30)))));
        Assert.True(mine[0].IsOverdue(new DateOnly(2026, 12, 1)));
    }

    [Theory]
    [BothProviders]
    public async Task Record_OnlyByTheAuditorTheCaseIsAllocatedTo_AndNotByOneWhoWorkedOnItSince(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var caseId = await DrawOctoberAsync(database);
        await using var db = database.CreateDbContext();
        await SignInAsync(db, Ruth, Priya, Gill);

        var unallocated = await Assert.ThrowsAsync<DomainValidationException>(() => Auditing(db).RecordAsync(caseId, Answers(AuditScore.Good), Ruth, null, ct));
        Assert.Equal("This case has not been allocated to you: a manager allocates each case to an auditor", unallocated.Message);

        await Auditing(db).AllocateAsync(caseId, Ruth.Id, Gill, ct);
        var advisor = await Assert.ThrowsAsync<DomainValidationException>(() => Auditing(db).RecordAsync(caseId, Answers(AuditScore.Good), Asha, null, ct));
        Assert.Equal("Only a case file auditor can audit a case", advisor.Message);
        var other = await Assert.ThrowsAsync<DomainValidationException>(() => Auditing(db).RecordAsync(caseId, Answers(AuditScore.Good), Priya, null, ct));
        Assert.Equal("This case is allocated to Ruth Auditor: only they can audit it", other.Message);
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Auditing(db).OpenAsync(caseId, Priya, readsEveryCase: false, null, ct));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditAction.Refused && e.Actor == Priya.Id, ct));

        // Ruth recorded the contact as failure demand after it was allocated to her: now she has worked on it.
        var sampled = await db.Set<SampledCase>().AsNoTracking().SingleAsync(c => c.Id == caseId, ct);
        var contact = await db.Contacts.SingleAsync(c => c.Id == sampled.ContactId, ct);
        contact.RecordFailureDemand(FailureDemandReason.AboutAllocatedPerson, null, null, Now, Ruth);
        await db.SaveChangesAsync(ct);
        var own = await Assert.ThrowsAsync<DomainValidationException>(() => Auditing(db).RecordAsync(caseId, Answers(AuditScore.Good), Ruth, null, ct));
        Assert.Equal($"You worked on contact {contact.Reference.Value}, so you cannot audit it: ask a manager to allocate it to another auditor", own.Message);
        db.ChangeTracker.Clear();
        Assert.False((await db.Set<SampledCase>().SingleAsync(c => c.Id == caseId, ct)).IsAudited);
    }

    [Theory]
    [BothProviders]
    public async Task Correct_KeepsWhatEachCorrectionReplaced_WithWhoWhenWhy_AndResultsUseTheLatest(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var caseId = await DrawOctoberAsync(database);
        await using (var db = database.CreateDbContext())
        {
            await SignInAsync(db, Ruth, Priya, Gill);
            await Auditing(db).AllocateAsync(caseId, Ruth.Id, Gill, ct);
            await Auditing(db).RecordAsync(caseId, Answers(AuditScore.Good), Ruth, null, ct);
        }

        var firstCorrection = WithRightOutcome(Answers(AuditScore.Good), AuditScore.RequiresImprovement, "The hand-off to the locality team was missed");
        await using (var db = database.CreateDbContext())
        {
            var version = (await db.Set<SampledCase>().AsNoTracking().SingleAsync(c => c.Id == caseId, ct)).Version;
            var noReason = await Assert.ThrowsAsync<DomainValidationException>(() => Auditing(db).CorrectAsync(caseId, firstCorrection, " ", version, Ruth, byManager: false, null, ct));
            Assert.Equal("Enter why the audit is being corrected", noReason.Message);
            var notTheirs = await Assert.ThrowsAsync<DomainValidationException>(() => Auditing(db).CorrectAsync(caseId, firstCorrection, "I disagree", version, Priya, byManager: false, null, ct));
            Assert.Equal("Only Ruth Auditor, who audited this case, or a manager can correct the audit", notTheirs.Message);
            var unchanged = await Assert.ThrowsAsync<DomainValidationException>(() => Auditing(db).CorrectAsync(caseId, Answers(AuditScore.Good), "Checking", version, Ruth, byManager: false, null, ct));
            Assert.Equal("Nothing has changed: change an answer or comment to correct the audit", unchanged.Message);

            await Auditing(db).CorrectAsync(caseId, firstCorrection, "Read the later notes", version, Ruth, byManager: false, null, ct);
            var stale = await Assert.ThrowsAsync<DomainValidationException>(() => Auditing(db).CorrectAsync(caseId, Answers(AuditScore.Inadequate), "From an old tab", version, Ruth, byManager: false, null, ct));
            Assert.Equal("Someone changed this audit since you opened it: look at it again, then correct it", stale.Message);
        }

        await using (var db = database.CreateDbContext())
        {
            var version = (await db.Set<SampledCase>().AsNoTracking().SingleAsync(c => c.Id == caseId, ct)).Version;
            await Auditing(db).CorrectAsync(caseId, firstCorrection with { OverallComment = "Clear, but the hand-off was missed" }, "Overall comment to match", version, Gill, byManager: true, null, ct);
        }

        await using var check = database.CreateDbContext();
        var saved = await check.Set<SampledCase>().AsNoTracking().SingleAsync(c => c.Id == caseId, ct);
        Assert.Equal((AuditScore.RequiresImprovement, "Clear, but the hand-off was missed", "Ruth Auditor"), (saved.AnswerTo(AuditQuestion.RightOutcome).Score!.Value, saved.OverallComment!, saved.AuditedByName!));
        var history = await Auditing(check).HistoryAsync(saved, ct);
        Assert.Equal([("Ruth Auditor", "Read the later notes"), ("Gill Manager", "Overall comment to match")], history.Select(h => (h.ByName, h.Reason)));
        Assert.Equal(
            [
                new AuditChange("Right outcome: grade", "Good", "Requires improvement"),
                new AuditChange("Right outcome: comment", "On Right outcome", "The hand-off to the locality team was missed"),
            ],
            history[0].Changes);
        Assert.Equal([new AuditChange("Overall comment", "Overall, a clear record", "Clear, but the hand-off was missed")], history[1].Changes);
        Assert.Equal(2, await check.Set<CaseFileAuditCorrection>().CountAsync(c => c.CaseId == caseId, ct));

        var team = await (from c in check.Set<SampledCase>() join s in check.Set<CaseFileAuditSample>() on c.SampleId equals s.Id where c.Id == caseId select s.TeamKey).SingleAsync(ct);
        var rightOutcome = (await Auditing(check).ResultsAsync(October, ct)).Single(r => r.TeamKey == team).Questions.Single(q => q.Question == AuditQuestion.RightOutcome);
        Assert.Equal((1, 0, 2.0), (rightOutcome.Scored, rightOutcome.GoodOrBetter, rightOutcome.AverageScore!.Value));
    }

    [Theory]
    [BothProviders]
    public async Task Trend_GivesEachTeamsShareGoodOrOutstanding_PerQuestionAndMonth_OverTwelveMonths(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        await using (var db = database.CreateDbContext())
        {
            // Tier 1: September two audited (good, inadequate) and one not; October one outstanding. MASH: October one
            // requiring improvement with Fairer Charging not applicable. A year-old sample falls outside the 12 months.
            AddSample(db, new(2026, 9), "tier-1", AuditScore.Good, AuditScore.Inadequate, null);
            AddSample(db, new(2026, 10), "tier-1", AuditScore.Outstanding);
            AddSample(db, new(2026, 10), "mash", AuditScore.RequiresImprovement);
            AddSample(db, new(2025, 10), "tier-1", AuditScore.Inadequate);
            await db.SaveChangesAsync(ct);
        }

        await using var check = database.CreateDbContext();
        var trend = await Auditing(check).TrendAsync(October, ct);

        Assert.Equal(["mash", "tier-1"], trend.Select(t => t.TeamKey));
        var tier1 = trend.Single(t => t.TeamKey == "tier-1");
        Assert.Equal(12, tier1.Months.Count);
        Assert.Equal((new AuditMonth(2025, 11), October), (tier1.Months[0].Month, tier1.Months[^1].Month));
        double? Share(TeamTrend team, AuditMonth month, AuditQuestion question) =>
            team.Months.Single(m => m.Month == month).Questions.Single(q => q.Question == question).GoodOrBetterShare;
        Assert.Equal(0.5, Share(tier1, new(2026, 9), AuditQuestion.QualityOfRecording));
        Assert.Equal(2, tier1.Months.Single(m => m.Month == new AuditMonth(2026, 9)).Audited);
        Assert.Equal(1.0, Share(tier1, October, AuditQuestion.StoryToldOnce));
        Assert.Null(Share(tier1, new(2026, 8), AuditQuestion.QualityOfRecording));
        var mash = trend.Single(t => t.TeamKey == "mash");
        Assert.Equal(0.0, Share(mash, October, AuditQuestion.RightOutcome));
        Assert.Null(Share(mash, October, AuditQuestion.FairerChargingDiscussed));

        var summary = await Auditing(check).SummaryAsync(October, ct);
        var recording = summary.Questions.Single(q => q.Question == AuditQuestion.QualityOfRecording);
        Assert.Equal((4, 4, 2), (summary.Audited, recording.Scored, recording.GoodOrBetter));

        var csv = CaseFileAuditing.TrendCsv(trend, key => key == "tier-1" ? "Customer Service Centre (Tier 1)" : "MASH");
        Assert.Contains("2026-09,Customer Service Centre (Tier 1),Quality of recording,2,2,1,0.5\n", csv, StringComparison.Ordinal);
        Assert.Contains("2026-08,Customer Service Centre (Tier 1),Quality of recording,0,0,0,\n", csv, StringComparison.Ordinal);
    }

    private static CaseFileAuditAnswers WithRightOutcome(CaseFileAuditAnswers answers, AuditScore score, string comment) =>
        answers with { Answers = new Dictionary<AuditQuestion, AuditAnswer>(answers.Answers) { [AuditQuestion.RightOutcome] = new(score, comment) } };

    /// <summary>A team's sample for a month, built by hand: a closed contact per grade, audited with that grade throughout (null: not audited).</summary>
    private static void AddSample(FrontDoorDbContext db, AuditMonth month, string team, params AuditScore?[] grades)
    {
        var sample = new CaseFileAuditSample(Guid.NewGuid(), month, team, SampleDraw.SeedFor(month, team), grades.Length, month.End, Gill);
        db.Add(sample);
        for (var i = 0; i < grades.Length; i++)
        {
            var closedAt = month.Start.AddDays(i + 1);
            var contact = new Contact(Guid.NewGuid(), ContactReference.New(), ContactChannel.Phone, ContactSource.Self, closedAt.AddHours(-1), "Help getting out to the shops");
            contact.Open(closedAt.AddHours(-1));
            contact.MoveToQueue(team, "Arrived", closedAt.AddHours(-1), ContactEvent.System);
            contact.Close([ContactOutcome.InformationAndAdvice], "Advice given", closedAt, Asha);
            db.Add(contact);
            var sampled = new SampledCase(Guid.NewGuid(), sample.Id, contact.Id, i + 1);
            if (grades[i] is { } grade)
            {
                sampled.Record(Answers(grade, fairerCharging: team == "mash" ? AuditScore.NotApplicable : null), month.End.AddDays(3), Ruth);
            }

            db.Add(sampled);
        }
    }

    private static async Task<Guid> DrawOctoberAsync(TestDatabase database)
    {
        await CaseFileAuditSamplerTests.SeedAsync(database);
        await using var db = database.CreateDbContext();
        await CaseFileAuditSamplerTests.Sampler(db).DrawAsync(October, Gill, TestContext.Current.CancellationToken);
        return await db.Set<SampledCase>().OrderBy(c => c.Position).Select(c => c.Id).FirstAsync(TestContext.Current.CancellationToken);
    }
}
