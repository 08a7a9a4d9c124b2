using FrontDoor.Core.Contacts;
using FrontDoor.Core.Triage;
using FrontDoor.Core.Triage.Flows;
using FrontDoor.Core.Triage.Priority;
using FrontDoor.Core.WorkQueues;
using FrontDoor.Web.Authorisation;
using FrontDoor.Web.Pages.Staff.Queues;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace FrontDoor.Web.Pages.Staff.Contacts;

/// <summary>Staff change a contact's priority by hand, with their reason; the rules no longer change it.</summary>
public sealed class PriorityModel(WorkQueueQueries queries, ContactEventWords eventWords, PriorityOverride priorities, IOptions<TriageOptions> triage)
    : ContactWorkPageModel(queries, eventWords)
{
    public const string ChangedMessage = "PriorityChanged";

    [BindProperty]
    public TriagePriority? Priority { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    /// <summary>"Respond within 4 hours": each priority's response target, so the choice says what it promises.</summary>
    public string TargetOf(TriagePriority priority) => $"Respond within {DurationWords.Duration(triage.Value.ResponseTargets.For(priority))}";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var shown = await ShowAsync(id, cancellationToken);
        if (!Workable)
        {
            return NotFound();
        }

        Priority = Contact.Priority;
        return shown;
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || !Workable)
        {
            return NotFound();
        }

        if (Priority is null)
        {
            ModelState.AddModelError(nameof(Priority), "Select a priority");
        }

        if (string.IsNullOrWhiteSpace(Reason))
        {
            ModelState.AddModelError(nameof(Reason), "Enter why you are changing the priority");
        }
        else if (Reason.Trim().Length > Contact.MaxPriorityReasonsLength)
        {
            ModelState.AddModelError(nameof(Reason), $"The reason must be {Contact.MaxPriorityReasonsLength:N0} characters or fewer");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (done, changesSince) = await WorkChange.TryAsync(
            () => priorities.OverrideAsync(id, Version, Priority!.Value, Reason, StaffUser.Actor(User), cancellationToken),
            ModelState,
            EventWords,
            field => field == nameof(Contact.PriorityReasons) ? nameof(Reason) : nameof(Priority));
        if (done)
        {
            TempData[ChangedMessage] = $"Priority changed to {ContactEventWords.PriorityName(Priority!.Value).ToLowerInvariant()}.";
            return Redirect($"/staff/contacts/{id}");
        }

        ShowChangesSince(changesSince);
        return await ShowAsync(id, cancellationToken);
    }

    /// <summary>Only a contact still being worked has a priority to change.</summary>
    private bool Workable => Contact is { Status: not (ContactStatus.Closed or ContactStatus.Received) };
}
