using System.Collections.Concurrent;
using System.Net;
using System.Text;
using FrontDoor.Core.Messages.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace FrontDoor.TestCommon.Webhooks;

/// <summary>One delivery the fake received, with what it made of the signature and what it answered.</summary>
public sealed record FakeWebhookDelivery(string? EventId, string? EventType, string? Signature, WebhookVerification Verification, int Status, string Body);

/// <summary>
/// A case system's webhook receiver on loopback, as <c>docs/webhooks.md</c> tells receivers to build one: it verifies
/// each delivery's signature with <see cref="WebhookSignature.Verify(ReadOnlySpan{byte}, string?, IEnumerable{string}, DateTimeOffset, TimeSpan)"/>
/// over the raw body, refuses a bad or stale one with 400, and answers 200 otherwise. It records every delivery and
/// the event ids it accepted (a repeat shows as the same id twice). Told to, it answers the next deliveries with
/// 500, 429, 400 … instead.
/// </summary>
public sealed class FakeWebhookReceiver : IAsyncDisposable
{
    public const string Path = "/frontdoor/events";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<int> _forcedAnswers = new();
    private readonly ConcurrentQueue<FakeWebhookDelivery> _deliveries = new();
    private FakeWebhookReceiver(WebApplication app, string secret, TimeProvider clock)
    {
        _app = app;
        Secret = secret;
        Clock = clock;
    }

    /// <summary>The clock signatures' timestamps are checked against: the sender's, when the test fakes it.</summary>
    public TimeProvider Clock { get; set; }

    public string Secret { get; }

    public Uri Url { get; private set; } = null!;

    /// <summary>Every delivery, in order, refused ones included.</summary>
    public IReadOnlyList<FakeWebhookDelivery> Deliveries => [.. _deliveries];

    /// <summary>The ids of the events it acknowledged (2xx), in order; an id twice is a repeat it could drop.</summary>
    public IReadOnlyList<string> AcceptedEventIds => [.. _deliveries.Where(d => d.Status == StatusCodes.Status200OK).Select(d => d.EventId!)];

    /// <summary>The settings for one subscription (index <paramref name="index"/>) pointing at this receiver.</summary>
    public IReadOnlyDictionary<string, string?> Configuration(string name, IEnumerable<string> events, int index = 0)
    {
        var key = $"{WebhookOptions.SectionName}:Subscriptions:{index}";
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [$"{key}:Name"] = name,
            [$"{key}:Url"] = Url.ToString(),
            [$"{key}:Secret"] = Secret,
            ["Messages:StaffSiteUrl"] = "https://frontdoor.test/",
        };
        var i = 0;
        foreach (var type in events)
        {
            settings[$"{key}:Events:{i++}"] = type;
        }

        return settings;
    }

    /// <summary>A subscription to this receiver, as configuration would bind it.</summary>
    public WebhookSubscription Subscription(string name, params string[] events) => new() { Name = name, Url = Url, Secret = Secret, Events = [.. events] };

    /// <summary>Answers the next deliveries, one each, with these statuses instead of acknowledging them.</summary>
    public void AnswerNextWith(params int[] statuses)
    {
        foreach (var status in statuses)
        {
            _forcedAnswers.Enqueue(status);
        }
    }

    /// <summary>Starts a receiver holding a new random secret, checking timestamps against <paramref name="clock"/> (the system's by default).</summary>
    public static async Task<FakeWebhookReceiver> StartAsync(TimeProvider? clock = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var receiver = new FakeWebhookReceiver(app, Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)), clock ?? TimeProvider.System);
        app.MapPost(Path, receiver.ReceiveAsync);
        await app.StartAsync();
        receiver.Url = new Uri(new Uri(app.Urls.Single()), Path);
        return receiver;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task ReceiveAsync(HttpContext context)
    {
        // The raw bytes, as sent: verifying a re-serialised body would prove nothing.
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        var body = buffer.ToArray();
        var signature = context.Request.Headers[WebhookSignature.HeaderName].ToString();
        var verification = WebhookSignature.Verify(body, signature, [Secret], Clock.GetUtcNow(), WebhookSignature.DefaultTolerance);
        var status = verification != WebhookVerification.Valid
            ? StatusCodes.Status400BadRequest
            : _forcedAnswers.TryDequeue(out var forced) ? forced : StatusCodes.Status200OK;
        _deliveries.Enqueue(new FakeWebhookDelivery(
            context.Request.Headers[WebhookSignature.EventIdHeaderName].ToString(), context.Request.Headers[WebhookSignature.EventTypeHeaderName].ToString(), signature, verification, status, Encoding.UTF8.GetString(body)));
        context.Response.StatusCode = status;
        if (status != StatusCodes.Status200OK)
        {
            await context.Response.WriteAsync(verification == WebhookVerification.Valid ? "Told to refuse." : $"Signature refused: {verification}.", context.RequestAborted);
        }
    }
}
