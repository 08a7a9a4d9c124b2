using System.ComponentModel.DataAnnotations;
using FrontDoor.Core.Data;
using FrontDoor.Core.Jobs;
using FrontDoor.Core.Messages;
using FrontDoor.Core.Messages.Notify;
using FrontDoor.Core.Tests.Contacts;
using FrontDoor.TestCommon.Databases;
using FrontDoor.TestCommon.Notify;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FrontDoor.Core.Tests.Messages;

/// <summary>The outbox sending through the real Notify channel and the official client to the fake Notify on loopback.</summary>
public sealed class NotifyChannelTests
{
    [Theory]
    [BothProviders]
    public async Task SendDue_Email_ReachesNotifyOnceWithOurIdAsReference_AndKeepsNotifysId(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var notify = await FakeNotify.StartAsync();
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        using var services = Services(database, clock, notify.Configuration());
        var id = await OutboxTestKit.AddReceiptAsync(database, clock, ct, NotifyTemplates.RequestReceivedEmail, "someone@example.org");

        Assert.Equal(1, await SendDueAsync(services, ct));
        Assert.Equal(0, await SendDueAsync(services, ct));

        var request = Assert.Single(notify.Requests);
        Assert.Equal(("/v2/notifications/email", 201, "someone@example.org", id.ToString("D")), (request.Path, request.Status, request.Recipient, request.Reference));
        Assert.Equal(TemplateId(notify, NotifyTemplates.RequestReceivedEmail), request.TemplateId);
        Assert.Equal(["reference"], request.Personalisation.Keys);
        var message = await OutboxTestKit.ReadAsync(database, id, ct);
        Assert.Equal((MessageStatus.Sent, request.NotificationId!.Value.ToString("D")), (message.Status, message.ProviderId));
    }

    [Theory]
    [BothProviders]
    public async Task SendDue_Sms_ReachesNotifysSmsEndpointWithTheMobileNumber(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var notify = await FakeNotify.StartAsync();
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        using var services = Services(database, clock, notify.Configuration());
        var id = await OutboxTestKit.AddReceiptAsync(database, clock, ct, NotifyTemplates.RequestReceivedSms, "07700 900123");

        Assert.Equal(1, await SendDueAsync(services, ct));

        var request = Assert.Single(notify.Accepted);
        Assert.Equal(("/v2/notifications/sms", "07700 900123", id.ToString("D")), (request.Path, request.Recipient, request.Reference));
        Assert.Equal(MessageStatus.Sent, (await OutboxTestKit.ReadAsync(database, id, ct)).Status);
    }

    [Theory]
    [BothProviders]
    public async Task SendDue_WhenNotifyAnswers429Then500_RetriesAfterTheBackOff_WithTheSameReference_ThenSends(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var notify = await FakeNotify.StartAsync();
        notify.AnswerNextWith(429, 500);
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        using var services = Services(database, clock, notify.Configuration());
        var id = await OutboxTestKit.AddReceiptAsync(database, clock, ct, NotifyTemplates.RequestReceivedEmail, "someone@example.org");

        await SendDueAsync(services, ct);
        var afterRateLimit = await OutboxTestKit.ReadAsync(database, id, ct);
        Assert.Equal(MessageStatus.Pending, afterRateLimit.Status);
        Assert.Contains("status 429: RateLimitError: Exceeded rate limit", afterRateLimit.LastError, StringComparison.Ordinal);
        Assert.Equal(0, await SendDueAsync(services, ct)); // not due until the back-off has passed

        clock.Advance(TimeSpan.FromSeconds(37));
        await SendDueAsync(services, ct);
        var afterServerError = await OutboxTestKit.ReadAsync(database, id, ct);
        Assert.Equal(MessageStatus.Pending, afterServerError.Status);
        Assert.Contains("status 500", afterServerError.LastError, StringComparison.Ordinal);

        clock.Advance(TimeSpan.FromSeconds(73));
        await SendDueAsync(services, ct);

        Assert.Equal([429, 500, 201], notify.Requests.Select(r => r.Status));
        Assert.All(notify.Requests, r => Assert.Equal(id.ToString("D"), r.Reference));
        var sent = await OutboxTestKit.ReadAsync(database, id, ct);
        Assert.Equal((MessageStatus.Sent, 3, null), (sent.Status, sent.Attempts, sent.LastError));
    }

    [Theory]
    [BothProviders]
    public async Task SendDue_WhenNotifyDoesNotAnswerWithinTheTimeout_GivesUp_AndRetriesLater(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var notify = await FakeNotify.StartAsync();
        notify.DelayNextBy(TimeSpan.FromSeconds(30));
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        using var services = Services(database, clock, new Dictionary<string, string?>(notify.Configuration()) { ["Messages:Notify:Timeout"] = "00:00:01" });
        var id = await OutboxTestKit.AddReceiptAsync(database, clock, ct, NotifyTemplates.RequestReceivedEmail, "someone@example.org");

        var started = System.Diagnostics.Stopwatch.StartNew();
        await SendDueAsync(services, ct);

        Assert.InRange(started.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(15));
        var message = await OutboxTestKit.ReadAsync(database, id, ct);
        Assert.Equal((MessageStatus.Pending, 1), (message.Status, message.Attempts));
        Assert.Contains("did not answer in time", message.LastError, StringComparison.Ordinal);
        clock.Advance(TimeSpan.FromSeconds(37));
        await SendDueAsync(services, ct);
        Assert.Equal(MessageStatus.Sent, (await OutboxTestKit.ReadAsync(database, id, ct)).Status);
        Assert.Equal(id.ToString("D"), Assert.Single(notify.Accepted).Reference);
    }

