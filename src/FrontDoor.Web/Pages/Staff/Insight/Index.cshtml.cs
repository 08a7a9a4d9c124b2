using System.Globalization;
using System.Text;
using FrontDoor.Core.Insight;
using FrontDoor.Web.Components;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.Insight;

/// <summary>
/// The managers' dashboard: every KPI for the current month (or a chosen period) beside the baseline and the target,
/// the breakdowns behind them, monthly trends, and each table as CSV.
/// </summary>
public sealed class IndexModel(InsightDashboard dashboard) : PageModel
{
    /// <summary>The tables the page shows, by the name their CSV is asked for with.</summary>
    public static readonly string[] Tables = ["kpis", "contactsByChannel", "contactsBySource", "failureDemandReasons", "contactsByStage", "referralsByPathway", "callsByIvrOption", "iStatements", "trend"];

    [BindProperty(SupportsGet = true)]
    public DateParts From { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public DateParts To { get; set; } = new();

    public InsightView View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        View = await dashboard.ReadAsync(ChosenPeriod(), cancellationToken);

    /// <summary>One of the page's tables as CSV, for the same period.</summary>
    public async Task<IActionResult> OnGetCsvAsync(string? table, CancellationToken cancellationToken)
    {
        if (table is null || !Tables.Contains(table, StringComparer.Ordinal))
        {
            return NotFound();
        }

        var period = ChosenPeriod();
        if (!ModelState.IsValid)
        {
            return BadRequest();
        }

        View = await dashboard.ReadAsync(period, cancellationToken);
        var name = $"{table}-{View.Period.Range.From:yyyy-MM-dd}-to-{View.Period.Range.To:yyyy-MM-dd}.csv";
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Csv(table))).ToArray(), "text/csv; charset=utf-8", name);
    }

    /// <summary>The query string that keeps the chosen period on links (CSV, drill-down); empty for the current month.</summary>
    public string PeriodQuery(string prefix = "") => View.IsCurrentMonth && From.IsEmpty
        ? string.Empty
        : $"{prefix}From.Day={View.Period.Range.From.Day}&{prefix}From.Month={View.Period.Range.From.Month}&{prefix}From.Year={View.Period.Range.From.Year}" +
          $"&{prefix}To.Day={View.Period.Range.To.Day}&{prefix}To.Month={View.Period.Range.To.Month}&{prefix}To.Year={View.Period.Range.To.Year}";

    /// <summary>The contact list, filtered to the contacts a count stands for (the list audits what it shows).</summary>
    public string DrillDown(string? filter = null)
    {
        var range = View.Period.Range;
        var query = $"ReceivedFrom.Day={range.From.Day}&ReceivedFrom.Month={range.From.Month}&ReceivedFrom.Year={range.From.Year}" +
                    $"&ReceivedTo.Day={range.To.Day}&ReceivedTo.Month={range.To.Month}&ReceivedTo.Year={range.To.Year}";
        return $"/staff/contacts?{query}{(filter is null ? string.Empty : "&" + filter)}";
    }

    public string CsvLink(string table) => $"/staff/insight?handler=csv&table={table}{(PeriodQuery() is { Length: > 0 } q ? "&" + q : string.Empty)}";

    private KpiRange? ChosenPeriod()
    {
        if (From.IsEmpty && To.IsEmpty)
        {
            return null;
        }

        var hasFrom = From.TryGetDate(out var from);
        var hasTo = To.TryGetDate(out var to);
        if (!hasFrom)
        {
            ModelState.AddModelError(nameof(From), From.IsEmpty ? "Enter the first day of the period" : "The first day of the period must be a real date");
        }

        if (!hasTo)
        {
            ModelState.AddModelError(nameof(To), To.IsEmpty ? "Enter the last day of the period" : "The last day of the period must be a real date");
        }

        if (hasFrom && hasTo && to < from)
        {
            ModelState.AddModelError(nameof(To), "The last day of the period must be the same as or after the first day");
        }

        return ModelState.IsValid ? new KpiRange(from, to) : null;
    }

    private string Csv(string table)
    {
        var figures = View.Period;
        IReadOnlyList<object?>[] Counts(IReadOnlyList<KpiCount> counts) => [.. counts.Select(c => (IReadOnlyList<object?>)[c.Key, InsightWords.Label(table, c.Key), c.Count])];
        return table switch
        {
            "kpis" => KpiCsv.Write(
                ["kpi", "name", "value", "baseline", "target", "direction", "standing"],
                View.Lines.Select(l => (IReadOnlyList<object?>)[l.Kpi.Key, l.Kpi.Name, l.Value, l.Baseline, l.Target, l.Kpi.Direction.ToString(), l.Standing.ToString()])),
            "callsByIvrOption" => KpiCsv.Write(
                ["option", "offered", "abandoned", "abandon_share"],
                figures.CallsByIvrOption.Select(o => (IReadOnlyList<object?>)[o.Option, o.Offered, o.Abandoned, o.AbandonShare])),
            "iStatements" => KpiCsv.Write(
                ["statement", "agreed", "disagreed", "agree_share"],
                figures.IStatementAnswers.Select(s => (IReadOnlyList<object?>)[Core.Insight.Feedback.IStatements.All[s.Statement], s.Agreed, s.Disagreed, s.AgreeShare])),
            "trend" => KpiCsv.Write(
                ["month", .. KpiCatalogue.All.Select(k => k.Key)],
                View.Trend.Select(m => (IReadOnlyList<object?>)[m.Range.From.ToString("yyyy-MM", CultureInfo.InvariantCulture), .. KpiCatalogue.All.Select(k => (object?)m.ValueOf(k.Key))])),
            _ => KpiCsv.Write(["key", "label", "count"], Counts(table switch
            {
                "contactsByChannel" => figures.ContactsByChannel,
                "contactsBySource" => figures.ContactsBySource,
                "failureDemandReasons" => figures.FailureDemandReasons,
                "contactsByStage" => figures.ContactsByStage,
                _ => figures.ReferralsByPathway,
            })),
        };
    }
}
