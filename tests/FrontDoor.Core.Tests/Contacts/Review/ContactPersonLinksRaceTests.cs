using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Review;
using FrontDoor.Core.Data;
using FrontDoor.Core.People.Matching;
using FrontDoor.Core.Tests.Triage.Outcomes;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FrontDoor.Core.Tests.Contacts.Review;

/// <summary>
/// A link that loses a race with another change to the contact (the priority review queueing it, a colleague's
/// transfer, a colleague's link) is worked out again on the contact as it is now: never a failure for a change that
/// has nothing to do with the link, never an overwrite of a link someone else made.
/// </summary>
public sealed class ContactPersonLinksRaceTests
{
    private static readonly AuditActor Advisor = OutcomesTestKit.Advisor;

    [Theory]
    [BothProviders]
    public async Task CreatePersonAndLink_WhenTheContactIsTransferredMeanwhile_CreatesOnePersonAndKeepsTheTransfer(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var (contactId, version) = await OutcomesTestKit.OpenContactAsync(database, clock, IntakeTestKit.Submission("Her neighbour rang about Ivy."));
        var otherQueue = OutcomesTestKit.Queues.All.First(q => q.Key != OutcomesTestKit.Queues.Arrival.Key).Key;
        var meanwhile = new BeforeFirstSave(async () =>
        {
            await using var colleague = database.CreateDbContext();
            await OutcomesTestKit.Work(colleague, clock).TransferAsync(contactId, version, otherQueue, "Needs the reablement team", Advisor, ct);
        });

        await using (var db = database.CreateDbContext(meanwhile))
        {
            var personId = await Links(db, clock).CreatePersonAndLinkAsync(contactId, new NewPersonDetails("Ivy", "Pennington", new DateOnly(1950, 9, 3), null, null, null), Advisor, "test", ct);
            Assert.NotEqual(Guid.Empty, personId);
        }

        Assert.True(meanwhile.Ran);
        await using var read = database.CreateDbContext();
        var person = await read.People.AsNoTracking().SingleAsync(ct);
        var contact = await read.Contacts.AsNoTracking().SingleAsync(c => c.Id == contactId, ct);
        Assert.Equal((person.Id, PersonMatchState.NewPerson, otherQueue), (contact.PersonId, contact.MatchState, contact.QueueKey));
        Assert.Equal(1, await read.AuditEvents.AsNoTracking().CountAsync(e => e.Action == AuditAction.Created && e.RecordType == "Person", ct));
        Assert.Equal(1, await read.AuditEvents.AsNoTracking().CountAsync(e => e.Action == AuditAction.Linked && e.RecordId == contactId.ToString(), ct));
        Assert.Single(await read.ContactTimelineEntries.AsNoTracking().Where(e => e.ContactId == contactId && e.Text.StartsWith("New person record created")).ToListAsync(ct));
    }

    [Theory]
    [BothProviders]
    public async Task Link_WhenAColleagueLinksSomeoneElseMeanwhile_AsksToConfirmReplacingThem_AndOverwritesNothing(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var (doris, dennis) = await TwoPeopleAsync(database);
        var (contactId, _) = await OutcomesTestKit.OpenContactAsync(database, clock, IntakeTestKit.Submission("Her neighbour rang about Mrs Whitworth."));
        var meanwhile = new BeforeFirstSave(async () =>
        {
            await using var colleague = database.CreateDbContext();
            Assert.Equal(ContactLinkOutcome.Linked, await Links(colleague, clock).LinkAsync(contactId, dennis, null, new AuditActor("advisor-2", "Ben Colleague", "Advisor"), "test", ct));
        });

        await using (var db = database.CreateDbContext(meanwhile))
        {
            Assert.Equal(ContactLinkOutcome.NeedsConfirmation, await Links(db, clock).LinkAsync(contactId, doris, null, Advisor, "test", ct));
        }

        Assert.True(meanwhile.Ran);
        await using var read = database.CreateDbContext();
        Assert.Equal(dennis, (await read.Contacts.AsNoTracking().SingleAsync(c => c.Id == contactId, ct)).PersonId);
        Assert.Equal(["advisor-2"], await read.AuditEvents.AsNoTracking().Where(e => e.Action == AuditAction.Linked).Select(e => e.Actor).ToListAsync(ct));
    }

    [Theory]
    [BothProviders]
    public async Task CreatePersonAndLink_WhenAColleagueLinksTheContactMeanwhile_IsRefusedClearly_AndCreatesNobody(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var (doris, _) = await TwoPeopleAsync(database);
        var (contactId, _) = await OutcomesTestKit.OpenContactAsync(database, clock, IntakeTestKit.Submission("Her neighbour rang about Mrs Whitworth."));
        var meanwhile = new BeforeFirstSave(async () =>
        {
            await using var colleague = database.CreateDbContext();
            await Links(colleague, clock).LinkAsync(contactId, doris, null, new AuditActor("advisor-2", "Ben Colleague", "Advisor"), "test", ct);
        });

        await using (var db = database.CreateDbContext(meanwhile))
        {
            var refused = await Assert.ThrowsAsync<DomainValidationException>(() =>
                Links(db, clock).CreatePersonAndLinkAsync(contactId, new NewPersonDetails("Doris", "Whitworth", null, null, null, null), Advisor, "test", ct));
            Assert.Equal("This contact is already linked to a person record", refused.Message);
        }

        await using var read = database.CreateDbContext();
        Assert.Equal(2, await read.People.CountAsync(ct));
        Assert.Equal(doris, (await read.Contacts.AsNoTracking().SingleAsync(c => c.Id == contactId, ct)).PersonId);
    }

    private static ContactPersonLinks Links(FrontDoorDbContext db, FakeTimeProvider clock) =>
        new(db, clock, new AuditLog(db, clock), new PersonIndexHost(Options.Create(new PersonMatchingOptions())), IntakeTestKit.Repeats(db, clock));

    private static async Task<(Guid Doris, Guid Dennis)> TwoPeopleAsync(TestDatabase database)
    {
        await using var db = database.CreateDbContext();
        var doris = IntakeTestKit.Person("Doris", "Whitworth", new DateOnly(1944, 8, 14));
        var dennis = IntakeTestKit.Person("Dennis", "Whitworth", new DateOnly(1941, 2, 1));
        db.People.AddRange(doris, dennis);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (doris.Id, dennis.Id);
    }

    /// <summary>Runs another change once, just before this context's first save that changes a contact: the race, on cue.</summary>
    private sealed class BeforeFirstSave(Func<Task> change) : SaveChangesInterceptor
    {
        public bool Ran { get; private set; }

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (!Ran && eventData.Context!.ChangeTracker.Entries<Contact>().Any(e => e.State == EntityState.Modified))
            {
                Ran = true;
                await change();
            }

            return result;
        }
    }
}
