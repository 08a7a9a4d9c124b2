using System.Globalization;
using FrontDoor.Core.Insight;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.Insight;

/// <summary>The monthly report: one month's KPIs against baseline and target and the tables behind them, laid out to print.</summary>
public sealed class ReportModel(InsightDashboard dashboard) : PageModel
{
    /// <summary>The month as yyyy-MM; the current month when not given.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    public InsightView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        KpiRange? month = null;
        if (!string.IsNullOrEmpty(Month))
        {
            if (!DateOnly.TryParseExact(Month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
            {
                return NotFound();
            }

            month = KpiRange.MonthOf(first);
        }

        View = await dashboard.ReadAsync(month, cancellationToken);
        return Page();
    }
}
