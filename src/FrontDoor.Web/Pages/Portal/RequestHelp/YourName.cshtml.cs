using FrontDoor.Core.Contacts.Intake;
using Microsoft.AspNetCore.Mvc;

namespace FrontDoor.Web.Pages.Portal.RequestHelp;

public sealed class YourNameModel(RequestHelpJourneyStore journeys) : QuestionPageModel(journeys)
{
    [BindProperty]
    public string? CallerName { get; set; }

    protected override RequestHelpStep Step => RequestHelpStep.YourName;

    public void OnGet() => CallerName = Answers.CallerName;

    public async Task<IActionResult> OnPostAsync()
    {
        var name = RequestHelpChecks.Text(ModelState, nameof(CallerName), CallerName, "Your name", whenMissing: "Enter your name", maxLength: IntakeLimits.MaxCallerNameLength);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        Answers.CallerName = name;
        return await SaveAndContinueAsync();
    }
}
