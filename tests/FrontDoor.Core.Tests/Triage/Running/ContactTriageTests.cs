using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Data;
using FrontDoor.Core.Tests.Contacts;
using FrontDoor.Core.Triage;
using FrontDoor.Core.Triage.Flows;
using FrontDoor.Core.Triage.Priority;
using FrontDoor.Core.Triage.Running;
using FrontDoor.Core.WorkQueues;
using FrontDoor.TestCommon.Databases;
using FrontDoor.TestCommon.Triage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FrontDoor.Core.Tests.Triage.Running;

public sealed class ContactTriageTests
{
    private const string General = "general-new-request";
    private static readonly AuditActor Advisor = new("advisor-1", "Asha Advisor", "Advisor");
    private static readonly TriageFlows Shipped = new();

    private static TriageFlowCatalogue Catalogue(FrontDoorDbContext db, TimeProvider clock) =>
        new(db, Shipped, new ParsedFlowVersions(), clock, NullLogger<TriageFlowCatalogue>.Instance);

    private static ContactTriage Triage(FrontDoorDbContext db, TimeProvider clock) =>
        new(db, new ContactWork(db, clock, new WorkQueueCatalogue(Options.Create(new WorkQueueOptions()))), Catalogue(db, clock), new ContactPrioritiser(Options.Create(new TriageOptions())), clock);

