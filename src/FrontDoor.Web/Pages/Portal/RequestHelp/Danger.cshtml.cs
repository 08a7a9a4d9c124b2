using FrontDoor.Core.Contacts.Intake;
using Microsoft.AspNetCore.Mvc;

namespace FrontDoor.Web.Pages.Portal.RequestHelp;

public sealed class DangerModel(RequestHelpJourneyStore journeys) : QuestionPageModel(journeys)
{
    [BindProperty]
    public bool? InDangerNow { get; set; }

    [BindProperty]
    public string? DangerDetails { get; set; }

    protected override RequestHelpStep Step => RequestHelpStep.Danger;

    public void OnGet() => (InDangerNow, DangerDetails) = (Answers.InDangerNow, Answers.DangerDetails);

    public async Task<IActionResult> OnPostAsync()
    {
        if (InDangerNow is null)
        {
            ModelState.AddModelError(nameof(InDangerNow), "Select yes if anyone is in danger now");
        }

        var details = RequestHelpChecks.LongText(ModelState, nameof(DangerDetails), DangerDetails, "Who is in danger and why", IntakeLimits.MaxRiskDetailsLength);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        Answers.InDangerNow = InDangerNow;
        // Kept with a "no" too: whatever someone wrote about danger is for staff to read, never dropped.
        Answers.DangerDetails = details;
        return await SaveAndContinueAsync();
    }
}
