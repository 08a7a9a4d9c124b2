using FrontDoor.Web.Components;
using Microsoft.AspNetCore.Mvc;

namespace FrontDoor.Web.Pages.Portal.RequestHelp;

public sealed class DateOfBirthModel(RequestHelpJourneyStore journeys, TimeProvider clock) : QuestionPageModel(journeys)
{
    [BindProperty]
    public DateParts? DateOfBirth { get; set; }

    protected override RequestHelpStep Step => RequestHelpStep.DateOfBirth;

    public void OnGet() => DateOfBirth = Answers.DateOfBirth;

    public async Task<IActionResult> OnPostAsync()
    {
        RequestHelpChecks.DateOfBirth(ModelState, nameof(DateOfBirth), DateOfBirth, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        Answers.DateOfBirth = DateOfBirth;
        return await SaveAndContinueAsync();
    }
}
