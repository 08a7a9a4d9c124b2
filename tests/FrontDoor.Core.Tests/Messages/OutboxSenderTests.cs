using System.Collections.Concurrent;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Data;
using FrontDoor.Core.Messages;
using FrontDoor.Core.Tests.Contacts;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FrontDoor.Core.Tests.Messages;

/// <summary>The outbox written with its cause and sent by the real sender, through a channel the test scripts.</summary>
public sealed class OutboxSenderTests
{
    [Theory]
    [BothProviders]
    public async Task SendDue_SendsEachMessageOnce_CarryingItsId_AndRecordsItSent(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var id = await OutboxTestKit.AddReceiptAsync(database, clock, ct);
        var channel = new ScriptedChannel();

        await using var db = database.CreateDbContext();
        Assert.Equal(1, await Sender(db, clock, channel).SendDueAsync(10, "node-a", ct));
        Assert.Equal(0, await Sender(db, clock, channel).SendDueAsync(10, "node-a", ct));

        Assert.Equal([id], channel.Sent);
        var message = await OutboxTestKit.ReadAsync(database, id, ct);
        Assert.Equal((MessageStatus.Sent, 1, "provider-" + id, clock.GetUtcNow(), null), (message.Status, message.Attempts, message.ProviderId, message.SentAt, message.LeaseOwner));
    }

    [Theory]
    [BothProviders]
    public async Task SendDue_WhenRefusedWith500Or429_RetriesWithDoublingBackOff_ThenSends(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var id = await OutboxTestKit.AddReceiptAsync(database, clock, ct);
        var channel = new ScriptedChannel(500, 429);
        var options = new MessagesOptions { FirstRetryAfter = TimeSpan.FromSeconds(30), MaxAttempts = 5 };
        await using var db = database.CreateDbContext();

        Assert.Equal(1, await Sender(db, clock, channel, options).SendDueAsync(10, "node-a", ct));
        var first = await OutboxTestKit.ReadAsync(database, id, ct);
        Assert.Equal(MessageStatus.Pending, first.Status);
        Assert.InRange(first.NextAttemptAt!.Value, clock.GetUtcNow().AddSeconds(30), clock.GetUtcNow().AddSeconds(36));
        Assert.Contains("status 500", first.LastError, StringComparison.Ordinal);

        // Not due before the wait; due after it, refused again (429) and waits twice as long.
        clock.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal(0, await Sender(db, clock, channel, options).SendDueAsync(10, "node-a", ct));
        clock.Advance(TimeSpan.FromSeconds(8));
        Assert.Equal(1, await Sender(db, clock, channel, options).SendDueAsync(10, "node-a", ct));
        var second = await OutboxTestKit.ReadAsync(database, id, ct);
        Assert.InRange(second.NextAttemptAt!.Value, clock.GetUtcNow().AddSeconds(60), clock.GetUtcNow().AddSeconds(72));
        Assert.Contains("status 429", second.LastError, StringComparison.Ordinal);

        clock.Advance(TimeSpan.FromSeconds(73));
        Assert.Equal(1, await Sender(db, clock, channel, options).SendDueAsync(10, "node-a", ct));
        var sent = await OutboxTestKit.ReadAsync(database, id, ct);
        Assert.Equal((MessageStatus.Sent, 3, null), (sent.Status, sent.Attempts, sent.LastError));
        Assert.Equal([id, id, id], channel.Tried);
    }

    [Theory]
    [BothProviders]
    public async Task SendDue_WhenRefusedWith400_FailsAtOnceWithTheReason(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var id = await OutboxTestKit.AddReceiptAsync(database, clock, ct);
        var channel = new ScriptedChannel(400);
        await using var db = database.CreateDbContext();

        await Sender(db, clock, channel).SendDueAsync(10, "node-a", ct);
        clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(0, await Sender(db, clock, channel).SendDueAsync(10, "node-a", ct));

        var message = await OutboxTestKit.ReadAsync(database, id, ct);
        Assert.Equal((MessageStatus.Failed, 1, null), (message.Status, message.Attempts, message.NextAttemptAt));
        Assert.Contains("status 400", message.LastError, StringComparison.Ordinal);
        Assert.Contains("not retried", message.LastError, StringComparison.Ordinal);
        Assert.Single(channel.Tried);
    }

