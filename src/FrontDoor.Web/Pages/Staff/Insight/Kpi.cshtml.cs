using System.Globalization;
using System.Text;
using FrontDoor.Core.Insight;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.Insight;

/// <summary>One KPI's written definition (numerator, denominator, period, source), where it stands, and its monthly trend.</summary>
public sealed class KpiModel(InsightDashboard dashboard) : PageModel
{
    public KpiLine Line { get; private set; } = null!;

    public IReadOnlyList<KpiFigures> Trend { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken cancellationToken)
    {
        if (KpiCatalogue.All.FirstOrDefault(k => k.Key == key) is not { } kpi)
        {
            return NotFound();
        }

        (Line, Trend) = await dashboard.ReadKpiAsync(kpi, cancellationToken);
        return Page();
    }

    /// <summary>The trend table as CSV.</summary>
    public async Task<IActionResult> OnGetCsvAsync(string key, CancellationToken cancellationToken)
    {
        if (await OnGetAsync(key, cancellationToken) is NotFoundResult notFound)
        {
            return notFound;
        }

        var csv = KpiCsv.Write(["month", Line.Kpi.Key], Trend.Select(m => (IReadOnlyList<object?>)[m.Range.From.ToString("yyyy-MM", CultureInfo.InvariantCulture), m.ValueOf(Line.Kpi.Key)]));
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray(), "text/csv; charset=utf-8", $"{Line.Kpi.Key}-by-month.csv");
    }
}
