using System.ComponentModel.DataAnnotations;
using FrontDoor.Core.Triage.Flows;

namespace FrontDoor.Core.WaitingWell;

/// <summary>How often each risk level is kept in touch with (<c>WaitingWell:CheckInEvery</c>).</summary>
public sealed class CheckInIntervals
{
    public TimeSpan Urgent { get; set; } = TimeSpan.FromDays(7);

    public TimeSpan High { get; set; } = TimeSpan.FromDays(14);

    public TimeSpan Medium { get; set; } = TimeSpan.FromDays(21);

    public TimeSpan Low { get; set; } = TimeSpan.FromDays(28);

    public TimeSpan For(TriagePriority risk) => risk switch
    {
        TriagePriority.Urgent => Urgent,
        TriagePriority.High => High,
        TriagePriority.Medium => Medium,
        _ => Low,
    };
}

/// <summary>The <c>WaitingWell</c> configuration section: the keep-in-touch schedule for people waiting for a team.</summary>
public sealed class WaitingWellOptions : IValidatableObject
{
    public const string SectionName = "WaitingWell";

    public CheckInIntervals CheckInEvery { get; set; } = new();

    /// <summary>How long after a check-in falls due it counts as overdue.</summary>
    public TimeSpan OverdueAfter { get; set; } = TimeSpan.FromDays(2);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var every = CheckInEvery;
        if (every.Urgent <= TimeSpan.Zero || every.Urgent > every.High || every.High > every.Medium || every.Medium > every.Low)
        {
            yield return new ValidationResult("WaitingWell:CheckInEvery must be longer than zero, and a higher risk's no longer than a lower one's (Urgent ≤ High ≤ Medium ≤ Low).", [nameof(CheckInEvery)]);
        }

        if (OverdueAfter < TimeSpan.Zero || OverdueAfter > TimeSpan.FromDays(28))
        {
            yield return new ValidationResult("WaitingWell:OverdueAfter must be between 0 and 28 days.", [nameof(OverdueAfter)]);
        }
    }
}
