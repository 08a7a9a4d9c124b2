using System.ComponentModel.DataAnnotations;

namespace FrontDoor.Core.Insight.Staffing;

/// <summary>The <c>Staffing</c> configuration section: the answer target the capacity planner staffs to.</summary>
public sealed class StaffingOptions : IValidatableObject
{
    public const string SectionName = "Staffing";

    /// <summary>Share of calls to answer within <see cref="TargetAnswerWithinSeconds"/> (0.8 is 80%).</summary>
    public double TargetAnswerShare { get; set; } = 0.8;

    /// <summary>The answer time the target counts to, in seconds.</summary>
    public double TargetAnswerWithinSeconds { get; set; } = 600;

    /// <summary>How many weeks of call records, back from the latest, make the arrival pattern: recent weeks say most about demand now.</summary>
    public int PatternWeeks { get; set; } = 12;

    public StaffingTarget Target => new(TargetAnswerShare, TargetAnswerWithinSeconds);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!(TargetAnswerShare > 0 && TargetAnswerShare < 1))
        {
            yield return new ValidationResult("Staffing:TargetAnswerShare must be more than 0 and less than 1, such as 0.8.", [nameof(TargetAnswerShare)]);
        }

        if (!(TargetAnswerWithinSeconds >= 0 && TargetAnswerWithinSeconds <= QueueInputs.LongestSeconds))
        {
            yield return new ValidationResult("Staffing:TargetAnswerWithinSeconds must be between 0 and 86400.", [nameof(TargetAnswerWithinSeconds)]);
        }

        if (PatternWeeks is < 1 or > 104)
        {
            yield return new ValidationResult("Staffing:PatternWeeks must be between 1 and 104.", [nameof(PatternWeeks)]);
        }
    }
}
