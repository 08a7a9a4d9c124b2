using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Data;
using FrontDoor.Core.Tests.Contacts;
using FrontDoor.Core.Triage.Flows;
using FrontDoor.Core.WorkQueues;
using FrontDoor.TestCommon.Databases;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FrontDoor.Core.Tests.WorkQueues;

public sealed class WorkQueueQueriesTests
{
    private static readonly AuditActor Advisor = new("advisor-1", "Asha Advisor", "Advisor");
    private static readonly DateTimeOffset Now = IntakeTestKit.Now;

    private static WorkQueueQueries Queries(FrontDoorDbContext db, TimeProvider clock) =>
        new(db, clock, new WorkQueueCatalogue(Options.Create(new WorkQueueOptions())));

    /// <summary>An open contact waiting in a queue, received some hours ago, with the priority the rules gave it.</summary>
    private static Contact Queued(
        string queue,
        double hoursAgo,
        TriagePriority? priority = null,
        double? dueInHours = null,
        ContactChannel channel = ContactChannel.Phone,
        ContactSource source = ContactSource.Self,
        string? story = null)
    {
        var received = Now.AddHours(-hoursAgo);
        var contact = new Contact(Guid.NewGuid(), ContactReference.New(), channel, source, received, story ?? $"Waiting {hoursAgo} hours");
        contact.Open(received);
        contact.MoveToQueue(queue, "Arrived", received, ContactEvent.System);
        if (priority is { } p)
        {
            contact.PrioritiseByRules(p, ["Test rule"], Now.AddHours(dueInHours ?? 24), received);
        }

        return contact;
    }

    private static async Task<FrontDoorDbContext> SavedAsync(TestDatabase database, params Contact[] contacts)
    {
        var db = database.CreateDbContext();
        db.Contacts.AddRange(contacts);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        db.ChangeTracker.Clear();
        return db;
    }

    private static IReadOnlyList<string> Stories(FrontDoorDbContext db, QueuePage page) =>
        [.. page.Rows.Select(r => db.Contacts.Single(c => c.Id == r.Id).Story)];

    [Theory]
    [BothProviders]
    public async Task List_SortsByPriorityThenDueThenReceived_WithNoPriorityLast(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = await SavedAsync(
            database,
            Queued("tier-1", 50, story: "no priority, older"),
            Queued("tier-1", 1, story: "no priority, newer"),
            Queued("tier-1", 2, TriagePriority.Low, 10, story: "low"),
            Queued("tier-1", 3, TriagePriority.Urgent, 5, story: "urgent, due later"),
            Queued("tier-1", 4, TriagePriority.Urgent, 1, story: "urgent, due sooner"),
            Queued("tier-1", 5, TriagePriority.High, 1, story: "high"),
            Queued("tier-2", 5, TriagePriority.Urgent, 1, story: "another queue"));

        var page = await Queries(db, new FakeTimeProvider(Now)).ListAsync("tier-1", new QueueFilter(), 50, 1, Advisor, ct);

        Assert.Equal(6, page.Total);
        Assert.Equal(["urgent, due sooner", "urgent, due later", "high", "low", "no priority, older", "no priority, newer"], Stories(db, page));
    }

    [Theory]
    [BothProviders]
    public async Task List_PagesAcrossTheRowsWithAndWithoutPriority_AndLeavesOutClosedContacts(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var closed = Queued("tier-1", 1, TriagePriority.Urgent, 1, story: "closed");
        closed.Close(ContactOutcome.InformationAndAdvice, Now);
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = await SavedAsync(
            database,
            closed,
            Queued("tier-1", 1, TriagePriority.Urgent, 1, story: "1"),
            Queued("tier-1", 1, TriagePriority.High, 1, story: "2"),
            Queued("tier-1", 1, TriagePriority.Low, 1, story: "3"),
            Queued("tier-1", 9, story: "4"),
            Queued("tier-1", 8, story: "5"));
        var queries = Queries(db, new FakeTimeProvider(Now));

        var pages = new List<string>();
        for (var number = 1; number <= 3; number++)
        {
            var page = await queries.ListAsync("tier-1", new QueueFilter(), 2, number, Advisor, ct);
            Assert.Equal(5, page.Total);
            pages.AddRange(Stories(db, page));
        }

        Assert.Equal(["1", "2", "3", "4", "5"], pages);
    }

