using System.ComponentModel.DataAnnotations;

namespace FrontDoor.Core.Insight;

/// <summary>The KPIs' baseline period and targets (<c>Insight</c> section).</summary>
public sealed class InsightOptions : IValidatableObject
{
    public const string SectionName = "Insight";

    /// <summary>First day of the diagnostic baseline period; with <see cref="BaselineTo"/>, or neither.</summary>
    public DateOnly? BaselineFrom { get; set; }

    public DateOnly? BaselineTo { get; set; }

    /// <summary>Each KPI's target by its key: a fraction 0–1 for shares, seconds for times.</summary>
    public Dictionary<string, double> Targets { get; set; } = new(StringComparer.Ordinal)
    {
        // The issue's queue target (80% answered, average queue no more than 10 minutes) and Nottinghamshire's 75%.
        ["callHandlingRate"] = 0.8,
        ["averageQueueSeconds"] = 600,
        ["resolvedAtFirstContactShare"] = 0.75,
        ["resolvedAtFrontDoorShare"] = 0.75,
    };

    /// <summary>How often one node refreshes the kept monthly KPIs (the current month and any a change marked stale).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan KeptMonthsRefreshInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How many calculations one refresh spends filling in periods not yet kept by this calculator version (a new
    /// install, a release that changed a definition), each one month (or the baseline) for one scope: the whole front
    /// door's months newest first and its baseline before any team's, then each team's months newest first.
    /// </summary>
    [Range(0, 1200)]
    public int KeptMonthsBackfillPerRun { get; set; } = 12;

    public KpiRange? Baseline => BaselineFrom is { } from && BaselineTo is { } to ? new KpiRange(from, to) : null;

    public double? TargetFor(string key) => Targets.TryGetValue(key, out var target) ? target : null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if ((BaselineFrom is null) != (BaselineTo is null))
        {
            yield return new ValidationResult("Insight:BaselineFrom and Insight:BaselineTo must be set together, or neither.", [nameof(BaselineFrom)]);
        }
        else if (BaselineFrom > BaselineTo)
        {
            yield return new ValidationResult($"Insight:BaselineTo ({BaselineTo:yyyy-MM-dd}) must be on or after Insight:BaselineFrom ({BaselineFrom:yyyy-MM-dd}).", [nameof(BaselineTo)]);
        }

        foreach (var (key, target) in Targets)
        {
            var kpi = KpiCatalogue.All.FirstOrDefault(k => k.Key == key);
            if (kpi is null)
            {
                yield return new ValidationResult($"Insight:Targets:{key} is not a KPI; the keys are {string.Join(", ", KpiCatalogue.All.Select(k => k.Key))}.", [nameof(Targets)]);
            }
            else if (kpi.Unit == KpiUnit.Share ? target is < 0 or > 1 || double.IsNaN(target) : target < 0 || double.IsNaN(target))
            {
                yield return new ValidationResult($"Insight:Targets:{key} must be {(kpi.Unit == KpiUnit.Share ? "a fraction between 0 and 1" : "zero or more")}; got {target}.", [nameof(Targets)]);
            }
        }
    }
}
