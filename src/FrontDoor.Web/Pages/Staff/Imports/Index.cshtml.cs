using FrontDoor.Core.CaseSystem;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace FrontDoor.Web.Pages.Staff.Imports;

/// <summary>When each kind of case-system export last loaded, then every import, newest first.</summary>
public sealed class IndexModel(CaseSystemImportReports reports, IOptions<CaseSystemDropFolderOptions> dropFolder) : PageModel
{
    public const int PageSize = 25;

    /// <summary>Which page of runs ("page" itself is Razor Pages' own route value).</summary>
    [BindProperty(SupportsGet = true, Name = "runs")]
    public int PageNumber { get; set; } = 1;

    public CaseSystemImportRunsPage Runs { get; private set; } = null!;

    /// <summary>The watched folder, when one is set up.</summary>
    public string? DropFolderPath { get; private set; }

    public PaginationLinks Pagination =>
        new(new Paging(PageNumber, PageSize, Runs.Total), "Pages of imports", n => $"/staff/imports?runs={n}", "imports-pagination");

    public bool IsInterrupted(CaseSystemImportRun run) => reports.IsInterrupted(run);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // A mangled page number is page 1, not an error.
        PageNumber = Math.Max(1, PageNumber);
        Runs = await reports.ListAsync(PageSize, PageNumber, cancellationToken);
        DropFolderPath = dropFolder.Value.IsConfigured ? dropFolder.Value.FullPath : null;
    }
}
