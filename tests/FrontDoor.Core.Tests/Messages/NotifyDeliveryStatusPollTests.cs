using FrontDoor.Core.Data;
using FrontDoor.Core.Messages;
using FrontDoor.Core.Messages.Notify;
using FrontDoor.Core.Tests.Contacts;
using FrontDoor.TestCommon.Databases;
using FrontDoor.TestCommon.Notify;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FrontDoor.Core.Tests.Messages;

/// <summary>
/// Without Notify's callback, the poll asks the fake Notify on loopback (through the official client) how each sent
/// message stands and records the answer as a callback would.
/// </summary>
public sealed class NotifyDeliveryStatusPollTests
{
    [Theory]
    [BothProviders]
    public async Task Poll_MovesSentToDeliveredAtNotifysTime_AndSentToFailedWithTheReason_AndLeavesSendingAsSent(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var notify = await FakeNotify.StartAsync();
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        using var services = OutboxTestKit.Services(database, clock, notify.Configuration());
        var delivered = await OutboxTestKit.AddReceiptAsync(database, clock, ct, NotifyTemplates.RequestReceivedEmail, "one@example.org");
        var refused = await OutboxTestKit.AddReceiptAsync(database, clock, ct, NotifyTemplates.RequestReceivedSms, "07700 900123");
        var sending = await OutboxTestKit.AddReceiptAsync(database, clock, ct, NotifyTemplates.RequestReceivedEmail, "three@example.org");
        Assert.Equal(3, await OutboxTestKit.SendDueAsync(services, ct));

        clock.Advance(TimeSpan.FromMinutes(2));
        var completedAt = clock.GetUtcNow();
        notify.ReportStatus(await NotificationIdAsync(database, delivered, ct), "delivered", completedAt);
        notify.ReportStatus(await NotificationIdAsync(database, refused, ct), "permanent-failure", completedAt);
        clock.Advance(TimeSpan.FromMinutes(3));

        Assert.Equal(new NotifyStatusPollResult(Asked: 3, Recorded: 2, StillSending: 1, Unknown: 0, Interrupted: false), await PollAsync(services, ct));

        var deliveredMessage = await OutboxTestKit.ReadAsync(database, delivered, ct);
        Assert.Equal((MessageStatus.Delivered, completedAt), (deliveredMessage.Status, deliveredMessage.DeliveredAt));
        Assert.Equal(completedAt, ContactMessage.Of(deliveredMessage).StatusAt);
        var refusedMessage = await OutboxTestKit.ReadAsync(database, refused, ct);
        Assert.Equal((MessageStatus.Failed, DeliveryOutcomes.Reason(DeliveryOutcome.PermanentFailure)), (refusedMessage.Status, refusedMessage.LastError));
        Assert.Equal(MessageStatus.Sent, (await OutboxTestKit.ReadAsync(database, sending, ct)).Status);
        Assert.Equal(3, notify.StatusRequests.Count);

        // Only the message still sending is asked about again.
        notify.ReportStatus(await NotificationIdAsync(database, sending, ct), "temporary-failure");
        Assert.Equal(new NotifyStatusPollResult(1, 1, 0, 0, false), await PollAsync(services, ct));
        Assert.Equal(MessageStatus.Failed, (await OutboxTestKit.ReadAsync(database, sending, ct)).Status);
        Assert.Equal(4, notify.StatusRequests.Count);
    }

    [Theory]
    [BothProviders]
    public async Task Poll_AsksOnlyAboutMessagesSentWithinTheWindow(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var notify = await FakeNotify.StartAsync();
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        using var services = OutboxTestKit.Services(database, clock, new Dictionary<string, string?>(notify.Configuration()) { ["Messages:Notify:StatusPollWindow"] = "2.00:00:00" });
        var old = await OutboxTestKit.AddReceiptAsync(database, clock, ct);
        Assert.Equal(1, await OutboxTestKit.SendDueAsync(services, ct));
        clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromMinutes(1));

        Assert.Equal(new NotifyStatusPollResult(0, 0, 0, 0, false), await PollAsync(services, ct));
        Assert.Empty(notify.StatusRequests);
        Assert.Equal(MessageStatus.Sent, (await OutboxTestKit.ReadAsync(database, old, ct)).Status);
    }

    [Theory]
    [BothProviders]
    public async Task Poll_WhenNotifyAnswers429_StopsAtOnce_AndTheNextPollRecordsTheRest(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var notify = await FakeNotify.StartAsync();
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        using var services = OutboxTestKit.Services(database, clock, notify.Configuration());
        var first = await OutboxTestKit.AddReceiptAsync(database, clock, ct);
        var second = await OutboxTestKit.AddReceiptAsync(database, clock, ct);
        Assert.Equal(2, await OutboxTestKit.SendDueAsync(services, ct));
        notify.ReportStatus(await NotificationIdAsync(database, first, ct), "delivered");
        notify.ReportStatus(await NotificationIdAsync(database, second, ct), "delivered");
        notify.AnswerNextStatusWith(429);

        Assert.Equal(new NotifyStatusPollResult(1, 0, 0, 0, Interrupted: true), await PollAsync(services, ct));
        Assert.Single(notify.StatusRequests);

        Assert.Equal(new NotifyStatusPollResult(2, 2, 0, 0, false), await PollAsync(services, ct));
        Assert.Equal(MessageStatus.Delivered, (await OutboxTestKit.ReadAsync(database, first, ct)).Status);
        Assert.Equal(MessageStatus.Delivered, (await OutboxTestKit.ReadAsync(database, second, ct)).Status);
    }

    [Theory]
    [BothProviders]
    public async Task Poll_WithCallbacksConfigured_IsNotScheduled_AndAsksNotifyNothing(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var notify = await FakeNotify.StartAsync();
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var settings = new Dictionary<string, string?>(notify.Configuration()) { ["Messages:Notify:CallbackToken"] = new string('t', NotifyOptions.MinimumCallbackTokenLength) };
        using var services = OutboxTestKit.Services(database, clock, settings);
        var id = await OutboxTestKit.AddReceiptAsync(database, clock, ct);
        Assert.Equal(1, await OutboxTestKit.SendDueAsync(services, ct));
        notify.ReportStatus(await NotificationIdAsync(database, id, ct), "delivered");

        Assert.Null(services.GetService<NotifyDeliveryStatusPoll>());
        Assert.DoesNotContain(services.GetServices<IHostedService>(), s => s.GetType().GenericTypeArguments.Contains(typeof(NotifyDeliveryStatusPoll)));

        // Even run by hand, the poll leaves statuses to the callback.
        var poll = ActivatorUtilities.CreateInstance<NotifyDeliveryStatusPoll>(services);
        await using var scope = services.CreateAsyncScope();
        Assert.Null(await poll.PollOnceAsync(scope.ServiceProvider, ct));
        Assert.Empty(notify.StatusRequests);
        Assert.Equal(MessageStatus.Sent, (await OutboxTestKit.ReadAsync(database, id, ct)).Status);
    }

    private static async Task<NotifyStatusPollResult?> PollAsync(ServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        return await services.GetRequiredService<NotifyDeliveryStatusPoll>().PollOnceAsync(scope.ServiceProvider, ct);
    }

    private static async Task<Guid> NotificationIdAsync(TestDatabase database, Guid messageId, CancellationToken ct) =>
        Guid.Parse((await OutboxTestKit.ReadAsync(database, messageId, ct)).ProviderId!);
}
