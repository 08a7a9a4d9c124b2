using System.Text;
using FrontDoor.Core.People.Matching;
using FrontDoor.Web.Authorisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.Duplicates;

/// <summary>Pairs decided to be one person, for the case-system team to merge there: on screen, or as CSV.</summary>
public sealed class ToMergeModel(RecordsToMerge records, TimeProvider clock) : PageModel
{
    public const int PageSize = 100;

    [BindProperty(SupportsGet = true, Name = "pairs")]
    public int PageNumber { get; set; } = 1;

    public RecordsToMergePage Merges { get; private set; } = null!;

    public int PageCount => Math.Max(1, (Merges.Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, PageNumber);
        Merges = await records.ReadAsync(PageSize, PageNumber, StaffUser.Actor(User), HttpContext.Connection.RemoteIpAddress?.ToString(), cancellationToken);
    }

    /// <summary>Every pair as a CSV download (audited as an export).</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        var csv = await records.ExportCsvAsync(StaffUser.Actor(User), HttpContext.Connection.RemoteIpAddress?.ToString(), cancellationToken);
        var today = clock.GetUtcNow().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray(), "text/csv; charset=utf-8", $"records-to-merge-{today}.csv");
    }
}