    [Theory]
    [BothProviders]
    public async Task SendDue_WhenTimingOutEveryTime_FailsAfterMaxAttempts(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var id = await OutboxTestKit.AddReceiptAsync(database, clock, ct);
        var channel = new ScriptedChannel(0, 0, 0, 0);
        var options = new MessagesOptions { MaxAttempts = 3 };
        await using var db = database.CreateDbContext();

        for (var i = 0; i < 5; i++)
        {
            await Sender(db, clock, channel, options).SendDueAsync(10, "node-a", ct);
            clock.Advance(TimeSpan.FromHours(1.5));
        }

        var message = await OutboxTestKit.ReadAsync(database, id, ct);
        Assert.Equal((MessageStatus.Failed, 3), (message.Status, message.Attempts));
        Assert.Contains("did not answer in time", message.LastError, StringComparison.Ordinal);
        Assert.Equal(3, channel.Tried.Count);
    }

    [Theory]
    [BothProviders]
    public async Task Add_WhenTheChangeThatCausedItIsRolledBack_TheMessageIsNeverSent(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        await using (var db = database.CreateDbContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            new Outbox(db, clock).Add(MessageKind.NotifyEmail, "request-received", "someone@example.org", new Dictionary<string, string> { ["reference"] = "X" }, null);
            await db.SaveChangesAsync(ct);
            await transaction.RollbackAsync(ct);
        }

        var channel = new ScriptedChannel();
        await using var check = database.CreateDbContext();
        Assert.Equal(0, await Sender(check, clock, channel).SendDueAsync(10, "node-a", ct));
        Assert.Empty(channel.Tried);
        Assert.Equal(0, await check.OutboxMessages.CountAsync(ct));
    }

    [Theory]
    [BothProviders]
    public async Task SendDue_TwoNodesRacingOver400Messages_SendEachOnce(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        await using (var db = database.CreateDbContext())
        {
            var outbox = new Outbox(db, clock);
            for (var i = 0; i < 400; i++)
            {
                outbox.Add(MessageKind.NotifySms, "request-received", "07700900" + (i % 1000).ToString("000", System.Globalization.CultureInfo.InvariantCulture), new Dictionary<string, string> { ["reference"] = $"R{i}" }, null);
            }

            await db.SaveChangesAsync(ct);
        }

        var channel = new ScriptedChannel();

        async Task SendAll(string node)
        {
            await using var db = database.CreateDbContext();
            while (await Sender(db, clock, channel).SendDueAsync(25, node, ct) > 0)
            {
            }
        }

        await Task.WhenAll(Task.Run(() => SendAll("node-a"), ct), Task.Run(() => SendAll("node-b"), ct));

        Assert.Equal(400, channel.Tried.Count);
        Assert.Equal(400, channel.Tried.Distinct().Count());
        await using var check = database.CreateDbContext();
        Assert.Equal(400, await check.OutboxMessages.CountAsync(m => m.Status == MessageStatus.Sent && m.Attempts == 1, ct));
    }

    [Theory]
    [BothProviders]
    public async Task SendDue_WhenTheClaimingNodeDiesMidSend_AnotherNodeSendsItWithTheSameIdOnceTheLeaseExpires(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var id = await OutboxTestKit.AddReceiptAsync(database, clock, ct);
        var options = new MessagesOptions { SendLease = TimeSpan.FromMinutes(2) };
        var channel = new ScriptedChannel();
        await using var db = database.CreateDbContext();

        // node-a claims the message and never records anything (it died while sending).
        Assert.Equal([id], await Sender(db, clock, channel, options).ClaimDueAsync("node-a", 10, ct));
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(0, await Sender(db, clock, channel, options).SendDueAsync(10, "node-b", ct));
        clock.Advance(TimeSpan.FromMinutes(1.5));
        Assert.Equal(1, await Sender(db, clock, channel, options).SendDueAsync(10, "node-b", ct));

        Assert.Equal([id], channel.Sent);
        var message = await OutboxTestKit.ReadAsync(database, id, ct);
        Assert.Equal((MessageStatus.Sent, 2, null), (message.Status, message.Attempts, message.LeaseOwner));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public async Task SendDue_SendsUpToSendConcurrencyOfTheBatchAtOnce_AndRecordsEveryOutcome(int concurrency)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Postgres);
        var clock = IntakeTestKit.Clock();
        var ids = new List<Guid>();
        for (var i = 0; i < 8; i++)
        {
            ids.Add(await OutboxTestKit.AddReceiptAsync(database, clock, ct));
        }

