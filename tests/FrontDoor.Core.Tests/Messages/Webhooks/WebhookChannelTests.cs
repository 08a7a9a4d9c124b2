using FrontDoor.Core.Contacts;
using FrontDoor.Core.Data;
using FrontDoor.Core.Jobs;
using FrontDoor.Core.Messages;
using FrontDoor.Core.Messages.Webhooks;
using FrontDoor.Core.Tests.Contacts;
using FrontDoor.TestCommon.Databases;
using FrontDoor.TestCommon.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FrontDoor.Core.Tests.Messages.Webhooks;

/// <summary>
/// Events registered as the web host registers them (AddOutbox reading the settings), written by a contact's move and
/// sent by the real outbox sender and webhook channel to a receiver on loopback that verifies each signature.
/// </summary>
public sealed class WebhookChannelTests
{
    [Theory]
    [BothProviders]
    public async Task SendDue_PostsTheEventOnce_SignedSoTheReceiverVerifiesIt_AndRecordsTheAcknowledgement(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        await using var receiver = await FakeWebhookReceiver.StartAsync(clock);
        using var services = Services(database, clock, receiver.Configuration("case-system", [WebhookEventTypes.ContactReceived]));
        var contactId = await ReceiveAndProcessAsync(services, clock, ct);

        Assert.Equal(1, await SendDueAsync(services, ct));
        Assert.Equal(0, await SendDueAsync(services, ct));

        var message = Assert.Single(await WebhooksAsync(database, ct));
        var delivery = Assert.Single(receiver.Deliveries);
        Assert.Equal((message.Id.ToString("D"), WebhookEventTypes.ContactReceived, WebhookVerification.Valid, 200), (delivery.EventId, delivery.EventType, delivery.Verification, delivery.Status));
        Assert.Equal(message.Body, delivery.Body);
        Assert.Equal([message.Id.ToString("D")], receiver.AcceptedEventIds);
        Assert.Equal((MessageStatus.Sent, clock.GetUtcNow(), contactId), (message.Status, message.SentAt, message.ContactId));

        // The contact's timeline lists it as acknowledged by the subscription, by name.
        var onTimeline = ContactMessage.Of(message);
        Assert.Equal(("case-system", MessageStatus.Sent, clock.GetUtcNow()), (onTimeline.MaskedRecipient, onTimeline.Status, onTimeline.StatusAt));
    }

    [Theory]
    [BothProviders]
    public async Task SendDue_WhenTheReceiverAnswers500Then429_RetriesWithBackOff_WithTheSameEventId_ThenSends(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        await using var receiver = await FakeWebhookReceiver.StartAsync(clock);
        using var services = Services(database, clock, receiver.Configuration("case-system", [WebhookEventTypes.ContactReceived]));
        await ReceiveAndProcessAsync(services, clock, ct);
        receiver.AnswerNextWith(500, 429);

        Assert.Equal(1, await SendDueAsync(services, ct));
        var first = Assert.Single(await WebhooksAsync(database, ct));
        Assert.Equal(MessageStatus.Pending, first.Status);
        Assert.Contains("case-system answered 500", first.LastError, StringComparison.Ordinal);
        Assert.InRange(first.NextAttemptAt!.Value, clock.GetUtcNow().AddSeconds(30), clock.GetUtcNow().AddSeconds(36));

        clock.Advance(TimeSpan.FromSeconds(37));
        Assert.Equal(1, await SendDueAsync(services, ct));
        var second = Assert.Single(await WebhooksAsync(database, ct));
        Assert.Contains("case-system answered 429", second.LastError, StringComparison.Ordinal);
        Assert.InRange(second.NextAttemptAt!.Value, clock.GetUtcNow().AddSeconds(60), clock.GetUtcNow().AddSeconds(72));

        clock.Advance(TimeSpan.FromSeconds(73));
        Assert.Equal(1, await SendDueAsync(services, ct));
        var sent = Assert.Single(await WebhooksAsync(database, ct));
        Assert.Equal((MessageStatus.Sent, 3), (sent.Status, sent.Attempts));
        Assert.Equal([500, 429, 200], receiver.Deliveries.Select(d => d.Status));
        Assert.All(receiver.Deliveries, d => Assert.Equal((sent.Id.ToString("D"), WebhookVerification.Valid), (d.EventId, d.Verification)));
    }

    [Theory]
    [BothProviders]
    public async Task SendDue_WhenTheReceiverAnswers400_FailsAtOnceForAnAdministrator(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        await using var receiver = await FakeWebhookReceiver.StartAsync(clock);
        using var services = Services(database, clock, receiver.Configuration("case-system", [WebhookEventTypes.ContactReceived]));
        await ReceiveAndProcessAsync(services, clock, ct);
        receiver.AnswerNextWith(400);

        await SendDueAsync(services, ct);
        clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(0, await SendDueAsync(services, ct));

        var message = Assert.Single(await WebhooksAsync(database, ct));
        Assert.Equal((MessageStatus.Failed, 1), (message.Status, message.Attempts));
        Assert.Contains("case-system answered 400", message.LastError, StringComparison.Ordinal);
        Assert.Single(receiver.Deliveries);
    }

