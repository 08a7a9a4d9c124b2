using FrontDoor.Core.Insight;

namespace FrontDoor.Web.Pages.Staff.Insight;

/// <summary>A breakdown table: its CSV name, caption, what its rows are, and (where the contact list can show them) a drill-down per row.</summary>
public sealed record CountTable(string Table, string Caption, string What, IReadOnlyList<KpiCount> Counts, string CsvLink, Func<string, string?>? DrillDown = null);

/// <summary>The waiting list snapshot's table by risk, with its CSV link.</summary>
public sealed record WaitingListTable(KpiFigures Figures, string CsvLink);

/// <summary>
/// A channel mix cross-table: one row per group (an age band, a postcode district), one column per channel, so who
/// uses which channel reads across a row.
/// </summary>
/// <param name="DrillDown">The contact list for one cell (channel, group): the contacts the count stands for.</param>
public sealed record ChannelMixTable(string Table, string Caption, string What, IReadOnlyList<KpiCrossCount> Counts, string CsvLink, Func<string, string, string>? DrillDown = null)
{
    public IReadOnlyList<string> Channels { get; } = [.. Counts.Select(c => c.Channel).Distinct()];

    /// <summary>The groups in the calculator's order (age bands youngest first; districts alphabetically), unknown last.</summary>
    public IReadOnlyList<string> Groups { get; } = [.. Counts.Select(c => c.Group).Distinct().OrderBy(g => g == KpiCalculator.Unknown ? 1 : 0).ThenBy(g => OrderOf(g)).ThenBy(g => g, StringComparer.Ordinal)];

    public int CountOf(string channel, string group) => Counts.FirstOrDefault(c => c.Channel == channel && c.Group == group)?.Count ?? 0;

    private static int OrderOf(string group) => KpiCalculator.AgeBands.ToList().IndexOf(group) is var index and >= 0 ? index : int.MaxValue;
}
