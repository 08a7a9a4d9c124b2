using FrontDoor.Core.CaseFileAudits;
using FrontDoor.Core.WorkQueues;
using FrontDoor.Web.Authorisation;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.Audits;

/// <summary>An auditor's own list: the cases allocated to them, each due by the end of the month after its month, overdue ones marked.</summary>
public sealed class MineModel(CaseFileAuditing auditing, WorkQueueCatalogue queues, TimeProvider clock) : PageModel
{
    public IReadOnlyList<AllocatedCaseRow> Cases { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public int ToDo => Cases.Count(c => c.AuditedAt is null);

    public int Overdue => Cases.Count(c => c.IsOverdue(Today));

    public string TeamName(string key) => queues.NameOf(key);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Cases = await auditing.AllocatedToAsync(StaffUser.Id(User), cancellationToken);
    }
}
