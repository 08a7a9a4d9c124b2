using FrontDoor.Core.Contacts.CallBacks;
using FrontDoor.Core.WorkQueues;
using FrontDoor.Web.Authorisation;
using FrontDoor.Web.Pages.Staff.Queues;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.Contacts.CallBack;

/// <summary>Calls off the arranged call back, saying why: the close page sends staff here when one is still due.</summary>
public sealed class CancelModel(WorkQueueQueries queries, ContactEventWords eventWords, ContactCallBacks callBacks)
    : ContactWorkPageModel(queries, eventWords)
{
    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var shown = await ShowAsync(id, cancellationToken);
        return shown is PageResult && Contact.CallBack is null ? Redirect($"/staff/contacts/{id}#work") : shown;
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var problems = new List<(string Field, string Message)>();
        ScheduledCallBack.CheckReason(Reason, "Enter why you are cancelling the call back", problems, nameof(Reason));
        foreach (var (field, message) in problems)
        {
            ModelState.AddModelError(field, message);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        return await ChangeAsync(id, () => callBacks.CancelAsync(id, Version, Reason, StaffUser.Actor(User), cancellationToken), cancellationToken, field => field == nameof(Reason) ? field : string.Empty);
    }
}
