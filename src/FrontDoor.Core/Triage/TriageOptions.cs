using System.ComponentModel.DataAnnotations;
using FrontDoor.Core.Triage.Flows;

namespace FrontDoor.Core.Triage;

/// <summary>The <c>Triage</c> configuration section: how soon a contact of each priority must be worked.</summary>
public sealed class TriageOptions : IValidatableObject
{
    public const string SectionName = "Triage";

    /// <summary>How long after it arrived (or its priority changed) a contact of each priority is due.</summary>
    public ResponseTargets ResponseTargets { get; set; } = new();

    /// <summary>When a contact of <paramref name="priority"/> is due, counting from <paramref name="from"/>.</summary>
    public DateTimeOffset DueAt(TriagePriority priority, DateTimeOffset from) => from + ResponseTargets.For(priority);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var targets = ResponseTargets.InOrder().ToList();
        foreach (var (priority, target) in targets.Where(t => t.Target <= TimeSpan.Zero))
        {
            yield return new ValidationResult($"Triage:ResponseTargets:{priority} must be longer than zero, such as {Default(priority):c}.", [nameof(ResponseTargets)]);
        }

        // A more urgent contact is never given longer than a less urgent one.
        for (var i = 1; i < targets.Count; i++)
        {
            if (targets[i - 1].Target > targets[i].Target)
            {
                yield return new ValidationResult(
                    $"Triage:ResponseTargets:{targets[i - 1].Priority} ({targets[i - 1].Target:c}) must be no longer than Triage:ResponseTargets:{targets[i].Priority} ({targets[i].Target:c}): a more urgent contact is never given longer.",
                    [nameof(ResponseTargets)]);
            }
        }
    }

    private static TimeSpan Default(TriagePriority priority) => new ResponseTargets().For(priority);
}

/// <summary>The response target of each priority (<c>Triage:ResponseTargets</c>).</summary>
public sealed class ResponseTargets
{
    public TimeSpan Urgent { get; set; } = TimeSpan.FromHours(4);

    public TimeSpan High { get; set; } = TimeSpan.FromDays(1);

    public TimeSpan Medium { get; set; } = TimeSpan.FromDays(3);

    public TimeSpan Low { get; set; } = TimeSpan.FromDays(10);

    public TimeSpan For(TriagePriority priority) => priority switch
    {
        TriagePriority.Urgent => Urgent,
        TriagePriority.High => High,
        TriagePriority.Medium => Medium,
        TriagePriority.Low => Low,
        _ => throw new ArgumentOutOfRangeException(nameof(priority), priority, "Not a triage priority."),
    };

    /// <summary>Each priority's target, most urgent first.</summary>
    public IEnumerable<(TriagePriority Priority, TimeSpan Target)> InOrder() =>
        Enum.GetValues<TriagePriority>().Order().Select(p => (p, For(p)));
}
