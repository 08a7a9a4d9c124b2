using System.ComponentModel.DataAnnotations;

namespace FrontDoor.Core.Messages;

/// <summary>The <c>Messages</c> configuration section: how the outbox sends and retries.</summary>
public sealed class MessagesOptions : IValidatableObject
{
    public const string SectionName = "Messages";

    /// <summary>How often each node looks for messages due to be sent.</summary>
    public TimeSpan SendInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a node's claim on a message lasts; if the node dies, another sends the message after this.</summary>
    public TimeSpan SendLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How many of a claimed batch one node sends at once. Each send mostly waits on the other side, so a few at once
    /// multiply a node's throughput; 1 sends one at a time.
    /// </summary>
    public int SendConcurrency { get; set; } = 4;

    /// <summary>Attempts (the first included) before a message that keeps failing is failed for an administrator.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait after the first failure worth retrying; it doubles after each (with jitter), up to an hour.</summary>
    public TimeSpan FirstRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The staff site's address (<c>https://frontdoor.example.gov.uk/</c>), for links in emails to staff and in webhook
    /// events. Without it the allocated worker's email carries the link's path only; webhook subscriptions require it.
    /// </summary>
    public Uri? StaffSiteUrl { get; set; }

    public static readonly TimeSpan LongestRetryWait = TimeSpan.FromHours(1);

    /// <summary>
    /// The wait before the next attempt once <paramref name="attemptsSoFar"/> have failed. Up to a fifth is added at
    /// random so messages refused together (Notify's rate limit) do not all come back at the same moment.
    /// </summary>
    public TimeSpan RetryWait(int attemptsSoFar, double jitter) =>
        Jobs.RetryBackOff.Wait(FirstRetryAfter, LongestRetryWait, attemptsSoFar, jitter);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MaxAttempts is < 1 or > 50)
        {
            yield return new ValidationResult("Messages:MaxAttempts must be between 1 and 50.", [nameof(MaxAttempts)]);
        }

        if (SendConcurrency is < 1 or > 32)
        {
            yield return new ValidationResult("Messages:SendConcurrency must be between 1 and 32.", [nameof(SendConcurrency)]);
        }

        if (SendInterval < TimeSpan.FromSeconds(1) || SendInterval > TimeSpan.FromHours(1))
        {
            yield return new ValidationResult("Messages:SendInterval must be between 00:00:01 and 01:00:00.", [nameof(SendInterval)]);
        }

        if (SendLease < TimeSpan.FromSeconds(10) || SendLease > TimeSpan.FromHours(1))
        {
            yield return new ValidationResult("Messages:SendLease must be between 00:00:10 and 01:00:00.", [nameof(SendLease)]);
        }

        if (StaffSiteUrl is { } site && (!site.IsAbsoluteUri || site.Scheme is not ("https" or "http")))
        {
            yield return new ValidationResult("Messages:StaffSiteUrl must be an absolute http or https address, such as https://frontdoor.example.gov.uk/.", [nameof(StaffSiteUrl)]);
        }

        if (FirstRetryAfter < TimeSpan.FromSeconds(1) || FirstRetryAfter > LongestRetryWait)
        {
            yield return new ValidationResult("Messages:FirstRetryAfter must be between 00:00:01 and 01:00:00.", [nameof(FirstRetryAfter)]);
        }
    }
}
