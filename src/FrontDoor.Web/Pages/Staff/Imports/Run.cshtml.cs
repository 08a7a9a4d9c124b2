using FrontDoor.Core.CaseSystem;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.Imports;

/// <summary>One import's report: what it did, why it stopped or was refused, and the rows it refused, by line.</summary>
public sealed class RunModel(CaseSystemImportReports reports) : PageModel
{
    public CaseSystemImportRun Run { get; private set; } = null!;

    public bool Interrupted { get; private set; }

    /// <summary>The refused rows kept with the run (the first <see cref="CaseSystemImportRun.MaxRefusalsKept"/>).</summary>
    public IReadOnlyList<CaseSystemImportRefusal> Refusals { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await reports.FindAsync(id, cancellationToken) is not { } run)
        {
            return NotFound();
        }

        Run = run;
        Interrupted = reports.IsInterrupted(run);
        Refusals = await reports.RefusalsAsync(id, CaseSystemImportRun.MaxRefusalsKept, cancellationToken);
        return Page();
    }
}
