using System.ComponentModel.DataAnnotations;

namespace FrontDoor.Core.People.AllocatedWorker;

/// <summary>The <c>AllocatedWorker</c> configuration section: what the public look-up shows and how often it may be tried.</summary>
public sealed class AllocatedWorkerOptions : IValidatableObject
{
    public const string SectionName = "AllocatedWorker";

    /// <summary>Whether the answer names the worker, or only their team (some councils name teams only).</summary>
    public bool ShowWorkerName { get; set; } = true;

    /// <summary>Look-ups one client (a browser's address, a partner key) may make in an hour, found or not.</summary>
    public int AttemptsPerHourPerClient { get; set; } = 10;

    /// <summary>Failed look-ups one NHS number or reference may have in an hour, from anyone, before it is refused too.</summary>
    public int AttemptsPerHourPerIdentifier { get; set; } = 5;

    /// <summary>Failed look-ups against one identifier in a day that put it on the administrators' list.</summary>
    public int ReportFailuresFrom { get; set; } = 3;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (AttemptsPerHourPerClient is < 1 or > 10_000)
        {
            yield return new ValidationResult($"{SectionName}:AttemptsPerHourPerClient must be between 1 and 10000.", [nameof(AttemptsPerHourPerClient)]);
        }

        if (AttemptsPerHourPerIdentifier is < 1 or > 1_000)
        {
            yield return new ValidationResult($"{SectionName}:AttemptsPerHourPerIdentifier must be between 1 and 1000.", [nameof(AttemptsPerHourPerIdentifier)]);
        }

        if (ReportFailuresFrom is < 1 or > 1_000)
        {
            yield return new ValidationResult($"{SectionName}:ReportFailuresFrom must be between 1 and 1000.", [nameof(ReportFailuresFrom)]);
        }
    }
}
