using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Data;
using FrontDoor.Core.Tests.Contacts;
using FrontDoor.Core.WorkQueues;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontDoor.Core.Tests.WorkQueues;

public sealed class ContactWorkTests
{
    private static readonly AuditActor Advisor = new("advisor-1", "Asha Advisor", "Advisor");
    private static readonly AuditActor Manager = new("manager-1", "Morgan Manager", "TeamManager");

    private static ContactWork Work(FrontDoorDbContext db, TimeProvider clock) =>
        new(db, clock, new WorkQueueCatalogue(Options.Create(new WorkQueueOptions())));

    [Theory]
    [BothProviders]
    public async Task ClaimAssignTransfer_EachIsATypedEventInTheSameSave_AndHandOffsAreCounted(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var clock = IntakeTestKit.Clock();
        var receipt = await IntakeTestKit.Intake(db, clock).ReceiveAndProcessAsync(IntakeTestKit.Submission(), ct);
        var version = (await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == receipt.ContactId, ct)).Version;

        await using var first = database.CreateDbContext();
        var contact = await Work(first, clock).ClaimAsync(receipt.ContactId, version, Advisor, ct);
        await using var second = database.CreateDbContext();
        contact = await Work(second, clock).AssignAsync(receipt.ContactId, contact.Version, "worker-2", "Wes Worker", "Knows the family", Manager, ct);
        await using var third = database.CreateDbContext();
        contact = await Work(third, clock).TransferAsync(receipt.ContactId, contact.Version, "tier-2", "Needs a longer conversation", Manager, ct);

        await using var read = database.CreateDbContext();
        var saved = await read.Contacts.AsNoTracking().SingleAsync(c => c.Id == receipt.ContactId, ct);
        Assert.Equal(("tier-2", (string?)null, 2), (saved.QueueKey, saved.AssignedToId, saved.HandOffs));
        var events = await Work(read, clock).EventsAsync(receipt.ContactId, ct);
        Assert.Equal(
            [ContactEventKind.StatusChanged, ContactEventKind.QueueChanged, ContactEventKind.PriorityChanged, ContactEventKind.Assigned, ContactEventKind.Assigned, ContactEventKind.QueueChanged, ContactEventKind.Unassigned],
            events.Select(e => e.Kind));
        Assert.Equal(Enumerable.Range(1, events.Count), events.Select(e => e.ContactVersion));
        Assert.Equal(saved.Version, events[^1].ContactVersion);
        var claim = events[3];
        Assert.Equal(("advisor-1", "Asha Advisor", "Advisor", (string?)null, "Asha Advisor", "Claimed", false), (claim.ActorId, claim.ActorName, claim.ActorRole, claim.From, claim.To, claim.Reason, claim.IsHandOff));
        var reassign = events[4];
        Assert.Equal(("manager-1", "Asha Advisor", "Wes Worker", "Knows the family", true), (reassign.ActorId, reassign.From, reassign.To, reassign.Reason, reassign.IsHandOff));
        var transfer = events[5];
        Assert.Equal(("tier-1", "tier-2", "Needs a longer conversation", true), (transfer.From, transfer.To, transfer.Reason, transfer.IsHandOff));
        Assert.Equal(ContactRouting.ArrivedReason, events[1].Reason);
        Assert.False(events[1].IsHandOff);
    }

    [Theory]
    [BothProviders]
    public async Task TwoPeopleChangingAtOnce_TheSecondIsRefused_WithWhatTheFirstDid(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var clock = IntakeTestKit.Clock();
        var receipt = await IntakeTestKit.Intake(db, clock).ReceiveAndProcessAsync(IntakeTestKit.Submission(), ct);
        var seen = (await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == receipt.ContactId, ct)).Version;

        // Both load the contact before either saves: the save itself must refuse the second.
        await using var asha = database.CreateDbContext();
        await using var morgan = database.CreateDbContext();
        var ashas = await asha.Contacts.SingleAsync(c => c.Id == receipt.ContactId, ct);
        var morgans = await morgan.Contacts.SingleAsync(c => c.Id == receipt.ContactId, ct);
        ashas.AssignTo(Advisor.Id, Advisor.Name!, clock.GetUtcNow(), Advisor);
        await asha.SaveChangesAsync(ct);
        morgans.MoveToQueue("mash", "Safeguarding", clock.GetUtcNow(), Manager);
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => morgan.SaveChangesAsync(ct));

        // Through the service, from a page showing the old version: refused, told what changed, nothing written.
        await using var late = database.CreateDbContext();
        var refused = await Assert.ThrowsAsync<ContactChangedException>(() => Work(late, clock).TransferAsync(receipt.ContactId, seen, "mash", "Safeguarding", Manager, ct));
        Assert.Equal(seen + 1, refused.CurrentVersion);
        var change = Assert.Single(refused.ChangesSince);
        Assert.Equal((ContactEventKind.Assigned, "Asha Advisor"), (change.Kind, change.ActorDisplayName));

        await using var read = database.CreateDbContext();
        var saved = await read.Contacts.AsNoTracking().SingleAsync(c => c.Id == receipt.ContactId, ct);
        Assert.Equal(("tier-1", "advisor-1"), (saved.QueueKey, saved.AssignedToId));

        // Trying again with the version now shown works.
        await using var retry = database.CreateDbContext();
        var moved = await Work(retry, clock).TransferAsync(receipt.ContactId, refused.CurrentVersion, "mash", "Safeguarding", Manager, ct);
        Assert.Equal("mash", moved.QueueKey);
    }

    [Theory]
    [BothProviders]
    public async Task Transfer_UnknownQueueOrNoReason_IsRefused_AndNothingChanges(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var clock = IntakeTestKit.Clock();
        var receipt = await IntakeTestKit.Intake(db, clock).ReceiveAndProcessAsync(IntakeTestKit.Submission(), ct);
        var version = (await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == receipt.ContactId, ct)).Version;

        await using var work = database.CreateDbContext();
        Assert.Equal("QueueKey", (await Assert.ThrowsAsync<DomainValidationException>(() => Work(work, clock).TransferAsync(receipt.ContactId, version, "nowhere", "why", Manager, ct))).Field);
        Assert.Equal("Reason", (await Assert.ThrowsAsync<DomainValidationException>(() => Work(work, clock).TransferAsync(receipt.ContactId, version, "tier-2", " ", Manager, ct))).Field);
        Assert.Equal("QueueKey", (await Assert.ThrowsAsync<DomainValidationException>(() => Work(work, clock).TransferAsync(receipt.ContactId, version, "tier-1", "again", Manager, ct))).Field);
        Assert.Equal(version, (await work.Contacts.AsNoTracking().SingleAsync(c => c.Id == receipt.ContactId, ct)).Version);
    }
}