        // Each send waits long enough for every send allowed at once to have started.
        var channel = new OverlapChannel(TimeSpan.FromMilliseconds(500));
        await using var db = database.CreateDbContext();

        Assert.Equal(8, await Sender(db, clock, channel, new MessagesOptions { SendConcurrency = concurrency }).SendDueAsync(10, "node-a", ct));

        Assert.Equal(concurrency, channel.MostAtOnce);
        foreach (var id in ids)
        {
            var message = await OutboxTestKit.ReadAsync(database, id, ct);
            Assert.Equal((MessageStatus.Sent, 1, "provider-" + id, null), (message.Status, message.Attempts, message.ProviderId, message.LeaseOwner));
        }
    }

    [Fact]
    public void Options_OutOfRange_AreRefusedWithTheSettingNamed()
    {
        var wrong = new MessagesOptions { MaxAttempts = 0, SendLease = TimeSpan.FromSeconds(1), SendInterval = TimeSpan.Zero, FirstRetryAfter = TimeSpan.FromHours(2), SendConcurrency = 0 };

        var errors = wrong.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(wrong)).Select(e => e.ErrorMessage).ToList();

        Assert.Equal(5, errors.Count);
        Assert.Contains(errors, e => e!.StartsWith("Messages:MaxAttempts", StringComparison.Ordinal));
        Assert.Contains("Messages:SendConcurrency must be between 1 and 32.", errors);
        Assert.Empty(new MessagesOptions().Validate(new System.ComponentModel.DataAnnotations.ValidationContext(new MessagesOptions())));
    }

    private static OutboxSender Sender(FrontDoorDbContext db, TimeProvider clock, IMessageChannel channel, MessagesOptions? options = null)
    {
        db.ChangeTracker.Clear();
        return new OutboxSender(db, clock, [channel], Options.Create(options ?? new MessagesOptions()), NullLogger<OutboxSender>.Instance);
    }

    /// <summary>
    /// A channel whose answers the test sets: each number in turn is a refusal with that status (0 for a timeout),
    /// then it accepts everything.
    /// </summary>
    private sealed class ScriptedChannel(params int[] failures) : IMessageChannel
    {
        private readonly ConcurrentQueue<int> _failures = new(failures);

        public ConcurrentQueue<Guid> TriedQueue { get; } = new();

        public List<Guid> Tried => [.. TriedQueue];

        public List<Guid> Sent { get; } = [];

        public IReadOnlyCollection<MessageKind> Kinds => [MessageKind.NotifyEmail, MessageKind.NotifySms];

        public Task<string?> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
        {
            TriedQueue.Enqueue(message.Id);
            if (_failures.TryDequeue(out var status))
            {
                throw status == 0 ? new TimeoutException() : new MessageRefusedException(status, "scripted refusal");
            }

            lock (Sent)
            {
                Sent.Add(message.Id);
            }

            return Task.FromResult<string?>("provider-" + message.Id);
        }
    }

    /// <summary>Accepts everything after a wait, counting the most sends it had in hand at once.</summary>
    private sealed class OverlapChannel(TimeSpan wait) : IMessageChannel
    {
        private int _inHand;
        private int _mostAtOnce;

        public int MostAtOnce => Volatile.Read(ref _mostAtOnce);

        public IReadOnlyCollection<MessageKind> Kinds => [MessageKind.NotifyEmail, MessageKind.NotifySms];

        public async Task<string?> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
        {
            var now = Interlocked.Increment(ref _inHand);
            int most;
            while (now > (most = Volatile.Read(ref _mostAtOnce)) && Interlocked.CompareExchange(ref _mostAtOnce, now, most) != most)
            {
            }

            await Task.Delay(wait, cancellationToken);
            Interlocked.Decrement(ref _inHand);
            return "provider-" + message.Id;
        }
    }
}
