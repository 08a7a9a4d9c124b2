using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Contacts.Repeat;
using FrontDoor.Core.Data;
using FrontDoor.Core.Tests.Triage.Outcomes;
using FrontDoor.Core.Triage.Closing;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.Tests.Contacts.Repeat;

public sealed class RepeatContactsTests
{
    private static readonly AuditActor Advisor = OutcomesTestKit.Advisor;

    private static IntakeSubmission AboutMargaret(string story = "Margaret's daughter says she is struggling again.") =>
        IntakeTestKit.Submission(story, new ReportedPerson { FamilyName = "Smith", NhsNumberAsGiven = "943 476 5919" });

    private static async Task<Guid> MargaretAsync(TestDatabase database)
    {
        await using var db = database.CreateDbContext();
        var person = IntakeTestKit.Person("Margaret", "Smith", nhs: "9434765919");
        db.People.Add(person);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return person.Id;
    }

    /// <summary>A contact about Margaret, opened by intake and closed now with information and advice.</summary>
    private static async Task<Guid> ClosedContactAsync(TestDatabase database, TimeProvider clock, string summary = "Gave the number for the falls service.")
    {
        var (id, version) = await OutcomesTestKit.OpenContactAsync(database, clock, AboutMargaret("Margaret had a fall."));
        await using var db = database.CreateDbContext();
        await OutcomesTestKit.Closing(db, clock).CloseAsync(id, version, new ClosingRequest { Outcomes = [ContactOutcome.InformationAndAdvice, ContactOutcome.Signposted], SignpostedTo = "Falls service", Summary = summary }, Advisor, TestContext.Current.CancellationToken);
        return id;
    }

    [Theory]
    [BothProviders]
    public async Task Arrival_JustInsideTheWindowAfterThePreviousClosed_IsFlaggedRecurring_WithTheEventAndTheColumn(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        await MargaretAsync(database);
        var previousId = await ClosedContactAsync(database, clock);

        clock.Advance(TimeSpan.FromDays(90) - TimeSpan.FromMinutes(1));
        var (id, _) = await OutcomesTestKit.OpenContactAsync(database, clock, AboutMargaret());

        await using var read = database.CreateDbContext();
        var contact = await read.Contacts.AsNoTracking().SingleAsync(c => c.Id == id, ct);
        Assert.Equal(previousId, contact.RecurringOfContactId);
        Assert.Equal(1, await read.Contacts.CountAsync(c => c.RecurringOfContactId != null, ct));
        var flagged = await read.ContactEvents.AsNoTracking().SingleAsync(e => e.ContactId == id && e.Kind == ContactEventKind.FlaggedRecurring, ct);
        var previousReference = await read.Contacts.Where(c => c.Id == previousId).Select(c => c.Reference).SingleAsync(ct);
        Assert.Equal((previousReference.ToString(), "The previous contact closed on 2 November 2026", "frontdoor"), (flagged.To, flagged.Reason, flagged.ActorId));
    }

    [Theory]
    [BothProviders]
    public async Task Arrival_JustOutsideTheWindow_IsNotRecurring(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        await MargaretAsync(database);
        await ClosedContactAsync(database, clock);

        clock.Advance(TimeSpan.FromDays(90) + TimeSpan.FromMinutes(1));
        var (id, _) = await OutcomesTestKit.OpenContactAsync(database, clock, AboutMargaret());

        await using var read = database.CreateDbContext();
        var contact = await read.Contacts.AsNoTracking().SingleAsync(c => c.Id == id, ct);
        Assert.NotNull(contact.PersonId);
        Assert.Null(contact.RecurringOfContactId);
        Assert.False(await read.ContactEvents.AnyAsync(e => e.Kind == ContactEventKind.FlaggedRecurring, ct));
    }

    [Theory]
    [BothProviders]
    public async Task LinkedToThePersonLaterByStaff_IsFlaggedRecurringThen(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var margaret = await MargaretAsync(database);
        var previousId = await ClosedContactAsync(database, clock);
        clock.Advance(TimeSpan.FromDays(30));

        // Nothing the matcher can use: the contact arrives unmatched, and staff find the person.
        var (id, _) = await OutcomesTestKit.OpenContactAsync(database, clock, IntakeTestKit.Submission("Her neighbour rang about Margaret."));
        await using (var db = database.CreateDbContext())
        {
            Assert.Null((await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == id, ct)).RecurringOfContactId);
            var links = new Core.Contacts.Review.ContactPersonLinks(db, clock, new AuditLog(db, clock), new Core.People.Matching.PersonIndexHost(Microsoft.Extensions.Options.Options.Create(new Core.People.Matching.PersonMatchingOptions())), IntakeTestKit.Repeats(db, clock));
            Assert.Equal(Core.Contacts.Review.ContactLinkOutcome.Linked, await links.LinkAsync(id, margaret, null, Advisor, "test", ct));
        }

