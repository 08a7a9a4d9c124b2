using FrontDoor.Core;
using FrontDoor.Core.CaseFileAudits;
using FrontDoor.Web.Authorisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace FrontDoor.Web.Pages.Staff.Audits;

/// <summary>
/// Corrects a saved audit, by the auditor who saved it or a manager, with a reason. The form starts from the answers as
/// they stand; the service keeps the answers replaced, so the audit's page shows who changed what, when and why.
/// </summary>
public sealed class CorrectModel(CaseFileAuditing auditing, IAuthorizationService authorisation, Insight.DashboardAuditSummary dashboardSummary) : AuditFormModel
{
    [BindProperty]
    public string? Reason { get; set; }

    /// <summary>The version of the audit the form was filled from: a correction of a since-changed audit is refused.</summary>
    [BindProperty]
    public int Version { get; set; }

    public CaseUnderAudit Audit { get; private set; } = null!;

    public static IReadOnlyList<string> CorrectionFieldOrder { get; } = [nameof(Reason), .. FieldOrder];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await OpenAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        Fill(Audit.Case.CurrentAnswers());
        Version = Audit.Case.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var reason = Reason;
        var version = Version;
        var answers = PostedAnswers();
        if (CaseFileAuditCorrection.ValidateReason(reason) is { } problem)
        {
            ModelState.AddModelError(nameof(Reason), problem);
        }

        if (ModelState.IsValid)
        {
            try
            {
                var byManager = (await authorisation.AuthorizeAsync(User, Policies.Managers)).Succeeded;
                await auditing.CorrectAsync(id, answers, reason, version, StaffUser.Actor(User), byManager, HttpContext.Connection.RemoteIpAddress?.ToString(), cancellationToken);
                dashboardSummary.Forget();
                return Redirect(AuditWords.CaseHref(id));
            }
            catch (DomainValidationException ex)
            {
                ModelState.AddModelError(ex.Field == nameof(SampledCase.Version) ? nameof(Reason) : PageField(ex.Field), ex.Message);
            }
        }

        return await OpenAsync(id, cancellationToken) ?? Page();
    }

    private async Task<IActionResult?> OpenAsync(Guid id, CancellationToken cancellationToken)
    {
        var isManager = (await authorisation.AuthorizeAsync(User, Policies.Managers)).Succeeded;
        try
        {
            if (await auditing.OpenAsync(id, StaffUser.Actor(User), isManager, HttpContext.Connection.RemoteIpAddress?.ToString(), cancellationToken) is not { } found)
            {
                return NotFound();
            }

            Audit = found;
        }
        catch (UnauthorizedAccessException)
        {
            return Forbid();
        }

        // Only a saved audit is corrected, and only by its auditor or a manager.
        return !Audit.Case.IsAudited ? Redirect(AuditWords.CaseHref(id))
            : isManager || Audit.Case.AuditedById == StaffUser.Id(User) ? null
            : Forbid();
    }
}
