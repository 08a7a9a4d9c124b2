using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FrontDoor.Core.Messages;
using FrontDoor.Core.Messages.Notify;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FrontDoor.TestCommon.Notify;

/// <summary>A template as the fake Notify service holds it: its id, whether email or text, and the ((fields)) it uses.</summary>
public sealed record FakeNotifyTemplate(Guid Id, string Name, MessageKind Kind, IReadOnlyList<string> Personalisation)
{
    /// <summary>The template's text as Notify holds it; by default one line using each field.</summary>
    public string Body { get; init; } = string.Join(" ", Personalisation.Select(field => $"Your {field} is (({field}))."));
}

/// <summary>One request the fake answered, with what it answered.</summary>
/// <param name="NotificationId">The id the fake gave an accepted notification; null for a refusal.</param>
public sealed record FakeNotifyRequest(string Path, int Status, string? Recipient, string? TemplateId, IReadOnlyDictionary<string, string> Personalisation, string? Reference, string? Error)
{
    public Guid? NotificationId { get; init; }
}

/// <summary>
/// GOV.UK Notify on loopback, speaking its API as the documentation describes it: <c>POST /v2/notifications/email</c>
/// and <c>/v2/notifications/sms</c> with a JWT bearer token (HS256, <c>iss</c> the service id, <c>iat</c> within
/// 30 seconds, signed with the API key's secret), the payload and the template's personalisation checked, and
/// Notify's own response and error shapes. Told to, it answers the next requests with 429, 500 or 400.
/// <c>GET /v2/notifications/{id}</c> answers with the status it was told (<see cref="ReportStatus"/>), <c>sending</c> until then.
/// </summary>
public sealed class FakeNotify : IAsyncDisposable
{
    private static readonly TimeSpan ClockTolerance = TimeSpan.FromSeconds(30);

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<int> _forcedAnswers = new();
    private readonly ConcurrentQueue<TimeSpan> _delays = new();
    private readonly ConcurrentQueue<FakeNotifyRequest> _requests = new();
    private readonly Dictionary<Guid, FakeNotifyTemplate> _templates;
    private readonly ConcurrentDictionary<Guid, SentNotification> _sent = new();
    private readonly ConcurrentQueue<int> _forcedStatusAnswers = new();
    private readonly ConcurrentQueue<FakeNotifyRequest> _statusRequests = new();

    private FakeNotify(WebApplication app, NotifyApiKey key, IReadOnlyList<FakeNotifyTemplate> templates)
    {
        _app = app;
        Key = key;
        _templates = templates.ToDictionary(t => t.Id);
    }

    public NotifyApiKey Key { get; }

    public string ApiKey => Key.Value;

    public Uri BaseUrl { get; private set; } = null!;

    public IReadOnlyList<FakeNotifyTemplate> Templates => [.. _templates.Values];

    /// <summary>Every request to send a notification, in order, refused ones included.</summary>
    public IReadOnlyList<FakeNotifyRequest> Requests => [.. _requests.Where(r => r.Path.StartsWith("/v2/notifications/", StringComparison.Ordinal))];

    /// <summary>Every template looked up (GET /v2/template/{id}), in order.</summary>
    public IReadOnlyList<FakeNotifyRequest> TemplateRequests => [.. _requests.Where(r => r.Path.StartsWith("/v2/template/", StringComparison.Ordinal))];

    /// <summary>Every status look-up (GET /v2/notifications/{id}), in order, refused ones included.</summary>
    public IReadOnlyList<FakeNotifyRequest> StatusRequests => [.. _statusRequests];

    /// <summary>
    /// What Notify will answer about an accepted notification from now on: <c>delivered</c>, <c>permanent-failure</c>,
    /// <c>temporary-failure</c>, <c>technical-failure</c>, or <c>sending</c> (the status of each until told otherwise).
    /// </summary>
    public void ReportStatus(Guid notificationId, string status, DateTimeOffset? completedAt = null)
    {
        if (!_sent.TryGetValue(notificationId, out var sent))
        {
            throw new InvalidOperationException($"The fake Notify accepted no notification {notificationId}.");
        }

        _sent[notificationId] = sent with { Status = status, CompletedAt = completedAt };
    }

