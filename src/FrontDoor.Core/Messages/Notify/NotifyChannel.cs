using System.Text.Json;
using Microsoft.Extensions.Options;
using Notify.Exceptions;

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

        var (client, http) = NotifyHttpClient.Create(httpClients, settings, cancellationToken);
        var templateId = settings.Templates[template.Name];
        var fields = personalisation.ToDictionary(p => p.Key, p => (dynamic)p.Value, StringComparer.Ordinal);
        var reference = message.Id.ToString("D");
        try
        {
            return message.Kind == MessageKind.NotifySms
                ? (await client.SendSmsAsync(message.Recipient, templateId, fields, reference).ConfigureAwait(false)).id
                : (await client.SendEmailAsync(message.Recipient, templateId, fields, reference).ConfigureAwait(false)).id;
        }
        catch (Exception ex) when (NotifyHttpClient.Unwrapped(ex) is var inner && inner is not MessageRefusedException)
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
}
