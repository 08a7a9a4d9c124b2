using FrontDoor.Core.Contacts.CallBacks;
using FrontDoor.Core.WorkQueues;
using FrontDoor.Web.Authorisation;
using FrontDoor.Web.Components;
using FrontDoor.Web.Pages.Staff.Queues;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.Contacts.CallBack;

/// <summary>Moves the arranged call back to another time, saying why.</summary>
public sealed class ChangeModel(WorkQueueQueries queries, ContactEventWords eventWords, ContactCallBacks callBacks, TimeProvider clock)
    : ContactWorkPageModel(queries, eventWords)
{
    [BindProperty]
    public DateParts DueDate { get; set; } = new();

    [BindProperty]
    public string? DueTime { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public string DateHint => CallBackFields.DateHint(clock.GetUtcNow());

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var shown = await ShowAsync(id, cancellationToken);
        if (shown is not PageResult)
        {
            return shown;
        }

        if (Contact.CallBack is not { } arranged)
        {
            return Redirect($"/staff/contacts/{id}#work");
        }

        (DueDate, DueTime) = CallBackFields.Show(arranged.DueAt);
        return shown;
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var dueAt = CallBackFields.Read(DueDate, DueTime, ModelState, nameof(DueDate), nameof(DueTime));
        var problems = new List<(string Field, string Message)>();
        if (dueAt is { } due)
        {
            ScheduledCallBack.CheckDue(due, clock.GetUtcNow(), problems);
        }

        ScheduledCallBack.CheckReason(Reason, "Enter why you are changing the call back time", problems, nameof(Reason));
        foreach (var (field, message) in problems)
        {
            ModelState.AddModelError(field == nameof(CallBackArrangement.DueAt) ? nameof(DueDate) : field, message);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        return await ChangeAsync(
            id,
            () => callBacks.RescheduleAsync(id, Version, dueAt!.Value, Reason, StaffUser.Actor(User), cancellationToken),
            cancellationToken,
            field => field == nameof(CallBackArrangement.DueAt) ? nameof(DueDate) : field == nameof(Reason) ? nameof(Reason) : string.Empty);
    }
}
