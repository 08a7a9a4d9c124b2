using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;

namespace FrontDoor.Core.Messages.Webhooks;

/// <summary>
/// Posts webhook events to their subscription's URL: the body as it was written with its cause, signed
/// (<see cref="WebhookSignature"/>), with the event's id and type in headers. Any 2xx is the receiver's
/// acknowledgement; 429, 5xx and timeouts are retried by the sender; any other answer (a 4xx, a redirect) fails the
/// message for an administrator.
/// </summary>
public sealed class WebhookChannel(IHttpClientFactory httpClients, IOptions<WebhookOptions> options, TimeProvider clock) : IMessageChannel
{
    public const string HttpClientName = "webhooks";

    private const int MostOfTheAnswerKept = 300;

    public IReadOnlyCollection<MessageKind> Kinds { get; } = [MessageKind.Webhook];

    public async Task<string?> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var subscription = options.Value.Named(message.Recipient)
            ?? throw new InvalidOperationException($"No webhook subscription named {message.Recipient} is configured (Messages:Webhooks:Subscriptions); add it back, or cancel the message.");

        var body = Encoding.UTF8.GetBytes(message.Body);
        using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(WebhookSignature.EventIdHeaderName, message.Id.ToString("D"));
        request.Headers.Add(WebhookSignature.EventTypeHeaderName, message.Template);
        request.Headers.Add(WebhookSignature.HeaderName, WebhookSignature.Sign(body, subscription.Secret, clock.GetUtcNow()));

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(subscription.Timeout);
        HttpResponseMessage response;
        try
        {
            response = await httpClients.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"{subscription.Name} did not answer within {subscription.Timeout}.", ex);
        }

        using (response)
        {
            if (response.IsSuccessStatusCode)
            {
                return null;
            }

            var status = (int)response.StatusCode;
            throw new MessageRefusedException(status, $"{subscription.Name} answered {status} {response.ReasonPhrase}{await AnswerAsync(response, timeout.Token)}");
        }
    }

    /// <summary>The start of the receiver's answer, for the administrator fixing it; nothing if it cannot be read.</summary>
    private static async Task<string> AnswerAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var text = (await response.Content.ReadAsStringAsync(cancellationToken)).Trim();
            return text.Length == 0 ? string.Empty : $": {text.Bounded(MostOfTheAnswerKept)}";
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
        {
            return string.Empty;
        }
    }
}