    [Theory]
    [BothProviders]
    public async Task List_SortedByDueOrReceived_EitherWay_KeepsNoDueTimeLast(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = await SavedAsync(
            database,
            Queued("tier-1", 3, TriagePriority.Low, 1, story: "due first, received third"),
            Queued("tier-1", 1, TriagePriority.Urgent, 2, story: "due second, received newest"),
            Queued("tier-1", 10, story: "no due time, received oldest"));
        var queries = Queries(db, new FakeTimeProvider(Now));

        async Task<IReadOnlyList<string>> Sorted(QueueSort sort, bool descending) =>
            Stories(db, await queries.ListAsync("tier-1", new QueueFilter { Sort = sort, Descending = descending }, 10, 1, Advisor, ct));

        Assert.Equal(["due first, received third", "due second, received newest", "no due time, received oldest"], await Sorted(QueueSort.Due, false));
        Assert.Equal(["due second, received newest", "due first, received third", "no due time, received oldest"], await Sorted(QueueSort.Due, true));
        Assert.Equal(["no due time, received oldest", "due first, received third", "due second, received newest"], await Sorted(QueueSort.Received, false));
        Assert.Equal(["due second, received newest", "due first, received third", "no due time, received oldest"], await Sorted(QueueSort.Received, true));
        Assert.Equal(["due first, received third", "due second, received newest", "no due time, received oldest"], await Sorted(QueueSort.Priority, true));
    }

    [Theory]
    [BothProviders]
    public async Task List_FiltersByChannelSourcePriorityAgeAssignmentAndMatch(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var person = IntakeTestKit.Person("Ada", "Lovelace");
        var matched = Queued("tier-1", 30, TriagePriority.Medium, story: "matched, 30 hours, email from police", channel: ContactChannel.Email, source: ContactSource.Police);
        matched.MatchTo(person.Id);
        var assigned = Queued("tier-1", 100, TriagePriority.High, story: "assigned, 100 hours");
        assigned.AssignTo("worker-1", "Wes Worker", Now, Advisor);
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using (var setup = database.CreateDbContext())
        {
            setup.People.Add(person);
            await setup.SaveChangesAsync(ct);
        }

        await using var db = await SavedAsync(
            database,
            matched,
            assigned,
            Queued("tier-1", 2, story: "no priority, 2 hours"),
            Queued("tier-1", 200, TriagePriority.Low, story: "low, 200 hours", channel: ContactChannel.Letter));
        var queries = Queries(db, new FakeTimeProvider(Now));

        async Task<IReadOnlyList<string>> Shown(QueueFilter filter) =>
            [.. (Stories(db, await queries.ListAsync("tier-1", filter, 10, 1, Advisor, ct))).Order(StringComparer.Ordinal)];

        Assert.Equal(["matched, 30 hours, email from police"], await Shown(new QueueFilter { Channels = [ContactChannel.Email] }));
        Assert.Equal(["matched, 30 hours, email from police"], await Shown(new QueueFilter { Sources = [ContactSource.Police] }));
        Assert.Equal(["assigned, 100 hours", "low, 200 hours"], await Shown(new QueueFilter { Priorities = [TriagePriority.High, TriagePriority.Low] }));
        Assert.Equal(["low, 200 hours", "no priority, 2 hours"], await Shown(new QueueFilter { Priorities = [TriagePriority.Low], IncludeNoPriority = true }));
        Assert.Equal(["no priority, 2 hours"], await Shown(new QueueFilter { IncludeNoPriority = true }));
        Assert.Equal(["no priority, 2 hours"], await Shown(new QueueFilter { Ages = [QueueAge.UnderADay] }));
        Assert.Equal(["matched, 30 hours, email from police"], await Shown(new QueueFilter { Ages = [QueueAge.OneToThreeDays] }));
        Assert.Equal(["assigned, 100 hours"], await Shown(new QueueFilter { Ages = [QueueAge.ThreeToSevenDays] }));
        Assert.Equal(["assigned, 100 hours", "low, 200 hours", "no priority, 2 hours"], await Shown(new QueueFilter { Ages = [QueueAge.UnderADay, QueueAge.ThreeToSevenDays, QueueAge.OverSevenDays] }));
        Assert.Equal(["assigned, 100 hours"], await Shown(new QueueFilter { Assigned = true }));
        Assert.Equal(["low, 200 hours", "matched, 30 hours, email from police", "no priority, 2 hours"], await Shown(new QueueFilter { Assigned = false }));
        Assert.Equal(["matched, 30 hours, email from police"], await Shown(new QueueFilter { MatchedToPerson = true }));
        Assert.Equal(["assigned, 100 hours", "low, 200 hours", "no priority, 2 hours"], await Shown(new QueueFilter { MatchedToPerson = false }));
        Assert.Empty(await Shown(new QueueFilter { Assigned = true, MatchedToPerson = true }));
    }