        await using var read = database.CreateDbContext();
        Assert.Equal(previousId, (await read.Contacts.AsNoTracking().SingleAsync(c => c.Id == id, ct)).RecurringOfContactId);
    }

    [Theory]
    [BothProviders]
    public async Task OtherContacts_ListsTheOpenOnesThenThoseClosedInTheWindow_WithSummaryAndOutcomes(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var margaret = await MargaretAsync(database);
        await ClosedContactAsync(database, clock, "Long ago: out of the window.");
        clock.Advance(TimeSpan.FromDays(100));
        var recent = await ClosedContactAsync(database, clock, "Gave the number for the falls service.");
        clock.Advance(TimeSpan.FromDays(10));
        var (open, _) = await OutcomesTestKit.OpenContactAsync(database, clock, AboutMargaret("Still waiting for the falls service."));
        clock.Advance(TimeSpan.FromDays(1));
        var (current, _) = await OutcomesTestKit.OpenContactAsync(database, clock, AboutMargaret());

        await using var db = database.CreateDbContext();
        var others = await IntakeTestKit.Repeats(db, clock).OtherContactsAsync(margaret, current, ct);

        Assert.Equal([open, recent], others.Select(o => o.Id));
        Assert.True(others[0].IsOpen);
        Assert.Equal("Gave the number for the falls service.", others[1].ClosingSummary);
        Assert.Equal([ContactOutcome.InformationAndAdvice, ContactOutcome.Signposted], others[1].Outcomes);
    }

    [Theory]
    [BothProviders]
    public async Task FailureDemand_EachReasonIsRecordedAsAnEventAndAQueryableField(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        foreach (var reason in Enum.GetValues<FailureDemandReason>())
        {
            var (id, version) = await OutcomesTestKit.OpenContactAsync(database, clock);
            await using var db = database.CreateDbContext();
            await new FailureDemand(db, OutcomesTestKit.Work(db, clock)).RecordAsync(id, version, reason, null, Advisor, ct);
        }

        await using var read = database.CreateDbContext();
        foreach (var reason in Enum.GetValues<FailureDemandReason>())
        {
            var id = await read.Contacts.Where(c => c.FailureDemandReason == reason).Select(c => c.Id).SingleAsync(ct);
            var recorded = await read.ContactEvents.AsNoTracking().SingleAsync(e => e.ContactId == id && e.Kind == ContactEventKind.FailureDemandRecorded, ct);
            Assert.Equal((reason.ToString(), "advisor-1", (string?)null), (recorded.To, recorded.ActorId, recorded.Reason));
        }
    }

    [Theory]
    [BothProviders]
    public async Task AChasingContact_IsLinkedToTheContactItChases_OnlyOneOfTheSamePersons(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        await MargaretAsync(database);
        var (chased, _) = await OutcomesTestKit.OpenContactAsync(database, clock, AboutMargaret("Margaret asked for help with washing."));
        var (someoneElses, _) = await OutcomesTestKit.OpenContactAsync(database, clock);
        clock.Advance(TimeSpan.FromDays(14));
        var (id, version) = await OutcomesTestKit.OpenContactAsync(database, clock, AboutMargaret("Where is my request?"));

        await using (var db = database.CreateDbContext())
        {
            var refused = await Assert.ThrowsAsync<DomainValidationException>(() => new FailureDemand(db, OutcomesTestKit.Work(db, clock)).RecordAsync(id, version, FailureDemandReason.RepeatOrChasing, someoneElses, Advisor, ct));
            Assert.Equal("Select one of the person's other contacts", refused.Message);
            var missing = await Assert.ThrowsAsync<DomainValidationException>(() => new FailureDemand(db, OutcomesTestKit.Work(db, clock)).RecordAsync(id, version, null, chased, Advisor, ct));
            Assert.Equal("Select why this is failure demand", missing.Message);
            await new FailureDemand(db, OutcomesTestKit.Work(db, clock)).RecordAsync(id, version, FailureDemandReason.RepeatOrChasing, chased, Advisor, ct);
        }

        await using var read = database.CreateDbContext();
        var contact = await read.Contacts.AsNoTracking().SingleAsync(c => c.Id == id, ct);
        Assert.Equal((FailureDemandReason.RepeatOrChasing, (Guid?)chased), (contact.FailureDemandReason, contact.ChasesContactId));
        var chasedReference = await read.Contacts.Where(c => c.Id == chased).Select(c => c.Reference).SingleAsync(ct);
        Assert.Equal($"Chasing contact {chasedReference}", (await read.ContactEvents.SingleAsync(e => e.ContactId == id && e.Kind == ContactEventKind.FailureDemandRecorded, ct)).Reason);
    }

    [Theory]
    [BothProviders]
    public async Task FailureDemand_FromAStalePage_IsRefused(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var (id, version) = await OutcomesTestKit.OpenContactAsync(database, clock);
        await using (var db = database.CreateDbContext())
        {
            await OutcomesTestKit.Work(db, clock).ClaimAsync(id, version, Advisor, ct);
        }

        await using var late = database.CreateDbContext();
        await Assert.ThrowsAsync<ContactChangedException>(() => new FailureDemand(late, OutcomesTestKit.Work(late, clock)).RecordAsync(id, version, FailureDemandReason.CouldNotReachTeam, null, Advisor, ct));
        Assert.Null((await late.Contacts.AsNoTracking().SingleAsync(c => c.Id == id, ct)).FailureDemandReason);
    }
}
