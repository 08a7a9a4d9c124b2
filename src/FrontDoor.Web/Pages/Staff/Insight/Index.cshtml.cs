using System.Globalization;
using System.Text;
using FrontDoor.Core.CaseFileAudits;
using FrontDoor.Core.Insight;
using FrontDoor.Core.WorkQueues;
using FrontDoor.Web.Components;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.Insight;

/// <summary>
/// The managers' dashboard: every KPI for the current month (or a chosen period) beside the baseline and the target,
/// the breakdowns behind them, monthly trends, and each table as CSV.
/// </summary>
public sealed class IndexModel(InsightDashboard dashboard, WorkQueueCatalogue queues, DashboardAuditSummary audits) : PageModel
{
    /// <summary>The tables the page shows, by the name their CSV is asked for with.</summary>
    public static readonly string[] Tables = ["kpis", "contactsByChannel", "contactsBySource", "failureDemandReasons", "contactsByStage", "referralsByPathway", "missingRequiredFacts", "callsByIvrOption", "iStatements", "waitingListByRisk", "channelByAgeBand", "channelByArea", "trend"];

    /// <summary>The chase call KPIs' drill-downs: the contacts phoned about to chase missing information (from professionals, for the rate).</summary>
    public static readonly IReadOnlyDictionary<string, string> ChaseCallDrillDowns = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["outboundChaseCalls"] = "ChaseCalls=yes",
        ["chaseCallsPer100ProfessionalReferrals"] = "ChaseCalls=yes&" + string.Join('&', KpiCalculator.ProfessionalSources.Select(s => $"Source={s}")),
    };

    [BindProperty(SupportsGet = true)]
    public DateParts From { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public DateParts To { get; set; } = new();

    /// <summary>The team (work queue) whose contacts the figures are narrowed to; every team when empty.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Team { get; set; }

    public InsightView View { get; private set; } = null!;

    /// <summary>The teams the dashboard can be narrowed to: the work queues in force, by name.</summary>
    public IReadOnlyList<WorkQueueDefinition> Teams => queues.All;

    /// <summary>The chosen team's name, or null for every team.</summary>
    public string? TeamName => ChosenFilter().QueueKey is { } key ? queues.NameOf(key) : null;

    /// <summary>Case file audits over the last 12 months, every team together: the quality side of the KPIs.</summary>
    public AuditSummary? Audits { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        View = await dashboard.ReadAsync(ChosenPeriod(), ChosenFilter(), cancellationToken);
        Audits = await audits.ReadAsync(cancellationToken);
    }

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

        View = await dashboard.ReadAsync(period, ChosenFilter(), cancellationToken);
        var name = $"{table}-{View.Period.Range.From:yyyy-MM-dd}-to-{View.Period.Range.To:yyyy-MM-dd}.csv";
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Csv(table))).ToArray(), "text/csv; charset=utf-8", name);
    }

    /// <summary>The query string that keeps the chosen period and team on CSV links; empty for the current month and every team.</summary>
    public string PeriodQuery(string prefix = "") => string.Join('&', new[] { DatesQuery(prefix), ChosenFilter().QueueKey is { } key ? $"Team={Uri.EscapeDataString(key)}" : string.Empty }.Where(q => q.Length > 0));

    private string DatesQuery(string prefix) => View.IsCurrentMonth && From.IsEmpty
        ? string.Empty
        : $"{prefix}From.Day={View.Period.Range.From.Day}&{prefix}From.Month={View.Period.Range.From.Month}&{prefix}From.Year={View.Period.Range.From.Year}" +
          $"&{prefix}To.Day={View.Period.Range.To.Day}&{prefix}To.Month={View.Period.Range.To.Month}&{prefix}To.Year={View.Period.Range.To.Year}";

    /// <summary>The contact list, filtered to the contacts a count stands for (the list audits what it shows).</summary>
    public string DrillDown(string? filter = null)
    {
        var range = View.Period.Range;
        var query = $"ReceivedFrom.Day={range.From.Day}&ReceivedFrom.Month={range.From.Month}&ReceivedFrom.Year={range.From.Year}" +
                    $"&ReceivedTo.Day={range.To.Day}&ReceivedTo.Month={range.To.Month}&ReceivedTo.Year={range.To.Year}";
        var team = ChosenFilter().QueueKey is { } key ? $"&Queue={Uri.EscapeDataString(key)}" : string.Empty;
        return $"/staff/contacts?{query}{team}{(filter is null ? string.Empty : "&" + filter)}";
    }

    public string CsvLink(string table) => $"/staff/insight?handler=csv&table={table}{(PeriodQuery() is { Length: > 0 } q ? "&" + q : string.Empty)}";

    /// <summary>Only a team in force narrows the figures: an unknown key is ignored, as if every team were asked for.</summary>
    private KpiFilter ChosenFilter() => queues.Find(Team) is { } team ? new KpiFilter(QueueKey: team.Key) : KpiFilter.None;

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
            "waitingListByRisk" => KpiCsv.Write(
                ["risk", "waiting", "longest_wait_seconds", "average_wait_seconds", "overdue_check_ins", "at"],
                figures.WaitingListByRisk.Select(l => (IReadOnlyList<object?>)[l.Risk, l.Waiting, l.LongestWaitSeconds, l.AverageWaitSeconds, l.OverdueCheckIns, figures.WaitingListAt.ToString("O", CultureInfo.InvariantCulture)])),
            "channelByAgeBand" or "channelByArea" => KpiCsv.Write(
                ["channel", table == "channelByAgeBand" ? "age_band" : "postcode_district", "count"],
                (table == "channelByAgeBand" ? figures.ChannelByAgeBand : figures.ChannelByArea).Select(c => (IReadOnlyList<object?>)[c.Channel, c.Group, c.Count])),
            "trend" => KpiCsv.Write(
                ["month", .. KpiCatalogue.All.Select(k => k.Key)],
                View.Trend.Select(m => (IReadOnlyList<object?>)[m.Range.From.ToString("yyyy-MM", CultureInfo.InvariantCulture), .. KpiCatalogue.All.Select(k => (object?)m.ValueOf(k.Key))])),
            _ => KpiCsv.Write(["key", "label", "count"], Counts(table switch
            {
                "contactsByChannel" => figures.ContactsByChannel,
                "contactsBySource" => figures.ContactsBySource,
                "failureDemandReasons" => figures.FailureDemandReasons,
                "contactsByStage" => figures.ContactsByStage,
                "missingRequiredFacts" => figures.MissingRequiredFacts,
                _ => figures.ReferralsByPathway,
            })),
        };
    }
}
