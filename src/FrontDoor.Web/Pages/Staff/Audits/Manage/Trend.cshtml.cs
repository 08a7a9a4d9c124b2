using System.Text;
using FrontDoor.Core.CaseFileAudits;
using FrontDoor.Core.Insight;
using FrontDoor.Core.WorkQueues;
using FrontDoor.Web.Pages.Staff.Insight;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.Audits.Manage;

/// <summary>
/// A team's case file audit results over the last 12 months: for each question, the share of audited cases graded good
/// or outstanding each month, drawn with the insight dashboard's trend chart and its data table; every team as CSV.
/// </summary>
public sealed class TrendModel(CaseFileAuditing auditing, WorkQueueCatalogue queues, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Team { get; set; }

    public IReadOnlyList<TeamTrend> Trend { get; private set; } = [];

    public TeamTrend? Selected { get; private set; }

    public AuditMonth Last { get; private set; }

    public string TeamName(string key) => queues.NameOf(key);

    /// <summary>One question's months as the insight dashboard's trend chart draws a KPI.</summary>
    public static TrendChart ChartFor(TeamTrend team, AuditQuestion question, string teamName) => new(
        $"trend-{team.TeamKey}-{question}",
        new KpiDefinition(
            $"audit-{team.TeamKey}-{question}",
            $"{question.Name()}, {teamName}: share graded good or outstanding",
            KpiUnit.Share,
            KpiDirection.HigherIsBetter,
            "Audited cases graded good or outstanding for the question",
            "Audited cases graded for the question (not applicable left out)",
            "Calendar month the contacts closed in",
            "Case file audits"),
        [.. team.Months.Select(m => (KpiRange.MonthOf(m.Month.FirstDay), m.Questions.Single(q => q.Question == question).GoodOrBetterShare))]);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Last = AuditMonth.Of(clock.GetUtcNow()).Previous;
        Trend = await auditing.TrendAsync(Last, cancellationToken);
        Selected = Trend.FirstOrDefault(t => t.TeamKey == Team) ?? (Trend.Count > 0 ? Trend[0] : null);
        Team = Selected?.TeamKey;
    }

    /// <summary>Every team's trend, a row per team, month and question.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        var last = AuditMonth.Of(clock.GetUtcNow()).Previous;
        var csv = CaseFileAuditing.TrendCsv(await auditing.TrendAsync(last, cancellationToken), TeamName);
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray(), "text/csv; charset=utf-8", $"case-file-audit-trend-to-{last}.csv");
    }
}
