using System.Text.RegularExpressions;
using FrontDoor.Core.Data;
using FrontDoor.Core.Messages;
using FrontDoor.Core.Messages.Webhooks;
using FrontDoor.TestCommon.Databases;
using FrontDoor.TestCommon.Notify;
using FrontDoor.TestCommon.Webhooks;
using FrontDoor.Web.Tests.Hosting;
using FrontDoor.Web.Tests.Pages.Portal.RequestHelp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDoor.Web.Tests.Pages.Staff.Contacts;

/// <summary>The contact's timeline shows each message about it: the template, the recipient masked, and how it stands.</summary>
public sealed partial class ContactMessagesTimelineTests
{
    [Theory]
    [BothProviders]
    public async Task ContactPage_ShowsTheReceipt_WaitingThenSent_WithTheRecipientMasked(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var notify = await FakeNotify.StartAsync();
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database, notify.Configuration());
        var contactId = await RequestHelpByEmailAsync(app, database);
        using var staff = app.CreateBrowserLikeClient();
        (await staff.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        var before = MessageItem(await staff.GetStringAsync($"/staff/contacts/{contactId}", ct));
        await app.RunOutboxSendJobAsync(ct);

        var after = MessageItem(await staff.GetStringAsync($"/staff/contacts/{contactId}", ct));

        Assert.Contains("Email to m…@example.org", before, StringComparison.Ordinal);
        Assert.Contains("Template: request-received-email", before, StringComparison.Ordinal);
        Assert.Contains(">Waiting to send</strong>", before, StringComparison.Ordinal);
        Assert.Contains(">Sent</strong>", after, StringComparison.Ordinal);
        Assert.Single(notify.Accepted);
        foreach (var item in new[] { before, after })
        {
            // Neither the address nor the message's personalisation appears: the reference is on the page already, not in the item.
            Assert.DoesNotContain("margaret@example.org", item, StringComparison.Ordinal);
            Assert.DoesNotContain("reference", item, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [BothProviders]
    public async Task ContactPage_WithNotifyNotConfigured_SaysTheReceiptIsNotSent(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        var contactId = await RequestHelpByEmailAsync(app, database);
        using var staff = app.CreateBrowserLikeClient();
        (await staff.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        var item = MessageItem(await staff.GetStringAsync($"/staff/contacts/{contactId}", ct));

        Assert.Contains(">Not sent: GOV.UK Notify is not configured</strong>", item, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task ContactPage_ShowsTheContactEvent_WaitingThenAcknowledgedByTheSubscription(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var receiver = await FakeWebhookReceiver.StartAsync();
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database, receiver.Configuration("Case system", [WebhookEventTypes.ContactReceived]));
        receiver.Clock = app.Clock;

        // The web host's own database registration writes the event: the request is processed and opened as it arrives.
        var contactId = await RequestHelpByEmailAsync(app, database);
        using var staff = app.CreateBrowserLikeClient();
        (await staff.SignInAsDemoUserAsync("demo-advisor")).Dispose();
        var before = WebhookItem(await staff.GetStringAsync($"/staff/contacts/{contactId}", ct));
        await app.RunOutboxSendJobAsync(ct);
        var after = WebhookItem(await staff.GetStringAsync($"/staff/contacts/{contactId}", ct));

        Assert.Contains("Contact event to Case system", before, StringComparison.Ordinal);
        Assert.Contains("Event: contact.received", before, StringComparison.Ordinal);
        Assert.Contains(">Waiting to send</strong>", before, StringComparison.Ordinal);
        Assert.Contains(">Acknowledged</strong>", after, StringComparison.Ordinal);
        var delivery = Assert.Single(receiver.Deliveries);
        Assert.Equal((WebhookVerification.Valid, 200), (delivery.Verification, delivery.Status));
        Assert.Contains(contactId.ToString("D"), delivery.Body, StringComparison.Ordinal);
    }

    private static async Task<Guid> RequestHelpByEmailAsync(FrontDoorAppFactory app, TestDatabase database)
    {
        var journey = new RequestHelpClient(app.CreateBrowserLikeClient());
        await journey.StartAsync();
        foreach (var (path, fields) in RequestHelpClient.ForMyself)
        {
            await journey.AnswerAsync(path, path == "/request-help/contact-details"
                ? new Dictionary<string, string> { ["Phone"] = "", ["Email"] = "margaret@example.org", ["PreferredContact"] = "Email" }
                : fields);
        }

        await journey.SendAsync();
        await using var db = database.CreateDbContext();
        return await db.Contacts.AsNoTracking().Select(c => c.Id).SingleAsync(TestContext.Current.CancellationToken);
    }

    private static string MessageItem(string page)
    {
        var items = TimelineMessage().Matches(page);
        Assert.True(items.Count == 1, $"The timeline shows {items.Count} messages, not one.");
        return System.Net.WebUtility.HtmlDecode(items[0].Value);
    }

    private static string WebhookItem(string page)
    {
        var items = TimelineMessage().Matches(page).Select(m => System.Net.WebUtility.HtmlDecode(m.Value)).Where(item => item.Contains("Contact event", StringComparison.Ordinal)).ToList();
        Assert.True(items.Count == 1, $"The timeline shows {items.Count} contact events, not one.");
        return items[0];
    }

    [GeneratedRegex("<div class=\"moj-timeline__item\" data-testid=\"timeline-message\">.*?</time>.*?</div>\\s*</div>", RegexOptions.Singleline)]
    private static partial Regex TimelineMessage();
}
