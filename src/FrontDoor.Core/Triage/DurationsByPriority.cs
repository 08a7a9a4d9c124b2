using System.ComponentModel.DataAnnotations;
using FrontDoor.Core.Triage.Flows;

namespace FrontDoor.Core.Triage;

/// <summary>
/// A duration for each triage priority, bound from configuration (a response target, how often to check in): the more
/// urgent, the shorter. Subclasses give the defaults and the section they are bound from.
/// </summary>
public abstract class DurationsByPriority(TimeSpan urgent, TimeSpan high, TimeSpan medium, TimeSpan low)
{
    public TimeSpan Urgent { get; set; } = urgent;

    public TimeSpan High { get; set; } = high;

    public TimeSpan Medium { get; set; } = medium;

    public TimeSpan Low { get; set; } = low;

    public TimeSpan For(TriagePriority priority) => priority switch
    {
        TriagePriority.Urgent => Urgent,
        TriagePriority.High => High,
        TriagePriority.Medium => Medium,
        TriagePriority.Low => Low,
        _ => throw new ArgumentOutOfRangeException(nameof(priority), priority, "Not a triage priority."),
    };

    /// <summary>Each priority's duration, most urgent first.</summary>
    public IEnumerable<(TriagePriority Priority, TimeSpan Duration)> InOrder() =>
        Enum.GetValues<TriagePriority>().Order().Select(p => (p, For(p)));

    /// <summary>
    /// Each duration must be longer than zero, and a more urgent priority's no longer than a less urgent one's;
    /// <paramref name="section"/> is the configuration path the messages name, such as <c>Triage:ResponseTargets</c>.
    /// </summary>
    public IEnumerable<ValidationResult> Validate(string section, string memberName, Func<TriagePriority, TimeSpan> defaultFor, string whyOrdered)
    {
        var durations = InOrder().ToList();
        foreach (var (priority, duration) in durations.Where(d => d.Duration <= TimeSpan.Zero))
        {
            yield return new ValidationResult($"{section}:{priority} must be longer than zero, such as {defaultFor(priority):c}.", [memberName]);
        }

        for (var i = 1; i < durations.Count; i++)
        {
            if (durations[i - 1].Duration > durations[i].Duration)
            {
                yield return new ValidationResult(
                    $"{section}:{durations[i - 1].Priority} ({durations[i - 1].Duration:c}) must be no longer than {section}:{durations[i].Priority} ({durations[i].Duration:c}): {whyOrdered}.",
                    [memberName]);
            }
        }
    }
}
