namespace FrontDoor.Core.Insight;

/// <summary>Which way a KPI should move for people to be better served.</summary>
public enum KpiDirection
{
    HigherIsBetter,
    LowerIsBetter,

    /// <summary>A volume to plan for, not to push either way (contacts received, calls offered).</summary>
    NeitherIsBetter,
}

/// <summary>How a KPI's value reads: a count, a share (a fraction 0–1), a time in seconds, a ratio per contact, pounds or a rate per 100.</summary>
public enum KpiUnit
{
    Count,
    Share,
    Seconds,
    PerContact,

    /// <summary>An amount of money in pounds.</summary>
    Pounds,

    /// <summary>A rate per 100 of the denominator (chase calls per 100 professional referrals).</summary>
    PerHundred,
}

/// <summary>
/// One KPI's written definition, as its page shows it: what is counted (numerator) over what (denominator), for which
/// period and from which records. The calculator computes exactly this; the two are kept side by side in the catalogue.
/// </summary>
public sealed record KpiDefinition(
    string Key,
    string Name,
    KpiUnit Unit,
    KpiDirection Direction,
    string Numerator,
    string? Denominator,
    string Period,
    string Source);
