using FrontDoor.Core.Contacts.Intake;
using Microsoft.AspNetCore.Mvc;

namespace FrontDoor.Web.Pages.Portal.RequestHelp;

public sealed class WhatIsHappeningModel(RequestHelpJourneyStore journeys) : QuestionPageModel(journeys)
{
    [BindProperty]
    public string? Story { get; set; }

    protected override RequestHelpStep Step => RequestHelpStep.WhatIsHappening;

    public void OnGet() => Story = Answers.Story;

    public async Task<IActionResult> OnPostAsync()
    {
        var story = RequestHelpChecks.LongText(ModelState, nameof(Story), Story, "What is happening", IntakeLimits.MaxStoryLength, whenMissing: "Tell us what is happening");
        if (!ModelState.IsValid)
        {
            return Page();
        }

        Answers.Story = story;
        return await SaveAndContinueAsync();
    }
}
