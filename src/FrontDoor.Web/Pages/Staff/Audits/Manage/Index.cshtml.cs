using FrontDoor.Core;
using FrontDoor.Core.CaseFileAudits;
using FrontDoor.Core.WorkQueues;
using FrontDoor.Web.Authorisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.Audits.Manage;

/// <summary>Every month's samples with how far each team's audit has got, and the button that draws a month.</summary>
public sealed class IndexModel(CaseFileAuditing auditing, CaseFileAuditSampler sampler, WorkQueueCatalogue queues, TimeProvider clock) : PageModel
{
    /// <summary>How many ended months the draw offers.</summary>
    public const int MonthsOffered = 12;

    [BindProperty]
    public string? Month { get; set; }

    public IReadOnlyList<SampleProgress> Progress { get; private set; } = [];

    public IReadOnlyList<AuditMonth> Offered { get; private set; } = [];

    /// <summary>Every audit past its due date, longest overdue first.</summary>
    public IReadOnlyList<OverdueCaseRow> Overdue { get; private set; } = [];

    public string TeamName(string key) => queues.NameOf(key);

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!AuditMonth.TryParse(Month, out var month))
        {
            ModelState.AddModelError(nameof(Month), "Select the month to draw a sample for");
        }
        else
        {
            try
            {
                await sampler.DrawAsync(month, StaffUser.Actor(User), cancellationToken);
                return Redirect(AuditWords.MonthHref(month));
            }
            catch (DomainValidationException ex)
            {
                ModelState.AddModelError(nameof(Month), ex.Message);
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Progress = await auditing.ProgressAsync(null, cancellationToken);
        Overdue = await auditing.OverdueAsync(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), null, cancellationToken);
        var last = AuditMonth.Of(clock.GetUtcNow()).Previous;
        Offered = [.. Enumerable.Range(0, MonthsOffered).Select(i => AuditMonth.Of(last.Start.AddMonths(-i)))];
        Month ??= last.ToString();
    }
}