    private static async Task<(Guid Id, int Version)> PhoneContactAsync(FrontDoorDbContext db, FakeTimeProvider clock, params IntakeAnswer[] answers)
    {
        var ct = TestContext.Current.CancellationToken;
        var submission = IntakeTestKit.Submission() with { Channel = ContactChannel.Phone, Source = ContactSource.Self, Answers = answers };
        var receipt = await IntakeTestKit.Intake(db, clock).ReceiveAndProcessAsync(submission, ct);
        return (receipt.ContactId, (await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == receipt.ContactId, ct)).Version);
    }

    [Theory]
    [BothProviders]
    public async Task Start_RecordsTheVersionInForce_AndAFlowStartedEvent(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var clock = IntakeTestKit.Clock();
        var contact = await PhoneContactAsync(db, clock);
        Assert.True((await Catalogue(db, clock).UploadAsync("carer.yaml", EditedFlows.Carer(2), Advisor, null, ct)).Accepted);

        await using var work = database.CreateDbContext();
        var started = await Triage(work, clock).StartAsync(contact.Id, contact.Version, "carer", Advisor, ct);

        await using var read = database.CreateDbContext();
        var saved = await read.Contacts.AsNoTracking().SingleAsync(c => c.Id == contact.Id, ct);
        Assert.Equal(("carer", (int?)2), (saved.FlowId, saved.FlowVersion));
        var start = await read.ContactEvents.AsNoTracking().SingleAsync(e => e.ContactId == contact.Id && e.Kind == ContactEventKind.FlowStarted, ct);
        Assert.Equal(((string?)null, "carer@2", "advisor-1"), (start.From, start.To, start.ActorId));
        var state = await Triage(read, clock).StateAsync(contact.Id, ct);
        Assert.Equal(("Carer asking for support (revised)", 2, started.Version), (state!.Flow.Title, state.Flow.Version, state.ContactVersion));

        // Another flow may follow; the first stays on the timeline as where the second started from.
        await using var again = database.CreateDbContext();
        await Triage(again, clock).StartAsync(contact.Id, started.Version, General, Advisor, ct);
        var restart = await read.ContactEvents.AsNoTracking().Where(e => e.ContactId == contact.Id && e.Kind == ContactEventKind.FlowStarted).OrderBy(e => e.ContactVersion).LastAsync(ct);
        Assert.Equal(("carer@2", "general-new-request@1"), (restart.From, restart.To));
    }

    [Theory]
    [BothProviders]
    public async Task Start_WithAnAnswerGivenAtIntake_RecordsItAsGivenAtIntake_AndNeverAsksIt(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var clock = IntakeTestKit.Clock();
        var contact = await PhoneContactAsync(db, clock, new IntakeAnswer("in-danger-now", "Is anyone in danger now?", "No"));

        await using var work = database.CreateDbContext();
        await Triage(work, clock).StartAsync(contact.Id, contact.Version, General, Advisor, ct);

        await using var read = database.CreateDbContext();
        var state = await Triage(read, clock).StateAsync(contact.Id, ct);
        Assert.Equal("what-matters", state!.NextStep!.Id);
        var given = Assert.Single(state.Answered);
        Assert.Equal(("in-danger-now", "No", true), (given.StepId, given.Answer, given.FromIntake));
        var row = await read.TriageAnswers.AsNoTracking().SingleAsync(a => a.ContactId == contact.Id, ct);
        Assert.Equal((General, 1, "in-danger-now", "no", true), (row.FlowId, row.FlowVersion, row.StepId, row.Value, row.FromIntake));
        var answered = await read.ContactEvents.AsNoTracking().SingleAsync(e => e.ContactId == contact.Id && e.Kind == ContactEventKind.Answered, ct);
        Assert.Equal(("in-danger-now", "No", ContactTriage.GivenAtIntake, ContactEvent.System.Id), (answered.From, answered.To, answered.Reason, answered.ActorId));

        // Asked anyway, it is refused: intake's answer stands.
        var refused = await Assert.ThrowsAsync<DomainValidationException>(() => Triage(read, clock).AnswerAsync(contact.Id, state.ContactVersion, "in-danger-now", "yes", Advisor, ct));
        Assert.Equal("StepId", refused.Field);
    }

    [Theory]
    [BothProviders]
    public async Task Answer_ToAStepNotOnThePath_IsRefused_AndNothingChanges(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var clock = IntakeTestKit.Clock();
        var contact = await PhoneContactAsync(db, clock);
        var started = await Triage(db, clock).StartAsync(contact.Id, contact.Version, General, Advisor, ct);

        await using var work = database.CreateDbContext();
        var refused = await Assert.ThrowsAsync<DomainValidationException>(() => Triage(work, clock).AnswerAsync(contact.Id, started.Version, "strengths", "Can make a cup of tea", Advisor, ct));
        Assert.Equal("StepId", refused.Field);
        var invalid = await Assert.ThrowsAsync<DomainValidationException>(() => Triage(work, clock).AnswerAsync(contact.Id, started.Version, "in-danger-now", "", Advisor, ct));
        Assert.Equal(("Answer", "Select yes or no"), (invalid.Field, invalid.Message));

        Assert.Empty(await work.TriageAnswers.AsNoTracking().Where(a => a.ContactId == contact.Id).ToListAsync(ct));
        Assert.Equal(started.Version, (await work.Contacts.AsNoTracking().SingleAsync(c => c.Id == contact.Id, ct)).Version);
    }

    [Theory]
    [BothProviders]
    public async Task ChangingAnEarlierAnswer_DropsTheLaterAnswersFromThePath_AndKeepsThemRecorded(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var clock = IntakeTestKit.Clock();
        var contact = await PhoneContactAsync(db, clock);
        var version = (await Triage(db, clock).StartAsync(contact.Id, contact.Version, General, Advisor, ct)).Version;
        foreach (var (step, answer) in new[] { ("in-danger-now", "no"), ("what-matters", "To get upstairs to bed"), ("care-in-place", "managing"), ("strengths", "Cooks and washes"), ("what-would-help", "assessment") })
        {
            await using var each = database.CreateDbContext();
            version = (await Triage(each, clock).AnswerAsync(contact.Id, version, step, answer, Advisor, ct)).Version;
        }

        await using (var read = database.CreateDbContext())
        {
            Assert.Equal("money", (await Triage(read, clock).StateAsync(contact.Id, ct))!.NextStep!.Id);
        }

        await using var change = database.CreateDbContext();
        await Triage(change, clock).AnswerAsync(contact.Id, version, "what-would-help", "short-term-support", Advisor, ct);

        await using var after = database.CreateDbContext();
        var state = await Triage(after, clock).StateAsync(contact.Id, ct);
        Assert.Equal(("reablement", ContactOutcome.ReferredToReablement, (ReferralType?)ReferralType.Reablement), (state!.Outcome!.Id, state.Outcome.Outcome, state.Referral));
        Assert.Equal(["in-danger-now", "what-matters", "care-in-place", "strengths", "what-would-help"], state.Answered.Select(a => a.StepId));
        Assert.Equal("Short-term support to regain skills after an illness or fall", state.Answered[^1].Answer);

        // Back to the first question: the path ends at once, and the answers past it wait, unused, in case it changes back.
        await using var back = database.CreateDbContext();
        await Triage(back, clock).AnswerAsync(contact.Id, state.ContactVersion, "in-danger-now", "yes", Advisor, ct);
        await using var final = database.CreateDbContext();
        var ended = await Triage(final, clock).StateAsync(contact.Id, ct);
        Assert.Equal(("emergency", 1), (ended!.Outcome!.Id, ended.Answered.Count));
        Assert.Equal(5, await final.TriageAnswers.CountAsync(a => a.ContactId == contact.Id, ct));
    }

    [Theory]
    [BothProviders]
    public async Task AnAnswerOfImmediateDanger_RaisesThePriorityToUrgent_WithTheReason(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var clock = IntakeTestKit.Clock();
        var contact = await PhoneContactAsync(db, clock);
        var started = await Triage(db, clock).StartAsync(contact.Id, contact.Version, General, Advisor, ct);
        Assert.NotEqual((TriagePriority?)TriagePriority.Urgent, started.Priority);

        clock.Advance(TimeSpan.FromMinutes(5));
        await using var work = database.CreateDbContext();
        await Triage(work, clock).AnswerAsync(contact.Id, started.Version, "in-danger-now", "yes", Advisor, ct);

        await using var read = database.CreateDbContext();
        var saved = await read.Contacts.AsNoTracking().SingleAsync(c => c.Id == contact.Id, ct);
        Assert.Equal(TriagePriority.Urgent, saved.Priority);
        Assert.Contains("In danger now", saved.PriorityReasons, StringComparison.Ordinal);
        Assert.Equal(clock.GetUtcNow() + new TriageOptions().ResponseTargets.Urgent, saved.DueAt);
        var raised = await read.ContactEvents.AsNoTracking().Where(e => e.ContactId == contact.Id && e.Kind == ContactEventKind.PriorityChanged).OrderBy(e => e.ContactVersion).LastAsync(ct);
        Assert.Equal(("Urgent", saved.PriorityReasons), (raised.To, raised.Reason));
    }

    [Theory]
    [BothProviders]
    public async Task Answer_FromAnOutOfDatePage_IsRefused_WithWhatChangedSince(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var clock = IntakeTestKit.Clock();
        var contact = await PhoneContactAsync(db, clock);
        var started = await Triage(db, clock).StartAsync(contact.Id, contact.Version, General, Advisor, ct);
        await using var other = database.CreateDbContext();
        await new ContactWork(other, clock, new WorkQueueCatalogue(Options.Create(new WorkQueueOptions()))).ClaimAsync(contact.Id, started.Version, new AuditActor("advisor-2", "Ben Advisor", "Advisor"), ct);

        await using var late = database.CreateDbContext();
        var refused = await Assert.ThrowsAsync<ContactChangedException>(() => Triage(late, clock).AnswerAsync(contact.Id, started.Version, "in-danger-now", "no", Advisor, ct));
        Assert.Equal((ContactEventKind.Assigned, "Ben Advisor"), (refused.ChangesSince.Single().Kind, refused.ChangesSince.Single().ActorDisplayName));
        Assert.Empty(await late.TriageAnswers.AsNoTracking().Where(a => a.ContactId == contact.Id).ToListAsync(ct));

        await using var retry = database.CreateDbContext();
        await Triage(retry, clock).AnswerAsync(contact.Id, refused.CurrentVersion, "in-danger-now", "no", Advisor, ct);
        Assert.Equal("what-matters", (await Triage(retry, clock).StateAsync(contact.Id, ct))!.NextStep!.Id);
    }

    [Theory]
    [BothProviders]
    public async Task PriorityReview_ReviewsAContactWithAFlow_WithTheFlowsRisks(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var clock = IntakeTestKit.Clock();
        var contact = await PhoneContactAsync(db, clock, new IntakeAnswer(PriorityFactsReader.AnswerKeys.DischargeDate, "Discharge date", "20 November 2026"));
        var started = await Triage(db, clock).StartAsync(contact.Id, contact.Version, General, Advisor, ct);
        await using (var work = database.CreateDbContext())
        {
            await Triage(work, clock).AnswerAsync(contact.Id, started.Version, "in-danger-now", "yes", Advisor, ct);
        }

        // A stale priority on a contact waiting on a discharge date: the review looks at it again, and must see the danger the flow found.
        await using (var stale = database.CreateDbContext())
        {
            await stale.Contacts.Where(c => c.Id == contact.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Priority, (TriagePriority?)TriagePriority.Low), ct);
        }

        await using (var review = database.CreateDbContext())
        {
            await new PriorityReview(clock).ReviewAsync(review, new ContactPrioritiser(Options.Create(new TriageOptions())), new WorkQueueCatalogue(Options.Create(new WorkQueueOptions())), Catalogue(review, clock), ct);
        }

        await using var read = database.CreateDbContext();
        var saved = await read.Contacts.AsNoTracking().SingleAsync(c => c.Id == contact.Id, ct);
        Assert.Equal(TriagePriority.Urgent, saved.Priority);
        Assert.Contains("In danger now", saved.PriorityReasons, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ContactSource.Hospital, null, null, "hospital-discharge")]
    [InlineData(ContactSource.Self, PriorityFactsReader.AnswerKeys.DischargeDate, "20 November 2026", "hospital-discharge")]
    [InlineData(ContactSource.Police, PriorityFactsReader.AnswerKeys.ConcernTypes, "Abuse or exploitation", "safeguarding-concern")]
    [InlineData(ContactSource.Ambulance, PriorityFactsReader.AnswerKeys.ConcernTypes, "Mental health crisis", "mental-health-crisis")]
    [InlineData(ContactSource.Carer, null, null, "carer")]
    [InlineData(ContactSource.Self, null, null, null)]
    public void SuggestFlow_OnlyWhereWhatArrivedMakesItObvious(ContactSource source, string? key, string? answer, string? suggested)
    {
        var contact = new Contact(Guid.CreateVersion7(), ContactReference.New(), ContactChannel.Phone, source, IntakeTestKit.Now, "Help at home");
        ContactAnswer[] answers = key is null ? [] : [new ContactAnswer(Guid.CreateVersion7(), contact.Id, 0, key, "Asked", answer!)];

        Assert.Equal(suggested, ContactTriage.SuggestFlow(contact, answers));
        Assert.True(suggested is null || Shipped.Find(suggested) is not null, "The suggestion is a shipped flow.");
    }
}
