using System.Text.RegularExpressions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FrontDoor.Core.Messages.Notify;

/// <summary>
/// At start, asks Notify for each configured template and stops FrontDoor if one is missing, of the wrong kind, or
/// does not use exactly the ((fields)) FrontDoor fills: otherwise every such message would be refused, or go out
/// without what it is for. A Notify that cannot be reached only warns: messages wait in the outbox meanwhile.
/// </summary>
public sealed partial class NotifyTemplateCheck(IHttpClientFactory httpClients, IOptions<NotifyOptions> options, ILogger<NotifyTemplateCheck> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        foreach (var template in NotifyTemplates.All)
        {
            var id = settings.Templates[template.Name];
            var (client, http) = NotifyHttpClient.Create(httpClients, settings, cancellationToken);
            global::Notify.Models.Responses.TemplateResponse found;
            try
            {
                found = await client.GetTemplateByIdAsync(id).ConfigureAwait(false);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                if (http.Refusal is { StatusCode: 400 or 403 or 404 } refusal)
                {
                    throw new InvalidConfigurationException($"Messages:Notify:Templates:{template.Name}: Notify refused to give template {id} ({refusal.Message}). Check the template id and that Messages:Notify:ApiKey belongs to the same service.");
                }

                LogUnreachable(logger, template.Name, http.Refusal is { } other ? $"status {other.StatusCode}" : NotifyHttpClient.Unwrapped(ex).GetType().Name);
                continue;
            }

            var expected = template.Kind == MessageKind.NotifySms ? "sms" : "email";
            if (!string.Equals(found.type, expected, StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidConfigurationException($"Messages:Notify:Templates:{template.Name}: template {id} is a Notify {found.type} template; FrontDoor sends it as {expected}.");
            }

            var used = Placeholders().Matches($"{found.subject}\n{found.body}").Select(m => m.Groups[1].Value.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var notFilled = used.Where(field => !template.Personalisation.Contains(field, StringComparer.OrdinalIgnoreCase)).ToList();
            var notUsed = template.Personalisation.Where(field => !used.Contains(field)).ToList();
            if (notFilled.Count > 0 || notUsed.Count > 0)
            {
                throw new InvalidConfigurationException(
                    $"Messages:Notify:Templates:{template.Name}: template {id} must use exactly (({string.Join(")), ((", template.Personalisation)})); "
                    + (notFilled.Count > 0 ? $"it uses (({string.Join(")), ((", notFilled)})), which FrontDoor does not fill" : string.Empty)
                    + (notFilled.Count > 0 && notUsed.Count > 0 ? ", and " : string.Empty)
                    + (notUsed.Count > 0 ? $"it leaves out (({string.Join(")), ((", notUsed)}))" : string.Empty) + ".");
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // Notify's placeholders: ((name)), and ((name??text)) for optional content.
    [GeneratedRegex(@"\(\(([^()?]+)(\?\?[^()]*)?\)\)")]
    private static partial Regex Placeholders();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not check the Notify template {Template} at start ({Failure}); messages using it wait in the outbox if Notify stays unreachable")]
    private static partial void LogUnreachable(ILogger logger, string template, string failure);
}