    [Theory]
    [BothProviders]
    public async Task List_IsAuditedWithThePeopleItShows(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var person = IntakeTestKit.Person("Ada", "Lovelace");
        var matched = Queued("tier-1", 1, TriagePriority.Medium);
        matched.MatchTo(person.Id);
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using (var setup = database.CreateDbContext())
        {
            setup.People.Add(person);
            await setup.SaveChangesAsync(ct);
        }

        await using var db = await SavedAsync(database, matched);
        await Queries(db, new FakeTimeProvider(Now)).ListAsync("tier-1", new QueueFilter(), 10, 1, Advisor, ct);

        var audit = db.AuditEvents.Single(a => a.Action == AuditAction.Searched);
        Assert.Equal((Advisor.Id, "work queue tier-1: 1 shown"), (audit.Actor, audit.Detail));
        Assert.Contains(db.AuditEventPeople, p => p.PersonId == person.Id);
    }

    [Theory]
    [BothProviders]
    public async Task Overview_CountsOpenUnassignedAndOverdue_ByTheClock_AndNamesTheOldest(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var assigned = Queued("tier-1", 10, TriagePriority.High, dueInHours: 2);
        assigned.AssignTo("worker-1", "Wes Worker", Now, Advisor);
        var closed = Queued("tier-1", 500, TriagePriority.High, dueInHours: -100);
        closed.Close(ContactOutcome.InformationAndAdvice, Now);
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = await SavedAsync(
            database,
            assigned,
            closed,
            Queued("tier-1", 48, TriagePriority.Urgent, dueInHours: -1),
            Queued("tier-1", 3),
            Queued("mash", 1, TriagePriority.Urgent, dueInHours: 1));
        var clock = new FakeTimeProvider(Now);

        var overview = await Queries(db, clock).OverviewAsync(ct);

        Assert.Equal(WorkQueueOptions.Standard.Select(q => q.Key), overview.Select(s => s.Queue.Key));
        var tier1 = overview.Single(s => s.Queue.Key == "tier-1");
        Assert.Equal((3, 2, 1, (DateTimeOffset?)Now.AddHours(-48)), (tier1.Open, tier1.Unassigned, tier1.Overdue, tier1.OldestReceivedAt));
        var mash = overview.Single(s => s.Queue.Key == "mash");
        Assert.Equal((1, 1, 0), (mash.Open, mash.Unassigned, mash.Overdue));
        Assert.Equal((0, null), (overview.Single(s => s.Queue.Key == "amhp").Open, overview.Single(s => s.Queue.Key == "amhp").OldestReceivedAt));

        // Two hours on, the assigned contact's due time has passed and the MASH's too.
        clock.Advance(TimeSpan.FromHours(2.5));
        overview = await Queries(db, clock).OverviewAsync(ct);
        Assert.Equal(2, overview.Single(s => s.Queue.Key == "tier-1").Overdue);
        Assert.Equal(1, overview.Single(s => s.Queue.Key == "mash").Overdue);
    }

    [Theory]
    [BothProviders]
    public async Task MyWork_IsTheirOpenContacts_SoonestDueFirst_NoDueTimeLast(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        Contact Mine(string story, TriagePriority? priority, double? due, string user = "advisor-1")
        {
            var contact = Queued("tier-1", 5, priority, due, story: story);
            contact.AssignTo(user, user, Now, Advisor);
            return contact;
        }

        var closed = Mine("closed", TriagePriority.Urgent, -10);
        closed.Close(ContactOutcome.InformationAndAdvice, Now);
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = await SavedAsync(
            database,
            closed,
            Mine("no due time", null, null),
            Mine("due in 5", TriagePriority.Urgent, 5),
            Mine("overdue", TriagePriority.Low, -1),
            Mine("someone else's", TriagePriority.Urgent, -5, user: "worker-2"),
            Queued("tier-1", 1, TriagePriority.Urgent, -5, story: "unassigned"));

        var work = await Queries(db, new FakeTimeProvider(Now)).MyWorkAsync("advisor-1", 10, ct);

        Assert.Equal(3, work.Total);
        Assert.Equal(["overdue", "due in 5", "no due time"], work.Items.Select(i => db.Contacts.Single(c => c.Id == i.Id).Story));
        Assert.Equal([true, false, false], work.Items.Select(i => i.IsOverdueAt(Now)));
        Assert.Equal(["tier-1"], await Queries(db, new FakeTimeProvider(Now)).QueuesWorkedByAsync("advisor-1", ct));
    }
}
