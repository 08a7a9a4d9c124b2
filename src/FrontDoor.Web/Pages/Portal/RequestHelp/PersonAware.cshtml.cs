using Microsoft.AspNetCore.Mvc;

namespace FrontDoor.Web.Pages.Portal.RequestHelp;

public sealed class PersonAwareModel(RequestHelpJourneyStore journeys) : QuestionPageModel(journeys)
{
    [BindProperty]
    public PersonAwareness? Awareness { get; set; }

    protected override RequestHelpStep Step => RequestHelpStep.PersonAware;

    public void OnGet() => Awareness = Answers.Awareness;

    public async Task<IActionResult> OnPostAsync()
    {
        if (Awareness is null)
        {
            ModelState.AddModelError(nameof(Awareness), "Select whether the person knows you are asking for help for them");
            return Page();
        }

        Answers.Awareness = Awareness;
        return await SaveAndContinueAsync();
    }
}
