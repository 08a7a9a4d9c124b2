using FrontDoor.Core;
using FrontDoor.Core.CaseFileAudits;
using FrontDoor.Core.WorkQueues;
using FrontDoor.Web.Authorisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.Audits;

/// <summary>
/// An auditor's own list: their overdue audits first, the cases allocated to them, each due by the end of the month
/// after its month, and the sampled cases no one has yet, which they may take for themselves.
/// </summary>
public sealed class MineModel(CaseFileAuditing auditing, WorkQueueCatalogue queues, TimeProvider clock) : PageModel
{
    /// <summary>Where the error summary points when a case could not be taken: the list of cases to take.</summary>
    public const string TakeField = "CasesToTake";

    public IReadOnlyList<AllocatedCaseRow> Cases { get; private set; } = [];

    public IReadOnlyList<UnallocatedCaseRow> Unallocated { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public int ToDo => Cases.Count(c => c.AuditedAt is null);

    public IReadOnlyList<AllocatedCaseRow> OverdueCases => [.. Cases.Where(c => c.IsOverdue(Today))];

    public int Overdue => OverdueCases.Count;

    /// <summary>Only auditors take cases: a manager opening this page sees no buttons.</summary>
    public bool MayTake => User.IsInRole(Roles.Auditor);

    public string TeamName(string key) => queues.NameOf(key);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostTakeAsync(Guid caseId, int version, CancellationToken cancellationToken)
    {
        try
        {
            await auditing.ClaimAsync(caseId, version, StaffUser.Actor(User), cancellationToken);
            return Redirect(AuditWords.CaseHref(caseId));
        }
        catch (DomainValidationException ex)
        {
            ModelState.AddModelError(TakeField, ex.Message);
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var me = StaffUser.Id(User);
        Cases = await auditing.AllocatedToAsync(me, cancellationToken);
        Unallocated = MayTake ? await auditing.UnallocatedForAsync(me, cancellationToken) : [];
    }
}
