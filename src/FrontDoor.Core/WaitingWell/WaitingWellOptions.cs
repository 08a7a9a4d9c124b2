using System.ComponentModel.DataAnnotations;
using FrontDoor.Core.Triage;

namespace FrontDoor.Core.WaitingWell;

/// <summary>How often each risk level is kept in touch with (<c>WaitingWell:CheckInEvery</c>).</summary>
public sealed class CheckInIntervals() : DurationsByPriority(TimeSpan.FromDays(7), TimeSpan.FromDays(14), TimeSpan.FromDays(21), TimeSpan.FromDays(28));

/// <summary>The <c>WaitingWell</c> configuration section: the keep-in-touch schedule for people waiting for a team.</summary>
public sealed class WaitingWellOptions : IValidatableObject
{
    public const string SectionName = "WaitingWell";

    public CheckInIntervals CheckInEvery { get; set; } = new();

    /// <summary>How long after a check-in falls due it counts as overdue.</summary>
    public TimeSpan OverdueAfter { get; set; } = TimeSpan.FromDays(2);

    /// <summary>
    /// Whether a check-in that falls due is also texted to the person's mobile (the one on their record) with a link to
    /// answer it. Needs <c>Messages:StaffSiteUrl</c> for the link.
    /// </summary>
    public bool TextCheckIns { get; set; } = true;

    /// <summary>How often each node looks for check-ins due to be texted.</summary>
    public TimeSpan TextCheckInsEvery { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a texted check-in's link can be answered.</summary>
    public TimeSpan TextLinkExpiresAfter { get; set; } = TimeSpan.FromDays(7);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (TextCheckInsEvery < TimeSpan.FromMinutes(1) || TextCheckInsEvery > TimeSpan.FromDays(1))
        {
            yield return new ValidationResult("WaitingWell:TextCheckInsEvery must be between 00:01:00 and 1.00:00:00.", [nameof(TextCheckInsEvery)]);
        }

        if (TextLinkExpiresAfter < TimeSpan.FromHours(1) || TextLinkExpiresAfter > TimeSpan.FromDays(28))
        {
            yield return new ValidationResult("WaitingWell:TextLinkExpiresAfter must be between 01:00:00 and 28.00:00:00.", [nameof(TextLinkExpiresAfter)]);
        }

        foreach (var problem in CheckInEvery.Validate($"{SectionName}:{nameof(CheckInEvery)}", nameof(CheckInEvery), new CheckInIntervals().For, "a higher risk is never checked on less often"))
        {
            yield return problem;
        }

        if (OverdueAfter < TimeSpan.Zero || OverdueAfter > TimeSpan.FromDays(28))
        {
            yield return new ValidationResult("WaitingWell:OverdueAfter must be between 0 and 28 days.", [nameof(OverdueAfter)]);
        }
    }
}
