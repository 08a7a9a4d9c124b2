using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Data;
using FrontDoor.Core.Tests.Contacts;
using FrontDoor.Core.Triage;
using FrontDoor.Core.Triage.Flows;
using FrontDoor.Core.Triage.Priority;
using FrontDoor.Core.WorkQueues;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FrontDoor.Core.Tests.Triage.Priority;

public sealed class ContactPrioritiserTests
{
    private static readonly TriageOptions Targets = new();

    [Theory]
    [BothProviders]
    public async Task Arrival_InDangerNow_IsUrgent_DueFourHoursAfterArrival_WithItsReasonAndEvent(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var clock = IntakeTestKit.Clock();
        var submission = IntakeTestKit.Submission() with { ImmediateRisk = new ImmediateRisk(InDangerNow: true, Details: "Fire in the kitchen") };

        var receipt = await IntakeTestKit.Intake(db, clock).ReceiveAndProcessAsync(submission, ct);

        var contact = await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == receipt.ContactId, ct);
        Assert.Equal(TriagePriority.Urgent, contact.Priority);
        Assert.Equal(contact.ReceivedAt + Targets.ResponseTargets.Urgent, contact.DueAt);
        Assert.False(string.IsNullOrEmpty(contact.PriorityReasons));
        var set = await db.ContactEvents.AsNoTracking().SingleAsync(e => e.ContactId == contact.Id && e.Kind == ContactEventKind.PriorityChanged, ct);
        Assert.Equal(((string?)null, "Urgent", contact.PriorityReasons), (set.From, set.To, set.Reason));
    }

    [Fact]
    public void DueAt_RaisedLater_CountsFromNow_ButNeverLaterThanTheFirstPromise()
    {
        var prioritiser = new ContactPrioritiser(Options.Create(Targets));
        var received = IntakeTestKit.Now;
        var contact = new Contact(Guid.CreateVersion7(), ContactReference.New(), ContactChannel.Phone, ContactSource.Self, received, "Help at home");
        contact.Open(received);
        contact.PrioritiseByRules(TriagePriority.Medium, ["No risk known yet"], prioritiser.DueAt(contact, TriagePriority.Medium, received), received);
        Assert.Equal(received + Targets.ResponseTargets.Medium, contact.DueAt);

        var dayLater = received.AddDays(1);
        Assert.Equal(dayLater + Targets.ResponseTargets.Urgent, prioritiser.DueAt(contact, TriagePriority.Urgent, dayLater));
        Assert.Equal(received + Targets.ResponseTargets.Medium, prioritiser.DueAt(contact, TriagePriority.Low, dayLater));
    }

    [Theory]
    [BothProviders]
    public async Task Review_FillsQueueAndPriorityForOlderOpenContacts_AndLeavesOverriddenOnesAndThoseProcessingOwnsAlone(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var now = clock.GetUtcNow();
        var older = new Contact(Guid.CreateVersion7(), ContactReference.New(), ContactChannel.Phone, ContactSource.Self, now.AddDays(-2), "Help at home");
        older.Open(now.AddDays(-2));
        var overridden = new Contact(Guid.CreateVersion7(), ContactReference.New(), ContactChannel.Phone, ContactSource.Self, now.AddDays(-2), "Help at home");
        overridden.Open(now.AddDays(-2));
        overridden.MoveToQueue("tier-2", "Moved", now, ContactEvent.System);
        overridden.OverridePriority(TriagePriority.Low, "Family visiting daily", now.AddDays(5), now, ContactEvent.System);
        // Processing failed: it queues and prioritises the contact when a retry opens it; a save here would look like a lost claim.
        var failed = new Contact(Guid.CreateVersion7(), ContactReference.New(), ContactChannel.Email, ContactSource.Police, now.AddDays(-1), "Welfare concern");
        failed.NeedsAttention("Processing stopped at the match step: TimeoutException", now.AddDays(-1));
        await using (var db = database.CreateDbContext())
        {
            db.AddRange(older, overridden, failed);
            await db.SaveChangesAsync(ct);
        }

        await using (var db = database.CreateDbContext())
        {
            var changed = await new PriorityReview(clock).ReviewAsync(db, new ContactPrioritiser(Options.Create(Targets)), new WorkQueueCatalogue(Options.Create(new WorkQueueOptions())), new TriageFlowCatalogue(db, new TriageFlows(), new ParsedFlowVersions(), clock, NullLogger<TriageFlowCatalogue>.Instance), ct);
            Assert.Equal(1, changed);
        }

        await using var read = database.CreateDbContext();
        var filled = await read.Contacts.AsNoTracking().SingleAsync(c => c.Id == older.Id, ct);
        Assert.Equal(("tier-1", (TriagePriority?)TriagePriority.Medium), (filled.QueueKey, filled.Priority));
        Assert.Equal(PriorityReview.BackfilledReason, (await read.ContactEvents.AsNoTracking().SingleAsync(e => e.ContactId == older.Id && e.Kind == ContactEventKind.QueueChanged, ct)).Reason);
        var kept = await read.Contacts.AsNoTracking().SingleAsync(c => c.Id == overridden.Id, ct);
        Assert.Equal((TriagePriority?)TriagePriority.Low, kept.Priority);
        var untouched = await read.Contacts.AsNoTracking().SingleAsync(c => c.Id == failed.Id, ct);
        Assert.Equal((null, null, failed.Version), (untouched.QueueKey, untouched.Priority, untouched.Version));
    }
}
