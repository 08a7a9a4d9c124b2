using System.Text.Json;
using FrontDoor.Core.Data;
using FrontDoor.Core.Messages;
using FrontDoor.Core.Messages.Notify;
using FrontDoor.TestCommon.Databases;
using FrontDoor.TestCommon.Notify;
using FrontDoor.Web.Tests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDoor.Web.Tests.Pages.Portal.RequestHelp;

/// <summary>The "we received your request" receipt: written with the contact, sent by the outbox job to the fake Notify, only where the person asked to be contacted.</summary>
public sealed class RequestHelpReceiptTests
{
    [Theory]
    [BothProviders]
    public async Task Send_ForMyselfChoosingEmail_WritesOneReceiptWithTheContact_WhichTheJobSendsToNotifyOnce(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var notify = await FakeNotify.StartAsync();
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database, notify.Configuration());
        var journey = new RequestHelpClient(app.CreateBrowserLikeClient());

        var reference = await SendForMyselfAsync(journey, new() { ["Phone"] = "07700 900123", ["Email"] = "margaret@example.org", ["PreferredContact"] = "Email" });

        await using var db = database.CreateDbContext();
        var contact = await db.Contacts.AsNoTracking().SingleAsync(ct);
        var receipt = await db.OutboxMessages.AsNoTracking().SingleAsync(ct);
        Assert.Equal((MessageKind.NotifyEmail, NotifyTemplates.RequestReceivedEmail.Name, "margaret@example.org", contact.Id), (receipt.Kind, receipt.Template, receipt.Recipient, receipt.ContactId));
        Assert.Equal(new Dictionary<string, string> { ["reference"] = reference }, JsonSerializer.Deserialize<Dictionary<string, string>>(receipt.Body));
        Assert.Equal(contact.ReceivedAt, receipt.CreatedAt);

        await app.RunOutboxSendJobAsync(ct);
        await app.RunOutboxSendJobAsync(ct);

        var sent = Assert.Single(notify.Accepted);
        Assert.Equal(("/v2/notifications/email", "margaret@example.org", receipt.Id.ToString("D"), reference), (sent.Path, sent.Recipient, sent.Reference, sent.Personalisation["reference"]));
        Assert.Single(notify.Requests);
        Assert.Equal(MessageStatus.Sent, (await db.OutboxMessages.AsNoTracking().SingleAsync(ct)).Status);
    }

    [Theory]
    [BothProviders]
    public async Task Send_ForMyselfChoosingTextMessage_SendsTheReceiptByTextToTheirMobile(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var notify = await FakeNotify.StartAsync();
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database, notify.Configuration());
        var journey = new RequestHelpClient(app.CreateBrowserLikeClient());

        var reference = await SendForMyselfAsync(journey, new() { ["Phone"] = "07700 900123", ["Email"] = "margaret@example.org", ["PreferredContact"] = "TextMessage" });
        await app.RunOutboxSendJobAsync(ct);

        var sent = Assert.Single(notify.Accepted);
        Assert.Equal(("/v2/notifications/sms", "+447700900123", reference), (sent.Path, sent.Recipient, sent.Personalisation["reference"]));
    }

    [Theory]
    [BothProviders]
    public async Task Send_ForMyselfChoosingAPhoneCall_WritesNoReceipt_ThoughAMobileWasGiven(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var notify = await FakeNotify.StartAsync();
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database, notify.Configuration());
        var journey = new RequestHelpClient(app.CreateBrowserLikeClient());

        await SendForMyselfAsync(journey, new() { ["Phone"] = "07700 900123", ["Email"] = "margaret@example.org", ["PreferredContact"] = "Phone" });
        await app.RunOutboxSendJobAsync(ct);

        await using var db = database.CreateDbContext();
        Assert.Equal(1, await db.Contacts.CountAsync(ct));
        Assert.Empty(await db.OutboxMessages.AsNoTracking().ToListAsync(ct));
        Assert.Empty(notify.Requests);
    }

    [Theory]
    [BothProviders]
    public async Task Send_ForSomeoneElse_SendsTheReceiptToTheAskersEmail_NeverToThePersonAskedAbout(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var notify = await FakeNotify.StartAsync();
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database, notify.Configuration());
        var journey = new RequestHelpClient(app.CreateBrowserLikeClient());
        await journey.StartAsync();
        await journey.AnswerAsync("/request-help/who-for", new Dictionary<string, string> { ["AskingFor"] = "SomeoneElse" });
        await journey.AnswerAsync("/request-help/your-name", new Dictionary<string, string> { ["CallerName"] = "Grace Okafor" });
        await journey.AnswerAsync("/request-help/your-relationship", new Dictionary<string, string> { ["Relationship"] = "Carer", ["RelationshipDetails"] = "Daughter" });
        await journey.AnswerAsync("/request-help/your-contact-details", new Dictionary<string, string> { ["CallerPhone"] = "07700 900555", ["CallerEmail"] = "grace@example.com" });
        await journey.AnswerAsync("/request-help/do-they-know", new Dictionary<string, string> { ["Awareness"] = "DoesNotKnow" });
        foreach (var (path, fields) in RequestHelpClient.ForMyself.Skip(1))
        {
            await journey.AnswerAsync(path, path == "/request-help/contact-details"
                ? new Dictionary<string, string> { ["Phone"] = "07700 900123", ["Email"] = "margaret@example.org", ["PreferredContact"] = "Email" }
                : fields);
        }

        var reference = await journey.SendAsync();
        await app.RunOutboxSendJobAsync(ct);

        var sent = Assert.Single(notify.Accepted);
        Assert.Equal(("grace@example.com", reference), (sent.Recipient, sent.Personalisation["reference"]));
        await using var db = database.CreateDbContext();
        Assert.Equal("grace@example.com", (await db.OutboxMessages.AsNoTracking().SingleAsync(ct)).Recipient);
    }

    [Theory]
    [BothProviders]
    public async Task Send_WithNotifyNotConfigured_KeepsTheReceiptPending_AndSendsNothing(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        var journey = new RequestHelpClient(app.CreateBrowserLikeClient());

        await SendForMyselfAsync(journey, new() { ["Phone"] = "", ["Email"] = "margaret@example.org", ["PreferredContact"] = "Email" });
        await app.RunOutboxSendJobAsync(ct);

        await using var db = database.CreateDbContext();
        var receipt = await db.OutboxMessages.AsNoTracking().SingleAsync(ct);
        Assert.Equal((MessageStatus.Pending, 0, null), (receipt.Status, receipt.Attempts, receipt.LastError));
    }

    private static async Task<string> SendForMyselfAsync(RequestHelpClient journey, Dictionary<string, string> contactDetails)
    {
        Assert.Equal("/request-help/who-for", await journey.StartAsync());
        foreach (var (path, fields) in RequestHelpClient.ForMyself)
        {
            await journey.AnswerAsync(path, path == "/request-help/contact-details" ? contactDetails : fields);
        }

        return await journey.SendAsync();
    }
}
