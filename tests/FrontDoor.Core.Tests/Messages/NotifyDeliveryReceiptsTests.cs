using FrontDoor.Core.Audit;
using FrontDoor.Core.Data;
using FrontDoor.Core.Messages;
using FrontDoor.Core.Messages.Notify;
using FrontDoor.Core.Tests.Contacts;
using FrontDoor.TestCommon.Databases;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FrontDoor.Core.Tests.Messages;

/// <summary>Notify's delivery receipts recorded on messages the real sender sent: delivered, failed with a reason, never backwards.</summary>
public sealed class NotifyDeliveryReceiptsTests
{
    [Theory]
    [BothProviders]
    public async Task Delivered_MarksTheSentMessageDeliveredAtThatTime_AndARepeatChangesNothing(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var id = await SentReceiptAsync(database, clock, ct);
        clock.Advance(TimeSpan.FromMinutes(3));
        var deliveredAt = clock.GetUtcNow();

        Assert.Equal(DeliveryReceiptResult.Recorded, await RecordAsync(database, clock, id, DeliveryOutcome.Delivered, ct));
        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(DeliveryReceiptResult.Unchanged, await RecordAsync(database, clock, id, DeliveryOutcome.Delivered, ct));

        var message = await OutboxTestKit.ReadAsync(database, id, ct);
        Assert.Equal((MessageStatus.Delivered, deliveredAt, null), (message.Status, message.UpdatedAt, message.LastError));
        Assert.Equal(deliveredAt, ContactMessage.Of(message).StatusAt);
    }

    [Theory]
    [BothProviders]
    public async Task EachFailure_FailsTheMessageWithItsReason_AndARepeatChangesNothing(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var expected = new Dictionary<DeliveryOutcome, string>
        {
            [DeliveryOutcome.PermanentFailure] = "the email address or phone number does not exist or is not accepted",
            [DeliveryOutcome.TemporaryFailure] = "the inbox was full or the phone was off for 72 hours",
            [DeliveryOutcome.TechnicalFailure] = "Notify could not send it",
        };

        foreach (var (outcome, reason) in expected)
        {
            var id = await SentReceiptAsync(database, clock, ct);
            Assert.Equal(DeliveryReceiptResult.Recorded, await RecordAsync(database, clock, id, outcome, ct));
            Assert.Equal(DeliveryReceiptResult.Unchanged, await RecordAsync(database, clock, id, outcome, ct));

            var message = await OutboxTestKit.ReadAsync(database, id, ct);
            Assert.Equal(MessageStatus.Failed, message.Status);
            Assert.Contains(reason, message.LastError, StringComparison.Ordinal);
            Assert.DoesNotContain("someone@example.org", message.LastError, StringComparison.Ordinal);
        }
    }

    [Theory]
    [BothProviders]
    public async Task Failure_AfterDelivered_ChangesNothing_ButDelivered_AfterAFailure_Wins(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var delivered = await SentReceiptAsync(database, clock, ct);
        var failedFirst = await SentReceiptAsync(database, clock, ct);

        await RecordAsync(database, clock, delivered, DeliveryOutcome.Delivered, ct);
        Assert.Equal(DeliveryReceiptResult.Unchanged, await RecordAsync(database, clock, delivered, DeliveryOutcome.PermanentFailure, ct));
        await RecordAsync(database, clock, failedFirst, DeliveryOutcome.TemporaryFailure, ct);
        Assert.Equal(DeliveryReceiptResult.Recorded, await RecordAsync(database, clock, failedFirst, DeliveryOutcome.Delivered, ct));

        Assert.Equal((MessageStatus.Delivered, null), ((await OutboxTestKit.ReadAsync(database, delivered, ct)).Status, (await OutboxTestKit.ReadAsync(database, delivered, ct)).LastError));
        Assert.Equal((MessageStatus.Delivered, null), ((await OutboxTestKit.ReadAsync(database, failedFirst, ct)).Status, (await OutboxTestKit.ReadAsync(database, failedFirst, ct)).LastError));
    }

    [Theory]
    [BothProviders]
    public async Task Failure_AfterAnAdministratorSentItAgain_LeavesTheNewAttemptAlone(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var id = await SentReceiptAsync(database, clock, ct);
        await RecordAsync(database, clock, id, DeliveryOutcome.PermanentFailure, ct);
        await using (var db = database.CreateDbContext())
        {
            Assert.Equal(OutboxActionOutcome.Done, await new OutboxAdministration(db, clock).RetryAsync(id, AuditActor.FromId("test-administrator"), ct));
        }

        // The first send's receipt, repeated by Notify after the retry was asked for.
        Assert.Equal(DeliveryReceiptResult.Unchanged, await RecordAsync(database, clock, id, DeliveryOutcome.PermanentFailure, ct));

        Assert.Equal(MessageStatus.Pending, (await OutboxTestKit.ReadAsync(database, id, ct)).Status);
    }

    [Theory]
    [BothProviders]
    public async Task Receipt_ForAMessageBeingSent_AsksForItAgainLater_AndChangesNothing(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var id = await OutboxTestKit.AddReceiptAsync(database, clock, ct);
        await using (var db = database.CreateDbContext())
        {
            Assert.Equal([id], await Sender(db, clock).ClaimDueAsync("node-a", 10, ct));
        }

        Assert.Equal(DeliveryReceiptResult.StillSending, await RecordAsync(database, clock, id, DeliveryOutcome.Delivered, ct));

        var message = await OutboxTestKit.ReadAsync(database, id, ct);
        Assert.Equal((MessageStatus.Sending, "node-a"), (message.Status, message.LeaseOwner));
    }

    [Theory]
    [BothProviders]
    public async Task Receipt_WithAnUnknownReference_IsNotFound(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        await SentReceiptAsync(database, clock, ct);

        Assert.Equal(DeliveryReceiptResult.NotFound, await RecordAsync(database, clock, Guid.CreateVersion7(), DeliveryOutcome.Delivered, ct));
    }

    private static async Task<DeliveryReceiptResult> RecordAsync(TestDatabase database, FakeTimeProvider clock, Guid reference, DeliveryOutcome outcome, CancellationToken ct)
    {
        await using var db = database.CreateDbContext();
        return await new NotifyDeliveryReceipts(db, clock, NullLogger<NotifyDeliveryReceipts>.Instance).RecordAsync(reference, outcome, ct);
    }

    /// <summary>A receipt written with its contact and sent by the real sender through a channel that accepts it.</summary>
    private static async Task<Guid> SentReceiptAsync(TestDatabase database, FakeTimeProvider clock, CancellationToken ct)
    {
        var id = await OutboxTestKit.AddReceiptAsync(database, clock, ct);
        await using var db = database.CreateDbContext();
        Assert.Equal(1, await Sender(db, clock).SendDueAsync(10, "node-a", ct));
        Assert.Equal(MessageStatus.Sent, (await OutboxTestKit.ReadAsync(database, id, ct)).Status);
        return id;
    }

    private static OutboxSender Sender(FrontDoorDbContext db, TimeProvider clock) =>
        new(db, clock, [new AcceptingChannel()], Options.Create(new MessagesOptions()), NullLogger<OutboxSender>.Instance);

    private sealed class AcceptingChannel : IMessageChannel
    {
        public IReadOnlyCollection<MessageKind> Kinds => [MessageKind.NotifyEmail, MessageKind.NotifySms];

        public Task<string?> SendAsync(OutboxMessage message, CancellationToken cancellationToken) => Task.FromResult<string?>("notify-" + message.Id);
    }
}
