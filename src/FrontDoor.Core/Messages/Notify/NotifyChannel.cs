using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Notify.Client;
using Notify.Exceptions;
using Notify.Interfaces;

namespace FrontDoor.Core.Messages.Notify;

/// <summary>
/// Sends texts and emails through GOV.UK Notify's official client, with the outbox message's id as Notify's
/// <c>reference</c>, so a message sent again after a crash is recognisable in Notify. Notify's answers become the
/// sender's outcomes: accepted, worth retrying (429, 5xx, timeouts) or refused with Notify's own error text.
/// </summary>
public sealed class NotifyChannel(IHttpClientFactory httpClients, IOptions<NotifyOptions> options) : IMessageChannel
{
    public const string HttpClientName = "notify";

    public IReadOnlyCollection<MessageKind> Kinds { get; } = [MessageKind.NotifyEmail, MessageKind.NotifySms];

    public async Task<string?> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var template = NotifyTemplates.Named(message.Template)
            ?? throw new InvalidOperationException($"FrontDoor has no Notify template named {message.Template}.");
        if (template.Kind != message.Kind)
        {
            throw new InvalidOperationException($"The Notify template {template.Name} is for {template.Kind}, not {message.Kind}.");
        }

        var personalisation = JsonSerializer.Deserialize<Dictionary<string, string>>(message.Body) ?? [];
        if (!personalisation.Keys.Order(StringComparer.Ordinal).SequenceEqual(template.Personalisation.Order(StringComparer.Ordinal)))
        {
            // Notify would refuse a missing field, and an extra one is personal data the template does not need.
            throw new InvalidOperationException($"The message's personalisation ({string.Join(", ", personalisation.Keys)}) is not the fields {template.Name} uses ({string.Join(", ", template.Personalisation)}).");
        }

        var http = new CancellableHttpClient(httpClients.CreateClient(HttpClientName), settings.BaseUrl, cancellationToken);
        var client = new NotificationClient(http, settings.ApiKey);
        var templateId = settings.Templates[template.Name];
        var fields = personalisation.ToDictionary(p => p.Key, p => (dynamic)p.Value, StringComparer.Ordinal);
        var reference = message.Id.ToString("D");
        try
        {
            return message.Kind == MessageKind.NotifySms
                ? (await client.SendSmsAsync(message.Recipient, templateId, fields, reference).ConfigureAwait(false)).id
                : (await client.SendEmailAsync(message.Recipient, templateId, fields, reference).ConfigureAwait(false)).id;
        }
        catch (Exception ex) when (Unwrapped(ex) is var inner && inner is not MessageRefusedException)
        {
            throw inner switch
            {
                // The client throws its own exception for every non-2xx answer; the answer itself was kept on the way through.
                NotifyClientException when http.Refusal is { } refusal => refusal,
                OperationCanceledException when cancellationToken.IsCancellationRequested => inner,
                OperationCanceledException => new TimeoutException("Notify did not answer in time.", inner),
                _ => inner,
            };
        }
    }

    // The 6.0.0 client waits on its own HTTP task with .Result, so failures reach us inside an AggregateException.
    private static Exception Unwrapped(Exception ex) => ex is AggregateException { InnerExceptions.Count: 1 } aggregate ? Unwrapped(aggregate.InnerExceptions[0]) : ex;

    /// <summary>
    /// The client's HTTP seam: our pooled <see cref="HttpClient"/> with this send's cancellation, Notify's base URL
    /// from configuration (6.0.0's client takes either a base URL or an HTTP client, not both) and a note of any
    /// refusal, whose status and errors the client would otherwise only give back as text.
    /// </summary>
    private sealed class CancellableHttpClient(HttpClient client, Uri baseUrl, CancellationToken cancellationToken) : IHttpClient
    {
        private string? _userAgent;
        private string? _accept;

        public MessageRefusedException? Refusal { get; private set; }

        // The client sets its default (Notify's live API) here; the configured base URL is the one used.
        public Uri BaseAddress { get => baseUrl; set { } }

        public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
        {
            request.RequestUri = new Uri(baseUrl, request.RequestUri!);
            if (_userAgent is not null)
            {
                request.Headers.TryAddWithoutValidation("User-Agent", _userAgent);
            }

            if (_accept is not null)
            {
                request.Headers.TryAddWithoutValidation("Accept", _accept);
            }

            var response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                // Read into a buffer, so the client can read it again.
                var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
                Refusal = new MessageRefusedException((int)response.StatusCode, NotifyErrors(response.StatusCode, body));
            }

            return response;
        }

        public void SetClientBaseAddress()
        {
        }

        public void AddContentHeader(string header) => _accept = header;

        public void AddUserAgent(string userAgent) => _userAgent = userAgent;

        // The HttpClient is the factory's to dispose; this wrapper holds nothing of its own.
        public void Dispose()
        {
        }

        /// <summary>Notify's errors as it words them ("BadRequestError: Missing personalisation: reference"), or the bare status.</summary>
        private static string NotifyErrors(HttpStatusCode status, string body)
        {
            try
            {
                using var json = JsonDocument.Parse(body);
                if (json.RootElement.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array)
                {
                    var each = errors.EnumerateArray().Select(e => $"{Text(e, "error")}: {Text(e, "message")}").ToList();
                    if (each.Count > 0)
                    {
                        return string.Join("; ", each);
                    }
                }
            }
            catch (JsonException)
            {
                // Not Notify's JSON (a proxy's error page): the status says enough.
            }

            return $"Notify answered {(int)status} {status}.";
        }

        private static string Text(JsonElement element, string property) =>
            element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "?";
    }
}
