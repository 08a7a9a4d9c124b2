using FrontDoor.Core.People.Matching;
using FrontDoor.Web.Authorisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.Duplicates;

public sealed class IndexModel(DuplicateReport report, DuplicateChecks checks) : PageModel
{
    public const int PageSize = 100;

    /// <summary>"certain" shows only pairs in the link band; anything else shows the review band too.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Show { get; set; }

    /// <summary>Which hundred pairs, strongest first ("page" itself is Razor Pages' own route value).</summary>
    [BindProperty(SupportsGet = true, Name = "pairs")]
    public int PageNumber { get; set; } = 1;

    public DuplicateReportPage Report { get; private set; } = null!;

    /// <summary>A check a manager asked for that is waiting or running, to link to its progress.</summary>
    public DuplicateCheckRun? CheckUnderWay { get; private set; }

    public bool OnlyAlmostCertain => Show == "certain";

    public int PageCount => Math.Max(1, (Report.Total + PageSize - 1) / PageSize);

    /// <summary>Where this page's pairs stand in the whole list, counting from 1.</summary>
    public (int First, int Last) Shown => ((PageNumber - 1) * PageSize + 1, ((PageNumber - 1) * PageSize) + Report.Rows.Count);

    /// <summary>The page numbers to link, as GOV.UK pagination shows them: first, last and those around this one; null for a gap.</summary>
    public IEnumerable<int?> PageLinks()
    {
        int? previous = null;
        foreach (var number in Enumerable.Range(1, PageCount).Where(n => n == 1 || n == PageCount || Math.Abs(n - PageNumber) <= 1))
        {
            if (previous is { } last && number > last + 1)
            {
                yield return null;
            }

            yield return number;
            previous = number;
        }
    }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, PageNumber);
        Report = await report.ReadAsync(OnlyAlmostCertain, PageSize, PageNumber, StaffUser.Actor(User), HttpContext.Connection.RemoteIpAddress?.ToString(), cancellationToken);
        CheckUnderWay = await checks.UnderWayAsync(cancellationToken);
    }

    /// <summary>"Check for duplicates now": the check runs in the background; its page shows how it is going.</summary>
    public async Task<IActionResult> OnPostCheckAsync(CancellationToken cancellationToken)
    {
        var run = await checks.RequestAsync(StaffUser.Actor(User), HttpContext.Connection.RemoteIpAddress?.ToString(), cancellationToken);
        return RedirectToPage("Check", new { runId = run.Id });
    }
}