    [Theory]
    [BothProviders]
    public async Task SendDue_ToAReceiverHoldingAnotherSecret_IsRefusedAndNotRetried(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        await using var receiver = await FakeWebhookReceiver.StartAsync(clock);
        var settings = new Dictionary<string, string?>(receiver.Configuration("case-system", [WebhookEventTypes.ContactReceived]))
        {
            [$"{WebhookOptions.SectionName}:Subscriptions:0:Secret"] = new string('w', 40),
        };
        using var services = Services(database, clock, settings);
        await ReceiveAndProcessAsync(services, clock, ct);

        await SendDueAsync(services, ct);

        Assert.Equal(WebhookVerification.NoMatch, Assert.Single(receiver.Deliveries).Verification);
        Assert.Empty(receiver.AcceptedEventIds);
        Assert.Equal(MessageStatus.Failed, Assert.Single(await WebhooksAsync(database, ct)).Status);
    }

    [Theory]
    [InlineData("Url", "http://case-system.example.gov.uk/events", "Messages:Webhooks:Subscriptions:0:Url must be an absolute https address")]
    [InlineData("Secret", "too-short-a-secret", "Messages:Webhooks:Subscriptions:0:Secret must be at least 32 characters")]
    [InlineData("Events:0", "contact.deleted", "Messages:Webhooks:Subscriptions:0:Events must list one or more of contact.received, contact.routed, contact.closed.")]
    [InlineData("Timeout", "00:10:00", "Messages:Webhooks:Subscriptions:0:Timeout must be between 00:00:01 and 00:05:00.")]
    [InlineData("Name", "", "Messages:Webhooks:Subscriptions:0:Name must be a name for the receiving system")]
    public void Start_WithABadSubscription_IsRefusedWithOneLineNamingTheSetting(string setting, string value, string expected)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Messages:StaffSiteUrl"] = "https://frontdoor.example.gov.uk/",
            ["Messages:Webhooks:Subscriptions:0:Name"] = "case-system",
            ["Messages:Webhooks:Subscriptions:0:Url"] = "https://case-system.example.gov.uk/events",
            ["Messages:Webhooks:Subscriptions:0:Secret"] = "a-long-random-secret-0123456789abcdef",
            ["Messages:Webhooks:Subscriptions:0:Events:0"] = "contact.closed",
        };
        settings[$"Messages:Webhooks:Subscriptions:0:{setting}"] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddOutbox(configuration).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<WebhookOptions>>().Value);

        var failure = Assert.Single(error.Failures);
        Assert.Contains(expected, failure, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', failure);
        Assert.DoesNotContain("a-long-random-secret", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("too-short-a-secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_WithASubscriptionButNoStaffSiteUrl_IsRefused_AndLoopbackHttpIsAllowed()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Messages:Webhooks:Subscriptions:0:Name"] = "case-system",
            ["Messages:Webhooks:Subscriptions:0:Url"] = "http://127.0.0.1:8080/events",
            ["Messages:Webhooks:Subscriptions:0:Secret"] = new string('s', 32),
            ["Messages:Webhooks:Subscriptions:0:Events:0"] = "contact.routed",
        }).Build();
        using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddOutbox(configuration).BuildServiceProvider();

        Assert.Empty(services.GetRequiredService<IOptions<WebhookOptions>>().Value.Subscriptions.SelectMany(s => s.Problems("s")));
        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<MessagesOptions>>().Value);

        Assert.StartsWith("Messages:StaffSiteUrl must be set when Messages:Webhooks has subscriptions", Assert.Single(error.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void AddOutbox_WithoutSubscriptions_RegistersNoWebhookChannelNorEventWriter()
    {
        var configuration = new ConfigurationBuilder().Build();
        using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddOutbox(configuration).BuildServiceProvider();

        Assert.DoesNotContain(services.GetServices<IMessageChannel>(), c => c is WebhookChannel);
        Assert.Empty(services.GetServices<ISaveChangesInterceptor>());
    }

    /// <summary>The outbox as the web host registers it, its database contexts given the interceptors it registered, as DatabaseSetup gives them.</summary>
    private static ServiceProvider Services(TestDatabase database, FakeTimeProvider clock, IReadOnlyDictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<TimeProvider>(clock)
            .AddSingleton<NodeIdentity>()
            .AddLogging()
            .AddScoped(sp => database.CreateDbContext([.. sp.GetServices<ISaveChangesInterceptor>()]));
        services.AddOutbox(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    private static async Task<Guid> ReceiveAndProcessAsync(ServiceProvider services, FakeTimeProvider clock, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FrontDoorDbContext>();
        var receipt = await IntakeTestKit.Intake(db, clock).ReceiveAndProcessAsync(IntakeTestKit.Submission(), ct);
        Assert.Equal(ContactStatus.Open, (await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == receipt.ContactId, ct)).Status);
        return receipt.ContactId;
    }

    private static async Task<int> SendDueAsync(ServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendDueAsync(10, "node-a", ct);
    }

    private static async Task<List<OutboxMessage>> WebhooksAsync(TestDatabase database, CancellationToken ct)
    {
        await using var db = database.CreateDbContext();
        return await db.OutboxMessages.AsNoTracking().Where(m => m.Kind == MessageKind.Webhook).OrderBy(m => m.Id).ToListAsync(ct);
    }
}