    [Theory]
    [BothProviders]
    public async Task SendDue_WhenNotifyAnswers400_FailsAtOnceWithNotifysReason(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var notify = await FakeNotify.StartAsync();
        notify.AnswerNextWith(400);
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        using var services = Services(database, clock, notify.Configuration());
        var id = await OutboxTestKit.AddReceiptAsync(database, clock, ct, NotifyTemplates.RequestReceivedEmail, "someone@example.org");

        await SendDueAsync(services, ct);
        clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(0, await SendDueAsync(services, ct));

        var message = await OutboxTestKit.ReadAsync(database, id, ct);
        Assert.Equal(MessageStatus.Failed, message.Status);
        Assert.Equal("Refused with status 400: BadRequestError: Can't send to this recipient using a team-only API key (not retried: the other side refused it)", message.LastError);
        Assert.Single(notify.Requests);
    }

    [Theory]
    [BothProviders]
    public async Task SendDue_WithAKeyWhoseSecretNotifyDoesNotKnow_IsRefusedByTheTokenCheck_AndFailed(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var notify = await FakeNotify.StartAsync();
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var settings = new Dictionary<string, string?>(notify.Configuration())
        {
            ["Messages:Notify:ApiKey"] = (notify.Key with { Secret = Guid.NewGuid().ToString("D") }).Value,
        };
        using var services = Services(database, clock, settings);
        var id = await OutboxTestKit.AddReceiptAsync(database, clock, ct, NotifyTemplates.RequestReceivedEmail, "someone@example.org");

        await SendDueAsync(services, ct);

        Assert.Equal((403, "Invalid token: signature, api token not found"), (notify.Requests.Single().Status, notify.Requests.Single().Error));
        var message = await OutboxTestKit.ReadAsync(database, id, ct);
        Assert.Equal(MessageStatus.Failed, message.Status);
        Assert.Contains("AuthError", message.LastError, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task SendDue_WithNoNotifyApiKey_LeavesTextsAndEmailsPending(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        using var services = Services(database, clock, new Dictionary<string, string?>());
        var id = await OutboxTestKit.AddReceiptAsync(database, clock, ct, NotifyTemplates.RequestReceivedEmail, "someone@example.org");

        Assert.Equal(0, await SendDueAsync(services, ct));
        clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await SendDueAsync(services, ct));

        Assert.Empty(services.GetServices<IMessageChannel>());
        var message = await OutboxTestKit.ReadAsync(database, id, ct);
        Assert.Equal((MessageStatus.Pending, 0, null), (message.Status, message.Attempts, message.LastError));
    }

    [Fact]
    public void Options_WithAKeyButATemplateMissing_AreRefusedNamingTheSettingAndTheFields()
    {
        var options = new NotifyOptions
        {
            ApiKey = new NotifyApiKey("live", Guid.NewGuid(), Guid.NewGuid().ToString("D")).Value,
            Templates = { [NotifyTemplates.RequestReceivedEmail.Name] = Guid.NewGuid().ToString("D"), ["request-recieved-sms"] = Guid.NewGuid().ToString("D") },
        };

        var errors = Errors(options);

        Assert.Contains("Messages:Notify:Templates:request-received-sms must be the id (a GUID) of the Notify text message template using ((reference)).", errors);
        Assert.Contains(errors, e => e.StartsWith("Messages:Notify:Templates:request-recieved-sms is not a template FrontDoor sends", StringComparison.Ordinal));
        Assert.Equal(NotifyTemplates.All.Count, errors.Count); // each template but the one given, and the misspelt name
    }

    [Theory]
    [InlineData("not-a-key")]
    [InlineData("live-0d5a27a3-8a5d-4e7e-9a52-3d1a2c1d9f10-not-a-guid-at-all-xxxxxxxxxxxxxxxxxxxx")]
    public void Options_WithAMalformedKey_AreRefusedWithoutQuotingIt(string key)
    {
        var errors = Errors(new NotifyOptions { ApiKey = key });

        var error = Assert.Single(errors, e => e.StartsWith("Messages:Notify:ApiKey", StringComparison.Ordinal));
        Assert.DoesNotContain(key, error, StringComparison.Ordinal);
    }

    [Fact]
    public void ApiKey_IsReadFromTheEnd_SoAKeyNameMayContainHyphens()
    {
        var service = Guid.NewGuid();
        var secret = Guid.NewGuid().ToString("D");

        Assert.True(NotifyApiKey.TryParse($"my-team-key-{service:D}-{secret}", out var key));

        Assert.Equal(("my-team-key", service, secret), (key.KeyName, key.ServiceId, key.Secret));
        Assert.DoesNotContain(secret, key.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Options_WithoutAKey_NeedNoTemplates()
    {
        Assert.Empty(Errors(new NotifyOptions()));
    }

    private static List<string> Errors(NotifyOptions options) =>
        [.. options.Validate(new ValidationContext(options)).Select(e => e.ErrorMessage!)];

    private static string TemplateId(FakeNotify notify, NotifyTemplate template) =>
        notify.Templates.Single(t => t.Name == template.Name).Id.ToString("D");

    private static ServiceProvider Services(TestDatabase database, FakeTimeProvider clock, IReadOnlyDictionary<string, string?> settings) =>
        OutboxTestKit.Services(database, clock, settings);

    private static async Task<int> SendDueAsync(ServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendDueAsync(10, "node-a", ct);
    }

}
