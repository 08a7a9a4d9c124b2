using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Messages;
using FrontDoor.Core.Messages.Notify;
using FrontDoor.EndToEndTests.Browser;
using FrontDoor.TestCommon.Notify;
using FrontDoor.Web.Tests.Hosting;
using Microsoft.Playwright;

namespace FrontDoor.EndToEndTests.Journeys;

/// <summary>An administrator finds a receipt Notify refused, sends it again, and sees it sent; staff see one Notify delivered.</summary>
public sealed class OutboxJourneyTests(Chromium chromium)
{
    [Fact]
    public async Task Administrator_SendsARefusedReceiptAgain_AndItReachesNotify()
    {
        await using var notify = await FakeNotify.StartAsync();
        await using var frontDoor = await RunningFrontDoor.StartAsync(settings: notify.Configuration());
        var (messageId, contactId) = await RefusedReceiptAsync(frontDoor);
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString() });
        var page = await context.NewPageAsync();
        await page.SignInAsAtAsync("demo-administrator", "/staff");

        await page.ByTestId("outbox-link").ClickAsync();
        await page.ArriveAtAsync("/staff/outbox");
        await Assertions.Expect(page.ByTestId("outbox-row")).ToHaveCountAsync(1);
        await Assertions.Expect(page.ByTestId("outbox-reason")).ToContainTextAsync("Can't send to this recipient using a team-only API key");
        await page.AssertAccessibleAsync();
        await page.SaveScreenshotIfAskedAsync("outbox-failed");

        await page.ByTestId("retry").ClickAsync();

        await page.ArriveAtAsync("/staff/outbox\\?status=Failed&done=retried");
        await Assertions.Expect(page.ByTestId("outbox-done")).ToContainTextAsync("The message will be sent again");
        await Assertions.Expect(page.ByTestId("no-messages")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await WaitUntilNotifyAcceptsAsync(frontDoor, notify);
        Assert.Equal(messageId.ToString("D"), Assert.Single(notify.Accepted).Reference);
        await page.ByTestId("tab-sent").ClickAsync();
        await page.ArriveAtAsync("/staff/outbox\\?status=Sent");
        await Assertions.Expect(page.ByTestId("outbox-row")).ToHaveCountAsync(1);
        await page.AssertAccessibleAsync();

        // The contact's timeline tells the same story.
        await page.GotoAsync($"/staff/contacts/{contactId}");
        await Assertions.Expect(page.ByTestId("message-status")).ToHaveTextAsync("Sent");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Administrator_WithJavaScriptOff_CancelsARefusedReceipt()
    {
        await using var notify = await FakeNotify.StartAsync();
        await using var frontDoor = await RunningFrontDoor.StartAsync(settings: notify.Configuration());
        await RefusedReceiptAsync(frontDoor);
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString(), JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.SignInAsAtAsync("demo-administrator", "/staff/outbox");

        await page.ByTestId("cancel").ClickAsync();

        await page.ArriveAtAsync("/staff/outbox\\?status=Failed&done=cancelled");
        await Assertions.Expect(page.ByTestId("outbox-done")).ToContainTextAsync("The message was cancelled. It will not be sent.");
        await page.ByTestId("tab-cancelled").ClickAsync();
        await page.ArriveAtAsync("/staff/outbox\\?status=Cancelled");
        await Assertions.Expect(page.ByTestId("outbox-row")).ToHaveCountAsync(1);
        Assert.Empty(notify.Requests);
    }

    [Fact]
    public async Task Staff_SeeAReceiptDeliveredOnTheTimeline_OnceNotifyCallsBack()
    {
        const string token = "a-long-random-callback-token-0123456789abcdef";
        await using var notify = await FakeNotify.StartAsync();
        await using var frontDoor = await RunningFrontDoor.StartAsync(settings: new Dictionary<string, string?>(notify.Configuration()) { ["Messages:Notify:CallbackToken"] = token });
        var (messageId, contactId) = await ReceiptAsync(frontDoor);
        await WaitUntilNotifyAcceptsAsync(frontDoor, notify);
        await WaitUntilRecordedSentAsync(frontDoor, messageId);

        // Notify's callback, as Notify sends it.
        using var http = new HttpClient { BaseAddress = frontDoor.Address };
        using var callback = new HttpRequestMessage(HttpMethod.Post, "/api/notify/delivery-receipts")
        {
            Content = new StringContent(
                $$"""{"id": "{{Assert.Single(notify.Accepted).NotificationId}}", "reference": "{{messageId}}", "to": "margaret@example.org", "status": "delivered", "created_at": "2026-03-02T08:30:00.000000Z", "completed_at": "2026-03-02T08:31:00.000000Z", "sent_at": "2026-03-02T08:30:01.000000Z", "notification_type": "email"}""",
                System.Text.Encoding.UTF8,
                "application/json"),
        };
        callback.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var answer = await http.SendAsync(callback, TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.OK, answer.StatusCode);

        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString() });
        var page = await context.NewPageAsync();
        await page.SignInAsAtAsync("demo-advisor", $"/staff/contacts/{contactId}");
        await Assertions.Expect(page.ByTestId("message-status")).ToHaveTextAsync("Delivered");
        await Assertions.Expect(page.ByTestId("message-status-at")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
    }

    private static async Task WaitUntilRecordedSentAsync(RunningFrontDoor frontDoor, Guid messageId)
    {
        for (var wait = 0; wait < 100; wait++)
        {
            await using var db = frontDoor.CreateDbContext();
            if ((await db.OutboxMessages.FindAsync([messageId], TestContext.Current.CancellationToken))!.Status == MessageStatus.Sent)
            {
                return;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        Assert.Fail("The receipt was never recorded as sent.");
    }

    /// <summary>A receipt written with its contact, waiting to be sent unless <paramref name="then"/> says otherwise.</summary>
    private static async Task<(Guid MessageId, Guid ContactId)> ReceiptAsync(RunningFrontDoor frontDoor, Action<OutboxMessage, DateTimeOffset>? then = null)
    {
        await using var db = frontDoor.CreateDbContext();
        var at = FrontDoorAppFactory.Now.AddHours(-1);
        var contact = new Contact(Guid.CreateVersion7(), ContactReference.New(), ContactChannel.PublicOnlineForm, ContactSource.Self, at, "I cannot manage the stairs any more.");
        contact.RecordWhatWasReported(new ReportedPerson { GivenName = "Margaret", FamilyName = "Okafor" }, Core.People.CommunicationNeeds.None, ContactConsent.NotAsked, ImmediateRisk.NotAsked, null);
        contact.Open(at);
        db.Contacts.Add(contact);
        var template = NotifyTemplates.RequestReceivedEmail;
        var message = new Outbox(db, frontDoor.Clock).Add(template.Kind, template.Name, "margaret@example.org", new Dictionary<string, string> { ["reference"] = contact.Reference.Value }, contact.Id);
        then?.Invoke(message, at);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (message.Id, contact.Id);
    }

    /// <summary>Runs the send job as time passing would (the app's clock), until Notify accepts a message.</summary>
    private static async Task WaitUntilNotifyAcceptsAsync(RunningFrontDoor frontDoor, FakeNotify notify)
    {
        for (var wait = 0; wait < 100 && notify.Accepted.Count == 0; wait++)
        {
            frontDoor.Clock.Advance(TimeSpan.FromSeconds(5));
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>A receipt Notify refused with 400 ("team-only API key"), failed at once, as the sender leaves it.</summary>
    private static Task<(Guid MessageId, Guid ContactId)> RefusedReceiptAsync(RunningFrontDoor frontDoor) =>
        ReceiptAsync(frontDoor, (message, at) => message.RecordFailedAttempt("Refused with status 400: BadRequestError: Can't send to this recipient using a team-only API key (not retried: the other side refused it)", at, null));
}
