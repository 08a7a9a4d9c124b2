using FrontDoor.Core.Insight;

namespace FrontDoor.Web.Pages.Staff.Insight;

/// <summary>A breakdown table: its CSV name, caption, what its rows are, and (where the contact list can show them) a drill-down per row.</summary>
public sealed record CountTable(string Table, string Caption, string What, IReadOnlyList<KpiCount> Counts, string CsvLink, Func<string, string?>? DrillDown = null);
