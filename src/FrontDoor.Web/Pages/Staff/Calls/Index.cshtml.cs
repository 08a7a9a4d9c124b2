using FrontDoor.Core.Telephony;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.Calls;

/// <summary>The imported call records, newest first, each with the import (file, when, who) it came from.</summary>
public sealed class IndexModel(CallRecords calls) : PageModel
{
    public const int PageSize = 50;

    /// <summary>Only the calls one import brought in (the import page links here).</summary>
    [BindProperty(SupportsGet = true, Name = "import")]
    public Guid? ImportId { get; set; }

    /// <summary>Which page of calls ("page" itself is Razor Pages' own route value).</summary>
    [BindProperty(SupportsGet = true, Name = "calls")]
    public int PageNumber { get; set; } = 1;

    public CallRecordsPage Calls { get; private set; } = null!;

    public int PageCount => Math.Max(1, (Calls.Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // A mangled page number is page 1, not an error.
        PageNumber = Math.Max(1, PageNumber);
        Calls = await calls.ReadAsync(ImportId, PageSize, PageNumber, cancellationToken);
    }
}
