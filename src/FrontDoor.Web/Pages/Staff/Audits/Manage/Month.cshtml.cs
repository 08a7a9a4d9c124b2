using System.Text;
using FrontDoor.Core.CaseFileAudits;
using FrontDoor.Core.WorkQueues;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.Audits.Manage;

/// <summary>A month's audits: each team's sampled contacts, then its results per question as a chart and table, and the results as CSV.</summary>
public sealed class MonthModel(CaseFileAuditing auditing, WorkQueueCatalogue queues) : PageModel
{
    public AuditMonth Month { get; private set; }

    public IReadOnlyList<TeamResults> Results { get; private set; } = [];

    public ILookup<string, SampledCaseRow> Cases { get; private set; } = Array.Empty<SampledCaseRow>().ToLookup(_ => string.Empty);

    public string TeamName(string key) => queues.NameOf(key);

    public async Task<IActionResult> OnGetAsync(string month, CancellationToken cancellationToken)
    {
        if (!AuditMonth.TryParse(month, out var parsed))
        {
            return NotFound();
        }

        Month = parsed;
        Results = await auditing.ResultsAsync(Month, cancellationToken);
        Cases = (await auditing.CasesAsync(Month, cancellationToken)).ToLookup(c => c.TeamKey, c => c.Row);
        return Page();
    }

    /// <summary>The month's results, a row per team and question.</summary>
    public async Task<IActionResult> OnGetCsvAsync(string month, CancellationToken cancellationToken)
    {
        if (!AuditMonth.TryParse(month, out var parsed))
        {
            return NotFound();
        }

        var results = await auditing.ResultsAsync(parsed, cancellationToken);
        var csv = CaseFileAuditing.ResultsCsv(parsed, results, TeamName);
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray(), "text/csv; charset=utf-8", $"case-file-audits-{parsed}.csv");
    }
}