    /// <summary>Answers the next status look-ups, one each, with these statuses (429, 500, 404 …).</summary>
    public void AnswerNextStatusWith(params int[] statuses)
    {
        foreach (var status in statuses)
        {
            _forcedStatusAnswers.Enqueue(status);
        }
    }

    /// <summary>Notifications accepted (201).</summary>
    public IReadOnlyList<FakeNotifyRequest> Accepted => [.. _requests.Where(r => r.Status == StatusCodes.Status201Created)];

    /// <summary>The settings that point FrontDoor at this fake, with a template id for each template FrontDoor sends.</summary>
    public IReadOnlyDictionary<string, string?> Configuration()
    {
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Messages:Notify:ApiKey"] = ApiKey,
            ["Messages:Notify:BaseUrl"] = BaseUrl.ToString(),
        };
        foreach (var template in _templates.Values)
        {
            settings[$"Messages:Notify:Templates:{template.Name}"] = template.Id.ToString("D");
        }

        return settings;
    }

    /// <summary>Answers the next requests, one each, with these statuses (429, 500, 400 …) instead of sending.</summary>
    public void AnswerNextWith(params int[] statuses)
    {
        foreach (var status in statuses)
        {
            _forcedAnswers.Enqueue(status);
        }
    }

    /// <summary>How long every notification request takes to answer, as the real Notify's round trip over the internet does.</summary>
    public TimeSpan Latency { get; set; } = TimeSpan.Zero;

    /// <summary>Holds the next request this long before answering it, as a Notify that is slow or unreachable would.</summary>
    public void DelayNextBy(TimeSpan delay) => _delays.Enqueue(delay);

    /// <summary>Starts the fake with one template for each that FrontDoor sends, using the fields FrontDoor fills.</summary>
    public static Task<FakeNotify> StartAsync() =>
        StartAsync([.. NotifyTemplates.All.Select(t => new FakeNotifyTemplate(Guid.NewGuid(), t.Name, t.Kind, t.Personalisation))]);

    public static async Task<FakeNotify> StartAsync(IReadOnlyList<FakeNotifyTemplate> templates)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var fake = new FakeNotify(app, new NotifyApiKey("frontdoor-tests", Guid.NewGuid(), Guid.NewGuid().ToString("D")), templates);
        app.MapPost("/v2/notifications/email", context => fake.AnswerAsync(context, MessageKind.NotifyEmail));
        app.MapPost("/v2/notifications/sms", context => fake.AnswerAsync(context, MessageKind.NotifySms));
        app.MapGet("/v2/template/{id}", (HttpContext context, string id) => fake.TemplateAsync(context, id));
        app.MapGet("/v2/notifications/{id}", (HttpContext context, string id) => fake.NotificationAsync(context, id));
        await app.StartAsync();
        var address = app.Urls.Single();
        fake.BaseUrl = new Uri(address.EndsWith('/') ? address : address + "/");
        return fake;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task AnswerAsync(HttpContext context, MessageKind kind)
    {
        var path = context.Request.Path.Value!;
        if (_delays.TryDequeue(out var delay) || (delay = Latency) > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The client gave up waiting, as FrontDoor's timeout should make it.
                _requests.Enqueue(new FakeNotifyRequest(path, 0, null, null, new Dictionary<string, string>(), null, "The client gave up before Notify answered"));
                return;
            }
        }
        if (AuthenticationProblem(context.Request.Headers.Authorization.ToString()) is { } authError)
        {
            await RefuseAsync(context, new FakeNotifyRequest(path, 403, null, null, new Dictionary<string, string>(), null, authError), "AuthError", authError);
            return;
        }

        JsonObject body;
        try
        {
            body = JsonNode.Parse(await new StreamReader(context.Request.Body).ReadToEndAsync(context.RequestAborted)) as JsonObject
                ?? throw new JsonException("not an object");
        }
        catch (JsonException)
        {
            await RefuseAsync(context, new FakeNotifyRequest(path, 400, null, null, new Dictionary<string, string>(), null, "Invalid JSON"), "BadRequestError", "Invalid JSON supplied in POST data");
            return;
        }

        var recipientField = kind == MessageKind.NotifySms ? "phone_number" : "email_address";
        var recipient = (string?)body[recipientField];
        var templateId = (string?)body["template_id"];
        var reference = (string?)body["reference"];
        var personalisation = (body["personalisation"] as JsonObject)?.ToDictionary(p => p.Key, p => p.Value?.ToString() ?? string.Empty, StringComparer.Ordinal)
            ?? new Dictionary<string, string>(StringComparer.Ordinal);
        FakeNotifyRequest Request(int status, string? error) => new(path, status, recipient, templateId, personalisation, reference, error);

        var problem = PayloadProblem(kind, recipientField, recipient, templateId, personalisation);
        if (problem is not null)
        {
            await RefuseAsync(context, Request(400, problem), "ValidationError", problem);
            return;
        }

        if (_forcedAnswers.TryDequeue(out var forced))
        {
            var (error, message) = forced switch
            {
                429 => ("RateLimitError", "Exceeded rate limit for key type LIVE of 3000 requests per 60 seconds"),
                400 => ("BadRequestError", "Can't send to this recipient using a team-only API key"),
                403 => ("AuthError", "Invalid token: API key not found"),
                _ => ("Exception", "Internal server error"),
            };
            await RefuseAsync(context, Request(forced, message), error, message);
            return;
        }

        var id = Guid.NewGuid();
        var template = _templates[Guid.Parse(templateId!)];
        _requests.Enqueue(Request(StatusCodes.Status201Created, null) with { NotificationId = id });
        _sent[id] = new SentNotification(kind, template.Id, recipient!, reference, personalisation, DateTimeOffset.UtcNow, "sending", null);
        var content = kind == MessageKind.NotifySms
            ? new JsonObject { ["body"] = $"{template.Name}: {string.Join(", ", personalisation.Values)}", ["from_number"] = "GOVUK" }
            : new JsonObject { ["subject"] = template.Name, ["body"] = string.Join(", ", personalisation.Values), ["from_email"] = "adult.social.care@notifications.service.gov.uk", ["one_click_unsubscribe_url"] = null };
        context.Response.StatusCode = StatusCodes.Status201Created;
        await context.Response.WriteAsJsonAsync(new JsonObject
        {
            ["id"] = id.ToString("D"),
            ["reference"] = reference,
            ["content"] = content,
            ["uri"] = new Uri(BaseUrl, $"v2/notifications/{id:D}").ToString(),
            ["template"] = new JsonObject { ["id"] = template.Id.ToString("D"), ["version"] = 1, ["uri"] = new Uri(BaseUrl, $"services/{Key.ServiceId:D}/templates/{template.Id:D}").ToString() },
        });
    }

    /// <summary>GET /v2/template/{id}: the template as Notify describes it.</summary>
    private async Task TemplateAsync(HttpContext context, string id)
    {
        var path = context.Request.Path.Value!;
        if (AuthenticationProblem(context.Request.Headers.Authorization.ToString()) is { } authError)
        {
            await RefuseAsync(context, new FakeNotifyRequest(path, 403, null, id, new Dictionary<string, string>(), null, authError), "AuthError", authError);
            return;
        }

        if (!Guid.TryParse(id, out var templateId) || !_templates.TryGetValue(templateId, out var template))
        {
            await RefuseAsync(context, new FakeNotifyRequest(path, 404, null, id, new Dictionary<string, string>(), null, "No result found"), "NoResultFound", "No result found");
            return;
        }

        _requests.Enqueue(new FakeNotifyRequest(path, StatusCodes.Status200OK, null, id, new Dictionary<string, string>(), null, null));
        await context.Response.WriteAsJsonAsync(new JsonObject
        {
            ["id"] = template.Id.ToString("D"),
            ["name"] = template.Name,
            ["type"] = template.Kind == MessageKind.NotifySms ? "sms" : "email",
            ["created_at"] = "2026-01-05T10:00:00.000000Z",
            ["updated_at"] = null,
            ["created_by"] = "someone@example.gov.uk",
            ["version"] = 1,
            ["body"] = template.Body,
            ["subject"] = template.Kind == MessageKind.NotifySms ? null : "We received your request",
            ["letter_contact_block"] = null,
        });
    }

    /// <summary>GET /v2/notifications/{id}: the notification as Notify describes it, with the status it was told.</summary>
    private async Task NotificationAsync(HttpContext context, string id)
    {
        var path = context.Request.Path.Value!;
        FakeNotifyRequest Request(int status, string? error) => new(path, status, null, null, new Dictionary<string, string>(), null, error);
        if (AuthenticationProblem(context.Request.Headers.Authorization.ToString()) is { } authError)
        {
            await RefuseAsync(context, Request(403, authError), "AuthError", authError, _statusRequests);
            return;
        }

        if (!Guid.TryParse(id, out var notificationId))
        {
            await RefuseAsync(context, Request(400, "id is not a valid UUID"), "ValidationError", "notification_id is not a valid UUID", _statusRequests);
            return;
        }

        if (_forcedStatusAnswers.TryDequeue(out var forced))
        {
            var (error, message) = forced switch
            {
                429 => ("RateLimitError", "Exceeded rate limit for key type LIVE of 3000 requests per 60 seconds"),
                404 => ("NoResultFound", "No result found"),
                _ => ("Exception", "Internal server error"),
            };
            await RefuseAsync(context, Request(forced, message), error, message, _statusRequests);
            return;
        }

        if (!_sent.TryGetValue(notificationId, out var sent))
        {
            await RefuseAsync(context, Request(404, "No result found"), "NoResultFound", "No result found", _statusRequests);
            return;
        }

        static string? Time(DateTimeOffset? at) => at?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", System.Globalization.CultureInfo.InvariantCulture);
        _statusRequests.Enqueue(Request(StatusCodes.Status200OK, null) with { NotificationId = notificationId });
        var email = sent.Kind == MessageKind.NotifyEmail;
        await context.Response.WriteAsJsonAsync(new JsonObject
        {
            ["id"] = notificationId.ToString("D"),
            ["reference"] = sent.Reference,
            ["email_address"] = email ? sent.Recipient : null,
            ["phone_number"] = email ? null : sent.Recipient,
            ["line_1"] = null,
            ["postcode"] = null,
            ["type"] = email ? "email" : "sms",
            ["status"] = sent.Status,
            ["template"] = new JsonObject { ["id"] = sent.TemplateId.ToString("D"), ["version"] = 1, ["uri"] = new Uri(BaseUrl, $"v2/template/{sent.TemplateId:D}").ToString() },
            ["body"] = string.Join(", ", sent.Personalisation.Values),
            ["subject"] = email ? "We received your request" : null,
            ["created_at"] = Time(sent.CreatedAt),
            ["created_by_name"] = null,
            ["sent_at"] = Time(sent.CreatedAt),
            ["completed_at"] = Time(sent.CompletedAt),
            ["scheduled_for"] = null,
            ["one_click_unsubscribe"] = null,
        });
    }

    private sealed record SentNotification(MessageKind Kind, Guid TemplateId, string Recipient, string? Reference, IReadOnlyDictionary<string, string> Personalisation, DateTimeOffset CreatedAt, string Status, DateTimeOffset? CompletedAt);

    private Task RefuseAsync(HttpContext context, FakeNotifyRequest request, string error, string message) => RefuseAsync(context, request, error, message, _requests);

    private static async Task RefuseAsync(HttpContext context, FakeNotifyRequest request, string error, string message, ConcurrentQueue<FakeNotifyRequest> log)
    {
        log.Enqueue(request);
        context.Response.StatusCode = request.Status;
        await context.Response.WriteAsJsonAsync(new JsonObject
        {
            ["status_code"] = request.Status,
            ["errors"] = new JsonArray(new JsonObject { ["error"] = error, ["message"] = message }),
        });
    }

    /// <summary>Notify's token checks: a JWT signed HS256 with the key's secret, issued by the service, within 30 seconds of now.</summary>
    private string? AuthenticationProblem(string authorization)
    {
        if (!authorization.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return "Unauthorized: authentication token must be provided";
        }

        var parts = authorization["Bearer ".Length..].Split('.');
        if (parts.Length != 3)
        {
            return "Invalid token: not a JWT";
        }

        try
        {
            using var header = JsonDocument.Parse(Base64Url(parts[0]));
            if (header.RootElement.GetProperty("alg").GetString() != "HS256")
            {
                return "Invalid token: algorithm used is not HS256";
            }

            var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(Key.Secret), Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}"));
            if (!CryptographicOperations.FixedTimeEquals(expected, Base64Url(parts[2])))
            {
                return "Invalid token: signature, api token not found";
            }

            using var payload = JsonDocument.Parse(Base64Url(parts[1]));
            if (!payload.RootElement.TryGetProperty("iss", out var iss) || iss.GetString() != Key.ServiceId.ToString("D"))
            {
                return "Invalid token: service id not found";
            }

            if (!payload.RootElement.TryGetProperty("iat", out var iat) || iat.ValueKind != JsonValueKind.Number)
            {
                return "Invalid token: iat field not provided";
            }

            // A number of seconds; the .NET client sends it with a fraction part, which Notify accepts.
            var issuedAt = DateTimeOffset.UnixEpoch.AddSeconds(iat.GetDouble());
            if ((DateTimeOffset.UtcNow - issuedAt).Duration() > ClockTolerance)
            {
                return "Error: Your system clock must be accurate to within 30 seconds";
            }
        }
        catch (Exception ex) when (ex is FormatException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return "Invalid token: not a JWT";
        }

        return null;
    }

    private string? PayloadProblem(MessageKind kind, string recipientField, string? recipient, string? templateId, Dictionary<string, string> personalisation)
    {
        if (string.IsNullOrWhiteSpace(recipient))
        {
            return $"{recipientField} is a required property";
        }

        if (kind == MessageKind.NotifyEmail && !System.Net.Mail.MailAddress.TryCreate(recipient, out _))
        {
            return "email_address Not a valid email address";
        }

        if (kind == MessageKind.NotifySms && !IsUkMobile(recipient))
        {
            return "phone_number Not a UK mobile number";
        }

        if (!Guid.TryParse(templateId, out var id))
        {
            return "template_id is not a valid UUID";
        }

        if (!_templates.TryGetValue(id, out var template))
        {
            return "Template not found";
        }

        if (template.Kind != kind)
        {
            return $"{(kind == MessageKind.NotifySms ? "sms" : "email")} template is not suitable for {template.Kind} notification";
        }

        var missing = template.Personalisation.Where(field => !personalisation.ContainsKey(field)).ToList();
        return missing.Count > 0 ? $"Missing personalisation: {string.Join(", ", missing)}" : null;
    }

    private static bool IsUkMobile(string number)
    {
        var digits = new string([.. number.Where(c => char.IsDigit(c) || c == '+')]);
        return (digits.StartsWith("07", StringComparison.Ordinal) && digits.Length == 11)
            || (digits.StartsWith("+447", StringComparison.Ordinal) && digits.Length == 13)
            || (digits.StartsWith("447", StringComparison.Ordinal) && digits.Length == 12);
    }

    private static byte[] Base64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded.PadRight(padded.Length + ((4 - (padded.Length % 4)) % 4), '='));
    }
}
