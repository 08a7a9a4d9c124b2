using FrontDoor.Core;
using FrontDoor.Core.CaseFileAudits;
using FrontDoor.Core.WorkQueues;
using FrontDoor.Web.Authorisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace FrontDoor.Web.Pages.Staff.Audits;

/// <summary>
/// The audit of one sampled contact: the form for the auditor it is allocated to until it is saved, then the audit
/// read-only with who did it, when, and every correction since. Managers read any case; an auditor only their own.
/// Opening it is recorded in the audit trail against the person, as opening their contact is.
/// </summary>
public sealed class CaseModel(CaseFileAuditing auditing, WorkQueueCatalogue queues, IAuthorizationService authorisation, Insight.DashboardAuditSummary dashboardSummary) : AuditFormModel
{
    public CaseUnderAudit Audit { get; private set; } = null!;

    public IReadOnlyList<CorrectionEntry> History { get; private set; } = [];

    public bool IsManager { get; private set; }

    /// <summary>Whether the viewer is the auditor the unaudited case is allocated to: only then is the form shown.</summary>
    public bool MayAudit { get; private set; }

    /// <summary>The auditor who saved the audit, or a manager, may correct it.</summary>
    public bool MayCorrect { get; private set; }

    public string TeamName => queues.NameOf(Audit.Sample.TeamKey);

    public AuditMonth Month => AuditMonth.Of(Audit.Sample.Month);

    public DateOnly DueBy => SampledCase.DueBy(Audit.Sample.Month);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await OpenAsync(id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var answers = PostedAnswers();
        if (ModelState.IsValid)
        {
            try
            {
                await auditing.RecordAsync(id, answers, StaffUser.Actor(User), HttpContext.Connection.RemoteIpAddress?.ToString(), cancellationToken);
                dashboardSummary.Forget();
                return Redirect(AuditWords.CaseHref(id));
            }
            catch (DomainValidationException ex)
            {
                ModelState.AddModelError(PageField(ex.Field), ex.Message);
            }
        }

        return await OpenAsync(id, cancellationToken) ?? Page();
    }

    /// <summary>Loads the case; a result only when the page cannot be shown (not found, or not the viewer's to see).</summary>
    private async Task<IActionResult?> OpenAsync(Guid id, CancellationToken cancellationToken)
    {
        IsManager = (await authorisation.AuthorizeAsync(User, Policies.Managers)).Succeeded;
        var viewer = StaffUser.Actor(User);
        try
        {
            if (await auditing.OpenAsync(id, viewer, IsManager, HttpContext.Connection.RemoteIpAddress?.ToString(), cancellationToken) is not { } found)
            {
                return NotFound();
            }

            Audit = found;
        }
        catch (UnauthorizedAccessException)
        {
            return Forbid();
        }

        History = await auditing.HistoryAsync(Audit.Case, cancellationToken);
        MayAudit = !Audit.Case.IsAudited && Audit.Case.IsAllocatedTo(viewer.Id) && User.IsInRole(Roles.Auditor);
        MayCorrect = Audit.Case.IsAudited && (IsManager || Audit.Case.AuditedById == viewer.Id);
        return null;
    }
}
