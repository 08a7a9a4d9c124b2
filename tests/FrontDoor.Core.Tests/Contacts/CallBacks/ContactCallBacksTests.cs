using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.CallBacks;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Data;
using FrontDoor.Core.Tests.Triage.Outcomes;
using FrontDoor.Core.Triage;
using FrontDoor.Core.Triage.Closing;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;
using static FrontDoor.Core.Tests.Triage.Outcomes.OutcomesTestKit;

namespace FrontDoor.Core.Tests.Contacts.CallBacks;

public sealed class ContactCallBacksTests
{
    private static readonly AuditActor Worker = new("worker-2", "Wes Worker", "SupportWorker");

    private static ContactCallBacks CallBacks(FrontDoorDbContext db, TimeProvider clock) => new(db, clock, Work(db, clock));

    private static CallBackArrangement ToThePerson(DateTimeOffset dueAt, string forId = "advisor-1", string forName = "Asha Advisor") =>
        new(dueAt, CallBackPerson.Person, null, null, "  Check the key safe is fitted  ", forId, forName);

    private static async Task<Contact> ReadAsync(TestDatabase database, Guid contactId)
    {
        await using var db = database.CreateDbContext();
        return await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == contactId, TestContext.Current.CancellationToken);
    }

    private static async Task<IReadOnlyList<ContactEvent>> CallBackEventsAsync(TestDatabase database, Guid contactId)
    {
        await using var db = database.CreateDbContext();
        return await db.ContactEvents.AsNoTracking()
            .Where(e => e.ContactId == contactId && (e.Kind == ContactEventKind.CallBackScheduled || e.Kind == ContactEventKind.CallBackRescheduled || e.Kind == ContactEventKind.CallBackDone || e.Kind == ContactEventKind.CallBackCancelled))
            .OrderBy(e => e.ContactVersion)
            .ToListAsync(TestContext.Current.CancellationToken);
    }

    [Theory]
    [BothProviders]
    public async Task ArrangeRescheduleDoneAndCancel_EachIsATypedEventWithTheChange_AndTheColumnsSayWhatIsStillDue(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var (contactId, version) = await OpenContactAsync(database, clock);
        var first = IntakeTestKit.Now.AddHours(3);
        var later = IntakeTestKit.Now.AddDays(1);

        await using (var db = database.CreateDbContext())
        {
            var someoneElse = new CallBackArrangement(first, CallBackPerson.SomeoneElse, " Dev Patel ", "07700 900982", "Son wants to talk about the discharge", Worker.Id, Worker.Name!);
            var arranged = await CallBacks(db, clock).ArrangeAsync(contactId, version, someoneElse, Advisor, ct);
            Assert.Equal(version + 1, arranged.Version);
        }

        var contact = await ReadAsync(database, contactId);
        Assert.Equal(
            new ScheduledCallBack(first, CallBackPerson.SomeoneElse, "Dev Patel", "+447700900982", "Son wants to talk about the discharge", "worker-2", "Wes Worker", IntakeTestKit.Now),
            contact.CallBack);

        clock.Advance(TimeSpan.FromHours(1));
        await using (var db = database.CreateDbContext())
        {
            await CallBacks(db, clock).RescheduleAsync(contactId, contact.Version, later, "Son is at work until tomorrow", Worker, ct);
        }

        contact = await ReadAsync(database, contactId);
        Assert.Equal((later, "Son wants to talk about the discharge"), (contact.CallBackDueAt, contact.CallBackReason));
        await using (var db = database.CreateDbContext())
        {
            await CallBacks(db, clock).DoneAsync(contactId, contact.Version, Worker, ct);
        }

        contact = await ReadAsync(database, contactId);
        Assert.Null(contact.CallBack);
        Assert.Equal(((string?)null, (string?)null, (CallBackPerson?)null), (contact.CallBackForId, contact.CallBackOtherPhone, contact.CallBackWho));

        await using (var db = database.CreateDbContext())
        {
            contact = await CallBacks(db, clock).ArrangeAsync(contactId, contact.Version, ToThePerson(later), Advisor, ct);
        }

        await using (var db = database.CreateDbContext())
        {
            contact = await CallBacks(db, clock).CancelAsync(contactId, contact.Version, "Person phoned in and it is sorted", Advisor, ct);
        }

        Assert.Null((await ReadAsync(database, contactId)).CallBackDueAt);
        var events = await CallBackEventsAsync(database, contactId);
        Assert.Equal(
            [
                (ContactEventKind.CallBackScheduled, "Wes Worker", Contact.EventTime(first), "Son wants to talk about the discharge", "advisor-1"),
                (ContactEventKind.CallBackRescheduled, Contact.EventTime(first), Contact.EventTime(later), "Son is at work until tomorrow", "worker-2"),
                (ContactEventKind.CallBackDone, Contact.EventTime(later), null, null, "worker-2"),
                (ContactEventKind.CallBackScheduled, "Asha Advisor", Contact.EventTime(later), "Check the key safe is fitted", "advisor-1"),
                (ContactEventKind.CallBackCancelled, Contact.EventTime(later), null, "Person phoned in and it is sorted", "advisor-1"),
            ],
            events.Select(e => (e.Kind, e.From, e.To, e.Reason, e.ActorId)));
        Assert.All(events, e => Assert.False(e.IsHandOff));
        Assert.Equal(contact.Version, events[^1].ContactVersion);
    }

    [Theory]
    [BothProviders]
    public async Task Arrange_InThePastWithoutAReasonOrANumber_IsRefused_AndNothingIsWritten(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var (contactId, version) = await OpenContactAsync(database, clock);

        await using var db = database.CreateDbContext();
        var past = await Assert.ThrowsAsync<DomainValidationException>(() => CallBacks(db, clock).ArrangeAsync(contactId, version, ToThePerson(IntakeTestKit.Now), Advisor, ct));
        Assert.Equal(("DueAt", "The call back time must be in the future"), (past.Field, past.Message));
        var noNumber = new CallBackArrangement(IntakeTestKit.Now.AddHours(1), CallBackPerson.SomeoneElse, "Dev Patel", "12", "Why", "advisor-1", "Asha Advisor");
        Assert.Equal("OtherPhone", (await Assert.ThrowsAsync<DomainValidationException>(() => CallBacks(db, clock).ArrangeAsync(contactId, version, noNumber, Advisor, ct))).Field);
        var noReason = ToThePerson(IntakeTestKit.Now.AddHours(1)) with { Reason = " " };
        Assert.Equal(("Reason", "Enter why the call back is needed"), (await Assert.ThrowsAsync<DomainValidationException>(() => CallBacks(db, clock).ArrangeAsync(contactId, version, noReason, Advisor, ct)) is var e ? (e.Field, e.Message) : default));
        var tooLong = ToThePerson(IntakeTestKit.Now.AddHours(1)) with { Reason = new string('a', ScheduledCallBack.MaxReasonLength + 1) };
        Assert.Equal("The reason must be 500 characters or fewer", (await Assert.ThrowsAsync<DomainValidationException>(() => CallBacks(db, clock).ArrangeAsync(contactId, version, tooLong, Advisor, ct))).Message);

        var contact = await ReadAsync(database, contactId);
        Assert.Equal((version, (DateTimeOffset?)null), (contact.Version, contact.CallBackDueAt));
        Assert.Empty(await CallBackEventsAsync(database, contactId));
    }

    [Theory]
    [BothProviders]
    public async Task Arrange_FromAStalePage_IsRefusedWithWhatChangedSince(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var (contactId, version) = await OpenContactAsync(database, clock);
        await using (var db = database.CreateDbContext())
        {
            await Work(db, clock).ClaimAsync(contactId, version, Worker, ct);
        }

        await using var late = database.CreateDbContext();
        var refused = await Assert.ThrowsAsync<ContactChangedException>(() => CallBacks(late, clock).ArrangeAsync(contactId, version, ToThePerson(IntakeTestKit.Now.AddHours(2)), Advisor, ct));
        Assert.Equal((version + 1, ContactEventKind.Assigned), (refused.CurrentVersion, Assert.Single(refused.ChangesSince).Kind));
        Assert.Null((await ReadAsync(database, contactId)).CallBackDueAt);
    }

    [Theory]
    [BothProviders]
    public async Task DueFor_ListsOverdueFirstThenDueToday_AsTheClockMoves_AndOnlyCountsLaterDays(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();

        // 09:00 on 2 November (UK time is UTC in winter): one due at 10:00, one at 16:00, one tomorrow, one someone else's.
        var ten = await ArrangedAsync(IntakeTestKit.Now.AddHours(1), "advisor-1");
        var four = await ArrangedAsync(IntakeTestKit.Now.AddHours(7), "advisor-1");
        var tomorrow = await ArrangedAsync(IntakeTestKit.Now.AddDays(1), "advisor-1");
        await ArrangedAsync(IntakeTestKit.Now.AddHours(2), "worker-2");

        await using var db = database.CreateDbContext();
        var due = await CallBacks(db, clock).DueForAsync("advisor-1", 10, ct);
        Assert.Equal([ten, four], due.Items.Select(i => i.ContactId));
        Assert.Equal((2, 1), (due.DueTodayOrOverdue, due.Later));
        Assert.DoesNotContain(due.Items, i => i.IsOverdueAt(clock.GetUtcNow()));

        clock.Advance(TimeSpan.FromHours(2));
        due = await CallBacks(db, clock).DueForAsync("advisor-1", 10, ct);
        Assert.Equal([true, false], due.Items.Select(i => i.IsOverdueAt(clock.GetUtcNow())));
        Assert.Equal(1, (await CallBacks(db, clock).OverdueByQueueAsync(ct))["tier-1"]);

        // Next morning: yesterday's two are overdue, first, and tomorrow's is due today.
        clock.Advance(TimeSpan.FromHours(22));
        due = await CallBacks(db, clock).DueForAsync("advisor-1", 10, ct);
        Assert.Equal([ten, four, tomorrow], due.Items.Select(i => i.ContactId));
        Assert.Equal([true, true, false], due.Items.Select(i => i.IsOverdueAt(clock.GetUtcNow())));
        Assert.Equal((3, 0), (due.DueTodayOrOverdue, due.Later));
        Assert.Equal(3, (await CallBacks(db, clock).OverdueByQueueAsync(ct))["tier-1"]);

        // Made: off the list.
        var version = (await ReadAsync(database, ten)).Version;
        await using (var done = database.CreateDbContext())
        {
            await CallBacks(done, clock).DoneAsync(ten, version, Advisor, ct);
        }

        Assert.Equal([four, tomorrow], (await CallBacks(db, clock).DueForAsync("advisor-1", 10, ct)).Items.Select(i => i.ContactId));
        Assert.Equal([four], (await CallBacks(db, clock).DueForAsync("advisor-1", 1, ct)).Items.Select(i => i.ContactId));

        async Task<Guid> ArrangedAsync(DateTimeOffset dueAt, string forId)
        {
            var (id, seen) = await OpenContactAsync(database, clock);
            await using var arrange = database.CreateDbContext();
            await CallBacks(arrange, clock).ArrangeAsync(id, seen, ToThePerson(dueAt, forId, forId), Advisor, ct);
            return id;
        }
    }

    [Theory]
    [BothProviders]
    public async Task Close_WhileACallBackIsDue_IsRefused_UntilItIsCancelled(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var (contactId, version) = await OpenContactAsync(database, clock);
        await using (var db = database.CreateDbContext())
        {
            await CallBacks(db, clock).ArrangeAsync(contactId, version, ToThePerson(IntakeTestKit.Now.AddHours(2)), Advisor, ct);
        }

        var request = new ClosingRequest { Outcomes = [ContactOutcome.InformationAndAdvice], Summary = "Advice given about equipment." };
        await using (var db = database.CreateDbContext())
        {
            var refused = await Assert.ThrowsAsync<TriageRefusedException>(() => Closing(db, clock).CloseAsync(contactId, version + 1, request, Advisor, ct));
            Assert.Equal(("CallBack", "Cancel the call back that is still due, saying why, or mark it done, before closing the contact"), Assert.Single(refused.Problems) is var p ? (p.Field, p.Message) : default);
        }

        Assert.Equal(ContactStatus.Open, (await ReadAsync(database, contactId)).Status);
        await using (var db = database.CreateDbContext())
        {
            await CallBacks(db, clock).CancelAsync(contactId, version + 1, "Advice given on this call instead", Advisor, ct);
        }

        await using (var db = database.CreateDbContext())
        {
            await Closing(db, clock).CloseAsync(contactId, version + 2, request, Advisor, ct);
        }

        Assert.Equal(ContactStatus.Closed, (await ReadAsync(database, contactId)).Status);
    }
}
