using Microsoft.AspNetCore.Mvc;

namespace FrontDoor.Web.Pages.Portal.RequestHelp;

public sealed class WhoForModel(RequestHelpJourneyStore journeys) : QuestionPageModel(journeys)
{
    [BindProperty]
    public AskingFor? AskingFor { get; set; }

    protected override RequestHelpStep Step => RequestHelpStep.AskingFor;

    // The journey is stored when this page is answered, so arriving here stores nothing.
    protected override bool ShownBeforeStarting => true;

    public void OnGet() => AskingFor = Answers.AskingFor;

    public async Task<IActionResult> OnPostAsync()
    {
        if (AskingFor is null)
        {
            ModelState.AddModelError(nameof(AskingFor), "Select who you are asking for help for");
            return Page();
        }

        Answers.AskingFor = AskingFor;
        return await SaveAndContinueAsync();
    }
}
