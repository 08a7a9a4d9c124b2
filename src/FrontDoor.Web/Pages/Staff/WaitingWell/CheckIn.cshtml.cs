using FrontDoor.Core.Contacts;
using FrontDoor.Core.Triage.Flows;
using FrontDoor.Core.WaitingWell;
using FrontDoor.Core.WorkQueues;
using FrontDoor.Web.Authorisation;
using FrontDoor.Web.Pages.Staff.Contacts;
using FrontDoor.Web.Pages.Staff.Queues;
using Microsoft.AspNetCore.Mvc;

namespace FrontDoor.Web.Pages.Staff.WaitingWell;

/// <summary>A keep-in-touch check-in by phone with someone waiting for a team; a rise in risk escalates at once.</summary>
public sealed class CheckInModel(WorkQueueQueries queries, ContactEventWords eventWords, WaitingList waitingList)
    : ContactWorkPageModel(queries, eventWords)
{
    [BindProperty]
    public bool? CircumstancesChanged { get; set; }

    [BindProperty]
    public string? WhatChanged { get; set; }

    [BindProperty]
    public string? WhatWasAgreed { get; set; }

    [BindProperty]
    public TriagePriority? Risk { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var shown = await ShowAsync(id, cancellationToken);
        if (!Waiting)
        {
            return NotFound();
        }

        Risk = Contact.Priority;
        return shown;
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || !Waiting)
        {
            return NotFound();
        }

        if (CircumstancesChanged is null)
        {
            ModelState.AddModelError(nameof(CircumstancesChanged), "Select yes if anything has changed in the person's circumstances or risk");
        }
        else if (CircumstancesChanged == true && string.IsNullOrWhiteSpace(WhatChanged))
        {
            ModelState.AddModelError(nameof(WhatChanged), "Enter what has changed");
        }

        if (string.IsNullOrWhiteSpace(WhatWasAgreed))
        {
            ModelState.AddModelError(nameof(WhatWasAgreed), "Enter what was agreed");
        }

        if (Risk is null)
        {
            ModelState.AddModelError(nameof(Risk), "Select the person's risk now");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        return await ChangeAsync(
            id,
            () => waitingList.CheckInByPhoneAsync(id, Version, new CheckInAnswers(CircumstancesChanged, WhatChanged, WhatWasAgreed, Risk), StaffUser.Actor(User), cancellationToken),
            cancellationToken,
            field => field == nameof(Contact.Priority) ? nameof(Risk) : field);
    }

    /// <summary>Only someone waiting for a team (referred, not yet closed) is checked in with.</summary>
    private bool Waiting => Contact is { Status: ContactStatus.Routed };
}
