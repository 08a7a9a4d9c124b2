using FrontDoor.Core;
using FrontDoor.Core.CaseFileAudits;
using FrontDoor.Core.WorkQueues;
using FrontDoor.Web.Authorisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.Audits.Manage;

/// <summary>One sampled case's auditor as the allocation form posts it.</summary>
public sealed class AllocationInput
{
    public Guid CaseId { get; set; }

    public string? AuditorId { get; set; }
}

/// <summary>
/// A manager allocates each of a month's sampled, not yet audited cases to an auditor. Each change is checked by the
/// service: only auditors, and never someone who worked on the contact (the error says which case and why).
/// </summary>
public sealed class AllocateModel(CaseFileAuditing auditing, WorkQueueCatalogue queues) : PageModel
{
    [BindProperty]
    public List<AllocationInput> Allocations { get; set; } = [];

    public AuditMonth Month { get; private set; }

    public IReadOnlyList<(string TeamKey, SampledCaseRow Row)> Cases { get; private set; } = [];

    public IReadOnlyList<StaffMember> Auditors { get; private set; } = [];

    public string TeamName(string key) => queues.NameOf(key);

    public static string FieldFor(int index) => $"Allocations[{index}].AuditorId";

    public async Task<IActionResult> OnGetAsync(string month, CancellationToken cancellationToken)
    {
        if (!AuditMonth.TryParse(month, out var parsed))
        {
            return NotFound();
        }

        await LoadAsync(parsed, cancellationToken);
        Allocations = [.. Cases.Where(c => c.Row.AuditedAt is null).Select(c => new AllocationInput { CaseId = c.Row.CaseId, AuditorId = c.Row.AuditorId })];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string month, CancellationToken cancellationToken)
    {
        if (!AuditMonth.TryParse(month, out var parsed))
        {
            return NotFound();
        }

        await LoadAsync(parsed, cancellationToken);
        ModelState.Clear();
        var current = Cases.ToDictionary(c => c.Row.CaseId, c => c.Row);
        var by = StaffUser.Actor(User);
        for (var i = 0; i < Allocations.Count; i++)
        {
            var allocation = Allocations[i];
            if (string.IsNullOrEmpty(allocation.AuditorId) || !current.TryGetValue(allocation.CaseId, out var row) || row.AuditorId == allocation.AuditorId)
            {
                continue;
            }

            try
            {
                await auditing.AllocateAsync(allocation.CaseId, allocation.AuditorId, by, cancellationToken);
            }
            catch (DomainValidationException ex)
            {
                ModelState.AddModelError(FieldFor(i), $"Contact {row.Reference}: {ex.Message}");
            }
        }

        if (ModelState.IsValid)
        {
            return Redirect(AuditWords.MonthHref(parsed));
        }

        // The allocations that were saved show as saved; the refused ones keep the choice that was refused.
        await LoadAsync(parsed, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(AuditMonth month, CancellationToken cancellationToken)
    {
        Month = month;
        Cases = await auditing.CasesAsync(month, cancellationToken);
        Auditors = await auditing.AuditorsAsync(cancellationToken);
    }
}
