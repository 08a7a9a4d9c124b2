using System.ComponentModel.DataAnnotations;

namespace FrontDoor.Core.Contacts.Intake;

/// <summary>The <c>Intake</c> configuration section: how contacts whose processing stopped are taken up again.</summary>
public sealed class IntakeOptions : IValidatableObject
{
    public const string SectionName = "Intake";

    /// <summary>How often each node looks for stuck contacts and failed ones due a retry.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long a contact may sit received but unprocessed before it counts as stuck (the node that took it stopped between
    /// receiving and processing): swept up and processed, and listed as needing attention meanwhile.
    /// </summary>
    public TimeSpan StuckAfter { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a node's claim on a contact lasts; if the node dies, another may take the contact after this.</summary>
    public TimeSpan ProcessingLease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Attempts (the first included) before a failing contact is left on the needs-attention list for a person.</summary>
    public int MaxProcessingAttempts { get; set; } = 5;

    /// <summary>The wait after the first failure; it doubles after each one (1, 2, 4 … minutes), with jitter, up to an hour.</summary>
    public TimeSpan FirstRetryAfter { get; set; } = TimeSpan.FromMinutes(1);

    public static readonly TimeSpan LongestRetryWait = TimeSpan.FromHours(1);

    /// <summary>
    /// The wait before the next attempt once <paramref name="attemptsSoFar"/> have failed. Up to a fifth is added at
    /// random so contacts that failed together (a database outage) do not all come back at the same moment.
    /// </summary>
    public TimeSpan RetryWait(int attemptsSoFar, double jitter) =>
        Jobs.RetryBackOff.Wait(FirstRetryAfter, LongestRetryWait, attemptsSoFar, jitter);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MaxProcessingAttempts is < 1 or > 50)
        {
            yield return new ValidationResult("Intake:MaxProcessingAttempts must be between 1 and 50.", [nameof(MaxProcessingAttempts)]);
        }

        if (SweepInterval < TimeSpan.FromSeconds(1) || SweepInterval > TimeSpan.FromHours(1))
        {
            yield return new ValidationResult("Intake:SweepInterval must be between 00:00:01 and 01:00:00.", [nameof(SweepInterval)]);
        }

        if (StuckAfter < TimeSpan.FromSeconds(5) || StuckAfter > TimeSpan.FromDays(1))
        {
            yield return new ValidationResult("Intake:StuckAfter must be between 00:00:05 and 1.00:00:00.", [nameof(StuckAfter)]);
        }

        if (ProcessingLease < TimeSpan.FromSeconds(10) || ProcessingLease > TimeSpan.FromHours(1))
        {
            yield return new ValidationResult("Intake:ProcessingLease must be between 00:00:10 and 01:00:00.", [nameof(ProcessingLease)]);
        }

        if (FirstRetryAfter < TimeSpan.FromSeconds(1) || FirstRetryAfter > LongestRetryWait)
        {
            yield return new ValidationResult("Intake:FirstRetryAfter must be between 00:00:01 and 01:00:00.", [nameof(FirstRetryAfter)]);
        }
    }
}
