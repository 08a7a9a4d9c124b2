namespace FrontDoor.Core.Insight;

/// <summary>Where a KPI stands against its target.</summary>
public enum KpiStanding
{
    /// <summary>No target set, no value for the period, or a KPI with no better direction.</summary>
    NoTarget,
    OnTarget,
    OffTarget,
}

public static class KpiStandings
{
    /// <summary>On target when the value is at or beyond the target in the KPI's better direction.</summary>
    public static KpiStanding Against(KpiDefinition kpi, double? value, double? target) => (value, target, kpi.Direction) switch
    {
        (null, _, _) or (_, null, _) or (_, _, KpiDirection.NeitherIsBetter) => KpiStanding.NoTarget,
        ({ } v, { } t, KpiDirection.HigherIsBetter) => v >= t ? KpiStanding.OnTarget : KpiStanding.OffTarget,
        ({ } v, { } t, _) => v <= t ? KpiStanding.OnTarget : KpiStanding.OffTarget,
    };
}
