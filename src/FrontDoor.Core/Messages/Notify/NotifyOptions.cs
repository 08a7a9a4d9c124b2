using System.ComponentModel.DataAnnotations;

namespace FrontDoor.Core.Messages.Notify;

/// <summary>The <c>Messages:Notify</c> configuration section: how FrontDoor reaches GOV.UK Notify.</summary>
public sealed class NotifyOptions : IValidatableObject
{
    public const string SectionName = "Messages:Notify";

    public static readonly Uri NotifyApi = new("https://api.notifications.service.gov.uk/");

    /// <summary>
    /// A Notify API key, <c>{key name}-{service id}-{secret}</c>. Without one, Notify is not configured: texts and
    /// emails wait in the outbox, pending, until it is.
    /// </summary>
    public string? ApiKey { get; set; }

    public Uri BaseUrl { get; set; } = NotifyApi;

    /// <summary>How long one request to Notify may take before it counts as a timeout (retried).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Each of <see cref="NotifyTemplates.All"/> by name → its template id in Notify.</summary>
    public Dictionary<string, string> Templates { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The bearer token Notify presents when it calls back with a delivery receipt (set the same in Notify's API
    /// integration settings). Without one the callback endpoint does not exist and messages stay "sent".
    /// </summary>
    public string? CallbackToken { get; set; }

    public const int MinimumCallbackTokenLength = 32;

    public bool CallbackConfigured => !string.IsNullOrEmpty(CallbackToken);

    /// <summary>Without a callback, how often one node asks Notify how the recent sent messages stand.</summary>
    public TimeSpan StatusPollInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How far back a sent message is still asked about; Notify gives up on delivery within 72 hours and keeps its records 7 days.</summary>
    public TimeSpan StatusPollWindow { get; set; } = TimeSpan.FromDays(7);

    /// <summary>The most messages asked about in one poll, so a backlog is worked through over several rather than in one burst against Notify's rate limit.</summary>
    public int StatusPollBatch { get; set; } = 100;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ApiKey);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsConfigured && !NotifyApiKey.TryParse(ApiKey, out _))
        {
            // The key itself is never quoted: it is a secret.
            yield return new ValidationResult("Messages:Notify:ApiKey is not a Notify API key: it should read {key name}-{service id}-{secret}, the last two each a GUID.", [nameof(ApiKey)]);
        }

        if (CallbackConfigured && CallbackToken!.Length < MinimumCallbackTokenLength)
        {
            // Nor is the token quoted.
            yield return new ValidationResult($"Messages:Notify:CallbackToken must be at least {MinimumCallbackTokenLength} characters (a long random string).", [nameof(CallbackToken)]);
        }

        if (!BaseUrl.IsAbsoluteUri || BaseUrl.Scheme is not ("https" or "http"))
        {
            yield return new ValidationResult("Messages:Notify:BaseUrl must be an absolute http or https address.", [nameof(BaseUrl)]);
        }

        if (Timeout < TimeSpan.FromSeconds(1) || Timeout > TimeSpan.FromMinutes(5))
        {
            yield return new ValidationResult("Messages:Notify:Timeout must be between 00:00:01 and 00:05:00.", [nameof(Timeout)]);
        }

        if (StatusPollInterval < TimeSpan.FromSeconds(10) || StatusPollInterval > TimeSpan.FromDays(1))
        {
            yield return new ValidationResult("Messages:Notify:StatusPollInterval must be between 00:00:10 and 1.00:00:00.", [nameof(StatusPollInterval)]);
        }

        if (StatusPollWindow < TimeSpan.FromHours(1) || StatusPollWindow > TimeSpan.FromDays(7))
        {
            yield return new ValidationResult("Messages:Notify:StatusPollWindow must be between 01:00:00 and 7.00:00:00 (Notify keeps a notification's status for 7 days).", [nameof(StatusPollWindow)]);
        }

        if (StatusPollBatch is < 1 or > 1000)
        {
            yield return new ValidationResult("Messages:Notify:StatusPollBatch must be between 1 and 1000.", [nameof(StatusPollBatch)]);
        }

        foreach (var name in Templates.Keys.Where(name => NotifyTemplates.Named(name) is null))
        {
            yield return new ValidationResult($"Messages:Notify:Templates:{name} is not a template FrontDoor sends (it sends {string.Join(", ", NotifyTemplates.All.Select(t => t.Name))}).", [nameof(Templates)]);
        }

        if (!IsConfigured)
        {
            yield break;
        }

        foreach (var template in NotifyTemplates.All)
        {
            if (!Templates.TryGetValue(template.Name, out var id) || !Guid.TryParse(id, out _))
            {
                yield return new ValidationResult(
                    $"Messages:Notify:Templates:{template.Name} must be the id (a GUID) of the Notify {(template.Kind == MessageKind.NotifySms ? "text message" : "email")} template using (({string.Join(")), ((", template.Personalisation)})).",
                    [nameof(Templates)]);
            }
        }
    }
}

/// <summary>A Notify API key split into its parts: <c>{key name}-{service id}-{secret}</c>, the last two GUIDs.</summary>
public sealed record NotifyApiKey(string KeyName, Guid ServiceId, string Secret)
{
    private const int GuidLength = 36;

    public static bool TryParse(string? key, out NotifyApiKey parsed)
    {
        parsed = null!;
        // Notify reads the service id and secret from the end, since the key's name may itself contain hyphens.
        if (key is null || key.Length < (2 * GuidLength) + 3 || key.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        var secret = key[^GuidLength..];
        var service = key[^((2 * GuidLength) + 1)..^(GuidLength + 1)];
        if (key[^(GuidLength + 1)] != '-' || key[^((2 * GuidLength) + 2)] != '-' || !Guid.TryParse(secret, out _) || !Guid.TryParse(service, out var serviceId))
        {
            return false;
        }

        parsed = new NotifyApiKey(key[..^((2 * GuidLength) + 2)], serviceId, secret);
        return true;
    }

    /// <summary>The key as Notify issues it.</summary>
    public string Value => $"{KeyName}-{ServiceId:D}-{Secret}";

    // The secret stays out of anything that prints the record.
    public override string ToString() => $"{KeyName}-{ServiceId:D}-(secret)";
}
