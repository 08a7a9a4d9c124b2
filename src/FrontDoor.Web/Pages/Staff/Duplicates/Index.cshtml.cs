using FrontDoor.Core.Audit;
using FrontDoor.Core.People.Matching;
using FrontDoor.Web.Authorisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.Duplicates;

public sealed class IndexModel(DuplicateReport report, AuditLog audit, Core.Data.FrontDoorDbContext db) : PageModel
{
    private const int PageSize = 100;

    /// <summary>"certain" shows only pairs in the link band; anything else shows the review band too.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Show { get; set; }

    public DuplicateReportPage Report { get; private set; } = null!;

    public bool OnlyAlmostCertain => Show == "certain";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Report = await report.ReadAsync(OnlyAlmostCertain ? 0.99 : 0.5, PageSize, cancellationToken);
        audit.Record(StaffUser.Id(User), AuditAction.Viewed, "ProbableDuplicates", null, HttpContext.Connection.RemoteIpAddress?.ToString(), $"duplicates report, {Report.Rows.Count} pairs shown");
        await db.SaveChangesAsync(cancellationToken);
    }
}
