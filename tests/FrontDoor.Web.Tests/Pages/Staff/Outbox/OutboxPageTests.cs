using System.Net;
using FrontDoor.Core.Audit;
using FrontDoor.Core.Data;
using FrontDoor.Core.Messages;
using FrontDoor.Core.Messages.Notify;
using FrontDoor.Core.Messages.Webhooks;
using FrontDoor.TestCommon.Databases;
using FrontDoor.TestCommon.Notify;
using FrontDoor.TestCommon.Webhooks;
using FrontDoor.Web.Tests.Hosting;
using FrontDoor.Web.Tests.Pages.Staff.Contacts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDoor.Web.Tests.Pages.Staff.Outbox;

/// <summary>Administrators' outbox page: failed messages with Notify's reason, sent again or cancelled, each on the audit trail.</summary>
public sealed class OutboxPageTests
{
    [Theory]
    [BothProviders]
    public async Task Failed_ShowsNotifysReason_AndSendAgain_IsAuditedAndSendsItWithTheSameId(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var notify = await FakeNotify.StartAsync();
        notify.AnswerNextWith(400);
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database, notify.Configuration());
        var (messageId, _) = await ReceiptAsync(app, database);
        await app.RunOutboxSendJobAsync(ct);
        using var admin = app.CreateBrowserLikeClient();
        (await admin.SignInAsDemoUserAsync("demo-administrator")).Dispose();

        var failed = await admin.GetStringAsync("/staff/outbox", ct);
        Assert.Contains("Failed (1)", failed, StringComparison.Ordinal);
        Assert.Contains("Can&#x27;t send to this recipient using a team-only API key", failed, StringComparison.Ordinal);
        Assert.Contains("request-received-email", failed, StringComparison.Ordinal);
        Assert.DoesNotContain("margaret@example.org", failed, StringComparison.Ordinal);

        using var retry = await admin.PostFormAsync("/staff/outbox", "/staff/outbox?status=Failed&handler=Retry", new Dictionary<string, string> { ["messageId"] = messageId.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, retry.StatusCode);
        Assert.Contains("The message will be sent again", await admin.GetStringAsync(retry.Headers.Location!.OriginalString, ct), StringComparison.Ordinal);
        await app.RunOutboxSendJobAsync(ct);

        Assert.Equal([400, 201], notify.Requests.Select(r => r.Status));
        Assert.All(notify.Requests, r => Assert.Equal(messageId.ToString("D"), r.Reference));
        await using var db = database.CreateDbContext();
        Assert.Equal(MessageStatus.Sent, (await db.OutboxMessages.AsNoTracking().SingleAsync(ct)).Status);
        var audit = await db.AuditEvents.AsNoTracking().Where(e => e.RecordType == nameof(OutboxMessage)).ToListAsync(ct);
        Assert.Contains(audit, e => e.Action == AuditAction.Updated && e.RecordId == messageId.ToString("D") && e.Actor == "demo-administrator" && e.Detail!.Contains("tried again", StringComparison.Ordinal));
        Assert.Contains(audit, e => e.Action == AuditAction.Searched && e.Actor == "demo-administrator");
    }

    [Theory]
    [BothProviders]
    public async Task Failed_AContactEvent_ShowsTheReceiversAnswer_AndSendAgain_DeliversItWithTheSameEventId(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var receiver = await FakeWebhookReceiver.StartAsync();
        receiver.AnswerNextWith(400);
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database, receiver.Configuration("Case system", [WebhookEventTypes.ContactReceived]));
        receiver.Clock = app.Clock;
        await StaffContactsTestKit.ReceiveAsync(app, "Fell in the kitchen overnight.");
        await app.RunOutboxSendJobAsync(ct);
        using var admin = app.CreateBrowserLikeClient();
        (await admin.SignInAsDemoUserAsync("demo-administrator")).Dispose();

        var failed = await admin.GetStringAsync("/staff/outbox", ct);
        Assert.Contains("Failed (1)", failed, StringComparison.Ordinal);
        Assert.Contains("Contact event to Case system", failed, StringComparison.Ordinal);
        Assert.Contains(WebhookEventTypes.ContactReceived, failed, StringComparison.Ordinal);
        Assert.Contains("Case system answered 400", failed, StringComparison.Ordinal);

