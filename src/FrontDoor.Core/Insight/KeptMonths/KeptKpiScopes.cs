using FrontDoor.Core.WorkQueues;

namespace FrontDoor.Core.Insight.KeptMonths;

/// <summary>
/// What is kept beside the whole front door's months: the same months for each team (queue), so a team manager's
/// dashboard reads rows as the whole front door's does, and the configured baseline period, whole and per team, so
/// the comparison column is not a year's contacts read again on every view.
/// </summary>
public sealed record KeptKpiScopes(IReadOnlyList<string> Teams, KpiRange? Baseline)
{
    /// <summary>The scope of the whole front door's rows.</summary>
    public const string WholeFrontDoor = "";

    /// <summary>Only the whole front door's months: what the bench and tests get unless they ask for more.</summary>
    public static KeptKpiScopes WholeFrontDoorOnly { get; } = new([], null);

    public static KeptKpiScopes From(IEnumerable<WorkQueueDefinition> teams, InsightOptions insight) =>
        new([.. teams.Select(t => t.Key)], insight.Baseline);

    /// <summary>The whole front door first, then each team.</summary>
    public IReadOnlyList<string> All => [WholeFrontDoor, .. Teams];

    /// <summary>The kept scope a filter reads, or null when it narrows by something not kept (channel, source).</summary>
    public static string? Of(KpiFilter? filter) => filter switch
    {
        null => WholeFrontDoor,
        { Channel: not null } or { Source: not null } => null,
        { QueueKey: { } team } => team,
        _ => WholeFrontDoor,
    };
}
