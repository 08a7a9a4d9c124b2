using FrontDoor.Core.Contacts.CallBacks;
using FrontDoor.Core.WorkQueues;
using FrontDoor.Web.Authorisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace FrontDoor.Web.Pages.Staff.Contacts.CallBack;

/// <summary>What the staff home shows of call backs: an advisor's or worker's own due today, or a manager's overdue ones by queue.</summary>
public sealed record CallBacksOnHome(CallBacksDue? Mine, IReadOnlyList<(WorkQueueDefinition Queue, int Overdue)>? OverdueByQueue, DateTimeOffset Now);

/// <summary>
/// The staff home's call backs, beside the contacts someone is working: each lists contact references and times only,
/// never who the person is, so the home page stays free of personal details.
/// </summary>
public sealed class CallBacksDueViewComponent(ContactCallBacks callBacks, WorkQueueCatalogue queues, IAuthorizationService authorisation, TimeProvider clock) : ViewComponent
{
    public const int Listed = 10;

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        var user = HttpContext.User;
        CallBacksDue? mine = null;
        if (user.IsInRole(Roles.Advisor) || user.IsInRole(Roles.SupportWorker))
        {
            mine = await callBacks.DueForAsync(StaffUser.Id(user), Listed, cancellationToken);
        }

        IReadOnlyList<(WorkQueueDefinition, int)>? overdue = null;
        if ((await authorisation.AuthorizeAsync(user, Policies.Managers)).Succeeded)
        {
            var counts = await callBacks.OverdueByQueueAsync(cancellationToken);
            overdue = [.. queues.All.Select(q => (q, counts.GetValueOrDefault(q.Key))).Where(row => row.Item2 > 0)];
        }

        return View("~/Pages/Staff/Contacts/CallBack/_CallBacksDue.cshtml", new CallBacksOnHome(mine, overdue, clock.GetUtcNow()));
    }
}