        await using var db = database.CreateDbContext();
        var messageId = (await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Kind == MessageKind.Webhook, ct)).Id;
        using var retry = await admin.PostFormAsync("/staff/outbox", "/staff/outbox?status=Failed&handler=Retry", new Dictionary<string, string> { ["messageId"] = messageId.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, retry.StatusCode);
        await app.RunOutboxSendJobAsync(ct);

        Assert.Equal([400, 200], receiver.Deliveries.Select(d => d.Status));
        Assert.All(receiver.Deliveries, d => Assert.Equal((messageId.ToString("D"), WebhookVerification.Valid), (d.EventId, d.Verification)));
        Assert.Equal(MessageStatus.Sent, (await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == messageId, ct)).Status);
    }

    [Theory]
    [BothProviders]
    public async Task Cancel_AWaitingMessage_IsAudited_AndTheJobNeverSendsIt(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var notify = await FakeNotify.StartAsync();
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database, notify.Configuration());
        var (messageId, contactId) = await ReceiptAsync(app, database);
        using var admin = app.CreateBrowserLikeClient();
        (await admin.SignInAsDemoUserAsync("demo-administrator")).Dispose();

        using var cancel = await admin.PostFormAsync("/staff/outbox?status=Pending", "/staff/outbox?status=Pending&handler=Cancel", new Dictionary<string, string> { ["messageId"] = messageId.ToString() });
        await app.RunOutboxSendJobAsync(ct);

        Assert.Equal(HttpStatusCode.Redirect, cancel.StatusCode);
        Assert.Empty(notify.Requests);
        await using var db = database.CreateDbContext();
        Assert.Equal(MessageStatus.Cancelled, (await db.OutboxMessages.AsNoTracking().SingleAsync(ct)).Status);
        Assert.Contains(await db.AuditEvents.AsNoTracking().ToListAsync(ct), e => e.Action == AuditAction.Updated && e.RecordId == messageId.ToString("D") && e.Detail!.Contains("cancelled", StringComparison.Ordinal));
        var cancelled = await admin.GetStringAsync("/staff/outbox?status=Cancelled", ct);
        Assert.Contains("1 cancelled message", cancelled, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"retry\"", cancelled, StringComparison.Ordinal);

        // Cancelled is final: a retry changes nothing (posted as from a page left open; the contact page's form gives the token).
        using var again = await admin.PostFormAsync($"/staff/contacts/{contactId}", "/staff/outbox?status=Pending&handler=Retry", new Dictionary<string, string> { ["messageId"] = messageId.ToString() });
        Assert.EndsWith("done=changed", again.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(MessageStatus.Cancelled, (await db.OutboxMessages.AsNoTracking().SingleAsync(ct)).Status);
    }

    [Fact]
    public async Task Get_WithNotifyNotConfigured_SaysMessagesWaitUnsent()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var admin = app.CreateBrowserLikeClient();
        (await admin.SignInAsDemoUserAsync("demo-administrator")).Dispose();

        var page = await admin.GetStringAsync("/staff/outbox?status=Pending", ct);

        Assert.Contains("data-testid=\"notify-not-configured\"", page, StringComparison.Ordinal);
        Assert.Contains("No messages are waiting.", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("demo-advisor")]
    [InlineData("demo-team-manager")]
    public async Task Get_AsAnyoneButAnAdministrator_IsRefused(string demoUser)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync(demoUser)).Dispose();

        using var response = await client.GetAsync("/staff/outbox", ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/sign-in/access-denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    /// <summary>A receipt written as intake writes it, with a contact, through the app's own services.</summary>
    private static async Task<(Guid MessageId, Guid ContactId)> ReceiptAsync(FrontDoorAppFactory app, TestDatabase database)
    {
        var contactId = await StaffContactsTestKit.ReceiveAsync(app, "Fell in the kitchen overnight.");
        await using var db = database.CreateDbContext();
        var contact = await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == contactId, TestContext.Current.CancellationToken);
        var message = new Core.Messages.Outbox(db, app.Clock).Add(MessageKind.NotifyEmail, NotifyTemplates.RequestReceivedEmail.Name, "margaret@example.org", new Dictionary<string, string> { ["reference"] = contact.Reference.Value }, contactId);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (message.Id, contactId);
    }
}
