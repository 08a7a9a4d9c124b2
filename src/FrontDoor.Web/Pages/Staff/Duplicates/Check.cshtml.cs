using FrontDoor.Core.People.Matching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.Duplicates;

/// <summary>How a duplicate check asked for from the duplicates page is going; reloading the page shows the latest.</summary>
public sealed class CheckModel(DuplicateChecks checks) : PageModel
{
    public DuplicateCheckRun Run { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid runId, CancellationToken cancellationToken)
    {
        if (await checks.FindAsync(runId, cancellationToken) is not { } run)
        {
            return NotFound();
        }

        Run = run;
        return Page();
    }
}
