using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Contacts.PersonMatching;
using FrontDoor.Core.Contacts.Timeline;
using FrontDoor.Core.Data;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.Tests.Contacts.Intake;

/// <summary>Several nodes sweep the same contacts table: each contact is claimed by one of them, and failures back off.</summary>
public sealed class ContactClaimsTests
{
    [Theory]
    [BothProviders]
    public async Task ClaimDue_TwoNodesRacing_NeverClaimTheSameContact(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var ids = await SeedStuckAsync(database, clock, 60, ct);

        async Task<List<Guid>> ClaimAll(string node)
        {
            await using var db = database.CreateDbContext();
            var intake = IntakeTestKit.Intake(db, clock);
            var mine = new List<Guid>();
            IReadOnlyList<Guid> batch;
            do
            {
                batch = await intake.ClaimDueAsync(node, 7, ct);
                mine.AddRange(batch);
            }
            while (batch.Count > 0);

            return mine;
        }

        var claims = await Task.WhenAll(Task.Run(() => ClaimAll("node-a"), ct), Task.Run(() => ClaimAll("node-b"), ct));

        Assert.Empty(claims[0].Intersect(claims[1]));
        Assert.Equal(ids.Order(), claims[0].Concat(claims[1]).Order());
        await using var check = database.CreateDbContext();
        var contacts = await check.Contacts.AsNoTracking().ToListAsync(ct);
        Assert.All(contacts, c => Assert.Equal(1, c.ProcessingAttempts));
        Assert.All(contacts, c => Assert.Equal(claims[0].Contains(c.Id) ? "node-a" : "node-b", c.LeaseOwner));
    }

    [Theory]
    [BothProviders]
    public async Task ClaimDue_WhenTheClaimingNodeDies_AnotherNodeTakesTheContactOnceTheLeaseExpires(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var id = Assert.Single(await SeedStuckAsync(database, clock, 1, ct));
        await using var db = database.CreateDbContext();
        var intake = IntakeTestKit.Intake(db, clock, options: new IntakeOptions { ProcessingLease = TimeSpan.FromMinutes(5) });

        Assert.Equal([id], await intake.ClaimDueAsync("node-a", 10, ct));
        clock.Advance(TimeSpan.FromMinutes(4));
        Assert.Empty(await intake.ClaimDueAsync("node-b", 10, ct));
        clock.Advance(TimeSpan.FromMinutes(2));

        // node-a never came back: node-b takes the contact over and processes it, once.
        Assert.Equal(1, await intake.ProcessStuckAsync(10, "node-b", ct));

        await using var check = database.CreateDbContext();
        var contact = await check.Contacts.AsNoTracking().SingleAsync(ct);
        Assert.Equal((ContactStatus.Open, 2, null), (contact.Status, contact.ProcessingAttempts, contact.LeaseOwner));
        Assert.Equal(1, await check.ContactTimelineEntries.CountAsync(e => e.Kind == TimelineEntryKind.StatusChanged && e.Text == "Processed and opened.", ct));
    }

    [Theory]
    [BothProviders]
    public async Task ProcessStuck_WhenTheClaimRunsOutMidWork_TheSlowNodesSaveIsDroppedAndTheContactIsProcessedOnce(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        await SeedStuckAsync(database, clock, 1, ct);
        var gate = new GatedMatcher();
        await using var slowDb = database.CreateDbContext();
        await using var otherDb = database.CreateDbContext();

        // node-a claims and stalls in matching past its lease; node-b takes the contact over and opens it.
        var slow = Task.Run(() => IntakeTestKit.Intake(slowDb, clock, gate).ProcessStuckAsync(10, "node-a", ct), ct);
        await gate.Entered.Task.WaitAsync(TimeSpan.FromSeconds(20), ct);
        clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(1, await IntakeTestKit.Intake(otherDb, clock).ProcessStuckAsync(10, "node-b", ct));
        gate.Release.SetResult();
        Assert.Equal(1, await slow);

        await using var check = database.CreateDbContext();
        var contact = await check.Contacts.AsNoTracking().SingleAsync(ct);
        Assert.Equal((ContactStatus.Open, 2), (contact.Status, contact.ProcessingAttempts));
        Assert.Equal(1, await check.ContactTimelineEntries.CountAsync(e => e.Kind == TimelineEntryKind.Matched, ct));
        Assert.Equal(1, await check.ContactTimelineEntries.CountAsync(e => e.Kind == TimelineEntryKind.StatusChanged, ct));
    }

