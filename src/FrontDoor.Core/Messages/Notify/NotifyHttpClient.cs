using System.Net;
using System.Text.Json;
using Notify.Client;
using Notify.Interfaces;

namespace FrontDoor.Core.Messages.Notify;

/// <summary>
/// The client's HTTP seam: our pooled <see cref="HttpClient"/> with this send's cancellation, Notify's base URL
/// from configuration (6.0.0's client takes either a base URL or an HTTP client, not both) and a note of any
/// refusal, whose status and errors the client would otherwise only give back as text.
/// </summary>
internal sealed class NotifyHttpClient(HttpClient client, Uri baseUrl, CancellationToken cancellationToken) : IHttpClient
{
    private string? _userAgent;
    private string? _accept;

    public MessageRefusedException? Refusal { get; private set; }

    /// <summary>The official client over the factory's pooled connection, its requests cancelled with <paramref name="cancellationToken"/>.</summary>
    public static (NotificationClient Client, NotifyHttpClient Http) Create(IHttpClientFactory httpClients, NotifyOptions settings, CancellationToken cancellationToken)
    {
        var http = new NotifyHttpClient(httpClients.CreateClient(NotifyChannel.HttpClientName), settings.BaseUrl, cancellationToken);
        return (new NotificationClient(http, settings.ApiKey), http);
    }

    // The 6.0.0 client waits on its own HTTP task with .Result, so failures reach us inside an AggregateException.
    public static Exception Unwrapped(Exception ex) => ex is AggregateException { InnerExceptions.Count: 1 } aggregate ? Unwrapped(aggregate.InnerExceptions[0]) : ex;


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
