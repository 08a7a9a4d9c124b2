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

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        ResponseTargets.Validate($"{SectionName}:{nameof(ResponseTargets)}", nameof(ResponseTargets), new ResponseTargets().For, "a more urgent contact is never given longer");
}

/// <summary>The response target of each priority (<c>Triage:ResponseTargets</c>).</summary>
public sealed class ResponseTargets() : DurationsByPriority(TimeSpan.FromHours(4), TimeSpan.FromDays(1), TimeSpan.FromDays(3), TimeSpan.FromDays(10));