    [Theory]
    [BothProviders]
    public async Task Process_WhenItKeepsFailing_IsRetriedWithBackOffThenLeftForAPersonWithTheLastError(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var options = new IntakeOptions { MaxProcessingAttempts = 3, FirstRetryAfter = TimeSpan.FromMinutes(1) };
        await using var db = database.CreateDbContext();
        var failing = IntakeTestKit.Intake(db, clock, new BrokenMatcher(), options);

        var receipt = await failing.ReceiveAndProcessAsync(IntakeTestKit.Submission(), ct);

        var contact = await ReadAsync(database, receipt.ContactId, ct);
        Assert.Equal((ContactStatus.NeedsAttention, 1), (contact.Status, contact.ProcessingAttempts));
        Assert.InRange(contact.NextAttemptAt!.Value, clock.GetUtcNow().AddMinutes(1), clock.GetUtcNow().AddMinutes(1.2));
        Assert.Contains("attempt 1 of 3", contact.AttentionReason, StringComparison.Ordinal);

        // Not due yet; then due after a minute, fails again and waits twice as long.
        Assert.Equal(0, await failing.ProcessStuckAsync(10, "node-a", ct));
        clock.Advance(TimeSpan.FromSeconds(73));
        Assert.Equal(1, await failing.ProcessStuckAsync(10, "node-a", ct));
        contact = await ReadAsync(database, receipt.ContactId, ct);
        Assert.Equal(2, contact.ProcessingAttempts);
        Assert.InRange(contact.NextAttemptAt!.Value, clock.GetUtcNow().AddMinutes(2), clock.GetUtcNow().AddMinutes(2.4));
        Assert.Null(contact.LeaseOwner);

        clock.Advance(TimeSpan.FromSeconds(145));
        Assert.Equal(1, await failing.ProcessStuckAsync(10, "node-b", ct));

        // The third attempt was the last: it stays on the list with the last error and the count, and is not retried.
        contact = await ReadAsync(database, receipt.ContactId, ct);
        Assert.Equal((ContactStatus.NeedsAttention, 3, null), (contact.Status, contact.ProcessingAttempts, contact.NextAttemptAt));
        Assert.Contains("match step: TimeoutException", contact.AttentionReason, StringComparison.Ordinal);
        Assert.Contains("tried 3 times", contact.AttentionReason, StringComparison.Ordinal);
        clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await failing.ProcessStuckAsync(10, "node-a", ct));
        var listed = Assert.Single(await failing.ListNeedingAttentionAsync(cancellationToken: ct));
        Assert.Equal((3, (DateTimeOffset?)null), (listed.Attempts, listed.NextAttemptAt));

        // Staff fix the cause and process it again: the count starts afresh.
        await using var fixedDb = database.CreateDbContext();
        Assert.Equal(ContactStatus.Open, await IntakeTestKit.Intake(fixedDb, clock, options: options).ReprocessAsync(receipt.ContactId, "advisor.one", ct));
        contact = await ReadAsync(database, receipt.ContactId, ct);
        Assert.Equal((ContactStatus.Open, 1, null), (contact.Status, contact.ProcessingAttempts, contact.AttentionReason));
    }

    [Theory]
    [BothProviders]
    public async Task ProcessStuck_AContactWhoseEveryAttemptDiedWithItsNode_IsLeftForAPersonAfterTheLastAttempt(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var options = new IntakeOptions { MaxProcessingAttempts = 2, ProcessingLease = TimeSpan.FromMinutes(1) };
        await SeedStuckAsync(database, clock, 1, ct);
        await using var db = database.CreateDbContext();
        var intake = IntakeTestKit.Intake(db, clock, options: options);

        // Two claims whose nodes crashed before finishing.
        Assert.Single(await intake.ClaimDueAsync("node-a", 10, ct));
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Single(await intake.ClaimDueAsync("node-b", 10, ct));
        clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(1, await intake.ProcessStuckAsync(10, "node-c", ct));

        await using var check = database.CreateDbContext();
        var contact = await check.Contacts.AsNoTracking().SingleAsync(ct);
        Assert.Equal((ContactStatus.NeedsAttention, null), (contact.Status, contact.NextAttemptAt));
        Assert.Contains("started 2 times and never finished", contact.AttentionReason, StringComparison.Ordinal);
    }

    [Fact]
    public void RetryWait_DoublesFromTheFirstWait_WithUpToAFifthJitter_AndStopsGrowingAtAnHour()
    {
        var options = new IntakeOptions { FirstRetryAfter = TimeSpan.FromMinutes(1) };

        Assert.Equal([1, 2, 4, 8, 16], Enumerable.Range(1, 5).Select(n => options.RetryWait(n, jitter: 0).TotalMinutes));
        Assert.Equal(TimeSpan.FromMinutes(4.8), options.RetryWait(3, jitter: 1));
        Assert.Equal(TimeSpan.FromHours(1), options.RetryWait(20, jitter: 0));
    }

    private static async Task<Contact> ReadAsync(TestDatabase database, Guid id, CancellationToken ct)
    {
        await using var db = database.CreateDbContext();
        return await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == id, ct);
    }

    /// <summary>Contacts received an hour ago whose node stopped before processing them.</summary>
    private static async Task<List<Guid>> SeedStuckAsync(TestDatabase database, TimeProvider clock, int count, CancellationToken ct)
    {
        await using var db = database.CreateDbContext();
        var intake = IntakeTestKit.Intake(db, clock);
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var receipt = await intake.ReceiveAsync(IntakeTestKit.Submission($"Contact {i}: Mrs Smith fell at home.") with { ReceivedAt = clock.GetUtcNow().AddHours(-1) }, ct);
            ids.Add(receipt.ContactId);
        }

        return ids;
    }

    /// <summary>A matcher that waits, inside processing, until the test lets it go.</summary>
    private sealed class GatedMatcher : IContactPersonMatcher
    {
        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task<ContactMatchOutcome> MatchAsync(ReportedPerson reported, CancellationToken cancellationToken)
        {
            Entered.TrySetResult();
            await Release.Task.WaitAsync(cancellationToken);
            return ContactMatchOutcome.NoMatch("{}");
        }
    }
}
