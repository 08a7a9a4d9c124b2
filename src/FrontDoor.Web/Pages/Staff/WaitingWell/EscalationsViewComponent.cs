using FrontDoor.Core.WaitingWell;
using FrontDoor.Core.WorkQueues;
using FrontDoor.Web.Authorisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace FrontDoor.Web.Pages.Staff.WaitingWell;

/// <summary>What a manager's staff home shows of waiting well: rises in risk not yet acted on, and overdue check-ins by team.</summary>
public sealed record WaitingWellOnHome(IReadOnlyList<RiskEscalation> Escalations, IReadOnlyList<(WorkQueueDefinition Team, int Overdue)> OverdueByTeam);

/// <summary>
/// The manager's staff home's escalations: contact references, teams and risks only, never who the person is, so the
/// home page stays free of personal details. Nothing for other roles.
/// </summary>
public sealed class EscalationsViewComponent(WaitingList waitingList, WorkQueueCatalogue catalogue, IAuthorizationService authorisation) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (!(await authorisation.AuthorizeAsync(HttpContext.User, Policies.Managers)).Succeeded)
        {
            return Content(string.Empty);
        }

        var cancellationToken = HttpContext.RequestAborted;
        var escalations = await waitingList.UnacknowledgedEscalationsAsync(cancellationToken);
        var overdue = await waitingList.OverdueCheckInsByTeamAsync(cancellationToken);
        return View(
            "~/Pages/Staff/WaitingWell/_Escalations.cshtml",
            new WaitingWellOnHome(escalations, [.. catalogue.All.Where(q => overdue.ContainsKey(q.Key)).Select(q => (q, overdue[q.Key]))]));
    }
}
