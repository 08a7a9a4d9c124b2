using FrontDoor.Core.Contacts.Intake;
using Microsoft.AspNetCore.Mvc;

namespace FrontDoor.Web.Pages.Portal.RequestHelp;

public sealed class WhatIsHappeningModel(RequestHelpJourneyStore journeys) : QuestionPageModel(journeys)
{
    [BindProperty]
    public string? Story { get; set; }

    protected override RequestHelpStep Step => RequestHelpStep.WhatIsHappening;

    /// <summary>The promise made on "do they know": when they do not know or agree, this is where we ask why.</summary>
    public bool AsksWhyWithoutAgreement => ForSomeoneElse && Answers.Awareness is not PersonAwareness.KnowsAndAgrees;

    public string Hint => "Tell us in your own words. For example, what is hard at the moment, what help there is already, and what would make things better."
        + (AsksWhyWithoutAgreement ? " Tell us too why the person does not know or does not agree to you asking for help." : string.Empty);

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
