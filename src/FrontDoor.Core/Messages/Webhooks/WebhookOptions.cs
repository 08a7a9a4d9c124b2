using System.ComponentModel.DataAnnotations;
using System.Net;

namespace FrontDoor.Core.Messages.Webhooks;

/// <summary>The <c>Messages:Webhooks</c> configuration section: which receiving systems are told of which contact events.</summary>
public sealed class WebhookOptions : IValidatableObject
{
    public const string SectionName = "Messages:Webhooks";

    public const int MinimumSecretLength = 32;

    /// <summary>One a receiving system (the case system, a team's own system). None: no events are written.</summary>
    public List<WebhookSubscription> Subscriptions { get; set; } = [];

    public bool IsConfigured => Subscriptions.Count > 0;

    public WebhookSubscription? Named(string name) => Subscriptions.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.Ordinal));

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        for (var i = 0; i < Subscriptions.Count; i++)
        {
            foreach (var problem in Subscriptions[i].Problems($"{SectionName}:Subscriptions:{i}"))
            {
                yield return new ValidationResult(problem, [nameof(Subscriptions)]);
            }
        }

        foreach (var name in Subscriptions.Select(s => s.Name).Where(n => !string.IsNullOrWhiteSpace(n)).GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            yield return new ValidationResult($"{SectionName}:Subscriptions has two subscriptions named {name.Key}: each needs its own name (messages are addressed to it).", [nameof(Subscriptions)]);
        }
    }
}

/// <summary>One receiving system: where its events go, the secret they are signed with, and which events it wants.</summary>
public sealed class WebhookSubscription
{
    public const int MaxNameLength = 100;

    /// <summary>Shown to staff on the contact's timeline and the outbox page, and the outbox message's recipient.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Where events are posted: https, or http only to this machine (a receiver on loopback).</summary>
    public Uri? Url { get; set; }

    /// <summary>The shared secret each event is signed with (HMAC-SHA256); never quoted in messages or logs.</summary>
    public string Secret { get; set; } = string.Empty;

    /// <summary>The event types it receives, of <see cref="WebhookEventTypes.All"/>.</summary>
    public List<string> Events { get; set; } = [];

    /// <summary>How long one delivery may take before it counts as a timeout (retried).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public bool Wants(string eventType) => Events.Contains(eventType, StringComparer.Ordinal);

    public IEnumerable<string> Problems(string key)
    {
        if (string.IsNullOrWhiteSpace(Name) || Name.Length > MaxNameLength || Name.Any(char.IsControl))
        {
            yield return $"{key}:Name must be a name for the receiving system (1 to {MaxNameLength} characters), shown to staff.";
        }

        if (Url is not { IsAbsoluteUri: true } url || !(url.Scheme == "https" || (url.Scheme == "http" && IsLoopback(url))))
        {
            yield return $"{key}:Url must be an absolute https address (http only to this machine, for a receiver on loopback).";
        }

        if (string.IsNullOrEmpty(Secret) || Secret.Length < WebhookOptions.MinimumSecretLength)
        {
            // The secret is never quoted.
            yield return $"{key}:Secret must be at least {WebhookOptions.MinimumSecretLength} characters (a long random string the receiver also holds).";
        }

        if (Events.Count == 0 || Events.Any(e => !WebhookEventTypes.All.Contains(e, StringComparer.Ordinal)))
        {
            yield return $"{key}:Events must list one or more of {string.Join(", ", WebhookEventTypes.All)}.";
        }

        if (Timeout < TimeSpan.FromSeconds(1) || Timeout > TimeSpan.FromMinutes(5))
        {
            yield return $"{key}:Timeout must be between 00:00:01 and 00:05:00.";
        }
    }

    private static bool IsLoopback(Uri url) =>
        url.IsLoopback || (IPAddress.TryParse(url.DnsSafeHost, out var address) && IPAddress.IsLoopback(address));

    // The secret stays out of anything that prints the subscription.
    public override string ToString() => $"{Name} ({Url})";
}
