using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FrontDoor.Core.Data;
using FrontDoor.Core.Messages;
using FrontDoor.Core.Messages.Notify;
using FrontDoor.TestCommon.Databases;
using FrontDoor.TestCommon.Notify;
using FrontDoor.Web.Tests.Hosting;
using FrontDoor.Web.Tests.Pages.Staff.Contacts;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Tests.Api;

/// <summary>
/// GOV.UK Notify's delivery-receipt callback, against a receipt the app sent to the fake Notify: the token, the
/// body's shape, and what the timeline and the outbox page then show.
/// </summary>
public sealed class NotifyCallbacksApiTests
{
    private const string Path = "/api/notify/delivery-receipts";
    private const string Token = "a-long-random-callback-token-0123456789abcdef";
    private const string Recipient = "margaret@example.org";

    [Theory]
    [BothProviders]
    public async Task Post_Delivered_MarksTheMessageDelivered_TheTimelineSaysSo_AndARepeatChangesNothing(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var notify = await FakeNotify.StartAsync();
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database, WithCallbackToken(notify));
        var (messageId, contactId) = await SentReceiptAsync(app, database);
        using var client = app.CreateBrowserLikeClient();
        app.Clock.Advance(TimeSpan.FromMinutes(2));

        using var delivered = await PostAsync(client, Token, Receipt(messageId, "delivered", Single(notify)));
        var deliveredAt = app.Clock.GetUtcNow();
        app.Clock.Advance(TimeSpan.FromMinutes(10));
        using var repeated = await PostAsync(client, Token, Receipt(messageId, "delivered", Single(notify)));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (delivered.StatusCode, repeated.StatusCode));
        await using var db = database.CreateDbContext();
        var message = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == messageId, ct);
        Assert.Equal((MessageStatus.Delivered, deliveredAt), (message.Status, message.UpdatedAt));
        Assert.Equal(Recipient, message.Recipient);

        using var staff = app.CreateBrowserLikeClient();
        (await staff.SignInAsDemoUserAsync("demo-administrator")).Dispose();
        var timeline = await staff.GetStringAsync($"/staff/contacts/{contactId}", ct);
        Assert.Matches("data-testid=\"message-status\"[^>]*>Delivered<", timeline);
        // When it was delivered, not when it was sent (two minutes before).
        Assert.Contains($"datetime=\"{HtmlEncoder.Default.Encode(deliveredAt.ToString("O"))}\"", timeline, StringComparison.Ordinal);
        var outbox = await staff.GetStringAsync("/staff/outbox?status=Delivered", ct);
        Assert.Contains("1 delivered message", outbox, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task Post_DeliveredLate_RecordsNotifysCompletedAtAsTheDeliveryTime_NotWhenTheReceiptArrived(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var notify = await FakeNotify.StartAsync();
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database, WithCallbackToken(notify));
        var (messageId, contactId) = await SentReceiptAsync(app, database);
        using var client = app.CreateBrowserLikeClient();

        // The receipt's completed_at is two minutes after sending; the callback comes an hour later.
        app.Clock.Advance(TimeSpan.FromHours(1));
        using var delivered = await PostAsync(client, Token, Receipt(messageId, "delivered", Single(notify)));

        Assert.Equal(HttpStatusCode.OK, delivered.StatusCode);
        var completedAt = new DateTimeOffset(2026, 3, 2, 9, 32, 0, TimeSpan.Zero);
        await using var db = database.CreateDbContext();
        var message = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == messageId, ct);
        Assert.Equal((MessageStatus.Delivered, completedAt, app.Clock.GetUtcNow()), (message.Status, message.DeliveredAt, message.UpdatedAt));
        using var staff = app.CreateBrowserLikeClient();
        (await staff.SignInAsDemoUserAsync("demo-administrator")).Dispose();
        var timeline = await staff.GetStringAsync($"/staff/contacts/{contactId}", ct);
        Assert.Contains($"datetime=\"{HtmlEncoder.Default.Encode(completedAt.ToString("O"))}\"", timeline, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task Post_PermanentFailure_FailsTheMessage_WithTheReasonOnTheOutboxPageOnly(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var notify = await FakeNotify.StartAsync();
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database, WithCallbackToken(notify));
        var (messageId, contactId) = await SentReceiptAsync(app, database);
        using var client = app.CreateBrowserLikeClient();

        using var response = await PostAsync(client, Token, Receipt(messageId, "permanent-failure", Single(notify)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var db = database.CreateDbContext();
        Assert.Equal(MessageStatus.Failed, (await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == messageId, ct)).Status);
        using var staff = app.CreateBrowserLikeClient();
        (await staff.SignInAsDemoUserAsync("demo-administrator")).Dispose();
        const string reason = "the email address or phone number does not exist or is not accepted";
        var outbox = await staff.GetStringAsync("/staff/outbox?status=Failed", ct);
        Assert.Contains(reason, outbox, StringComparison.Ordinal);
        Assert.DoesNotContain(Recipient, outbox, StringComparison.Ordinal);
        var timeline = await staff.GetStringAsync($"/staff/contacts/{contactId}", ct);
        Assert.Matches("data-testid=\"message-status\"[^>]*>Failed<", timeline);
        Assert.DoesNotContain(reason, timeline, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer a-long-random-callback-token-0123456789abcdeX")]
    [InlineData("Bearer a-long-random-callback-token")]
    [InlineData("Basic a-long-random-callback-token-0123456789abcdef")]
    public async Task Post_WithAMissingOrWrongToken_Returns401Problem_AndChangesNothing(string? authorization)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var notify = await FakeNotify.StartAsync();
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database, WithCallbackToken(notify));
        var (messageId, _) = await SentReceiptAsync(app, database);
        using var client = app.CreateBrowserLikeClient();

        using var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = Json(Receipt(messageId, "delivered", Single(notify))) };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using var response = await client.SendAsync(request, ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        await using var db = database.CreateDbContext();
        Assert.Equal(MessageStatus.Sent, (await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == messageId, ct)).Status);
    }

    [Fact]
    public async Task Post_WithNoCallbackTokenConfigured_Returns404AsIfTheEndpointWereAbsent()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var notify = await FakeNotify.StartAsync();
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database, notify.Configuration());
        var (messageId, _) = await SentReceiptAsync(app, database);
        using var client = app.CreateBrowserLikeClient();

        using var response = await PostAsync(client, Token, Receipt(messageId, "delivered", Single(notify)));
        using var absent = await PostAsync(client, Token, Receipt(messageId, "delivered", Single(notify)), "/api/notify/no-such-endpoint");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (response.StatusCode, absent.StatusCode));
        Assert.Equal(await absent.Content.ReadAsStringAsync(ct), await response.Content.ReadAsStringAsync(ct));
        await using var db = database.CreateDbContext();
        Assert.Equal(MessageStatus.Sent, (await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == messageId, ct)).Status);
    }

    [Fact]
    public async Task Post_WithAnUnknownReference_Returns404Problem()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var notify = await FakeNotify.StartAsync();
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database, WithCallbackToken(notify));
        using var client = app.CreateBrowserLikeClient();

        using var response = await PostAsync(client, Token, Receipt(Guid.CreateVersion7(), "delivered", Guid.NewGuid()));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("No text or email sent by FrontDoor has that reference", await response.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"id": "9d6f2c4e-0000-4000-8000-000000000001", "reference": "not-a-uuid", "status": "delivered"}""", "reference")]
    [InlineData("""{"id": "9d6f2c4e-0000-4000-8000-000000000001", "reference": "{REFERENCE}", "status": "sending"}""", "status")]
    [InlineData("""{"reference": "{REFERENCE}", "status": "delivered"}""", "id")]
    [InlineData("""{"id": "9d6f2c4e-0000-4000-8000-000000000001", "reference": "{REFERENCE}", "status": 7}""", "status")]
    [InlineData("""not JSON at all""", "body")]
    [InlineData("""null""", "body")]
    public async Task Post_WithAMalformedBody_Returns400ProblemNamingTheField_AndChangesNothing(string body, string field)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var notify = await FakeNotify.StartAsync();
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database, WithCallbackToken(notify));
        var (messageId, _) = await SentReceiptAsync(app, database);
        using var client = app.CreateBrowserLikeClient();

        using var response = await PostAsync(client, Token, body.Replace("{REFERENCE}", messageId.ToString("D"), StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        Assert.Equal([field], problem.RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        await using var db = database.CreateDbContext();
        Assert.Equal(MessageStatus.Sent, (await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == messageId, ct)).Status);
    }

    private static Dictionary<string, string?> WithCallbackToken(FakeNotify notify) =>
        new(notify.Configuration()) { ["Messages:Notify:CallbackToken"] = Token };

    private static Guid Single(FakeNotify notify) => Assert.Single(notify.Accepted).NotificationId!.Value;

    /// <summary>A receipt written as intake writes it, for a contact, and sent to the fake Notify by the app's own job.</summary>
    private static async Task<(Guid MessageId, Guid ContactId)> SentReceiptAsync(FrontDoorAppFactory app, TestDatabase database)
    {
        var ct = TestContext.Current.CancellationToken;
        var contactId = await StaffContactsTestKit.ReceiveAsync(app, "Fell in the kitchen overnight.");
        Guid messageId;
        await using (var db = database.CreateDbContext())
        {
            var contact = await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == contactId, ct);
            messageId = new Outbox(db, app.Clock).Add(MessageKind.NotifyEmail, NotifyTemplates.RequestReceivedEmail.Name, Recipient, new Dictionary<string, string> { ["reference"] = contact.Reference.Value }, contactId).Id;
            await db.SaveChangesAsync(ct);
        }

        await app.RunOutboxSendJobAsync(ct);
        await using var check = database.CreateDbContext();
        Assert.Equal(MessageStatus.Sent, (await check.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == messageId, ct)).Status);
        return (messageId, contactId);
    }

    /// <summary>Notify's callback body, as Notify sends it.</summary>
    private static string Receipt(Guid reference, string status, Guid notificationId) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["id"] = notificationId.ToString("D"),
        ["reference"] = reference.ToString("D"),
        ["to"] = Recipient,
        ["status"] = status,
        ["created_at"] = "2026-03-02T09:30:00.000000Z",
        ["completed_at"] = "2026-03-02T09:32:00.000000Z",
        ["sent_at"] = "2026-03-02T09:30:01.000000Z",
        ["notification_type"] = "email",
    });

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string token, string body, string path = Path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = Json(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
