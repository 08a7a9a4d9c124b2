using FrontDoor.Core.Contacts.Intake;
using Microsoft.AspNetCore.Mvc;

namespace FrontDoor.Web.Pages.Portal.RequestHelp;

public sealed class NhsNumberModel(RequestHelpJourneyStore journeys) : QuestionPageModel(journeys)
{
    [BindProperty]
    public string? NhsNumber { get; set; }

    protected override RequestHelpStep Step => RequestHelpStep.NhsNumber;

    public void OnGet() => NhsNumber = Answers.NhsNumber;

    public async Task<IActionResult> OnPostAsync()
    {
        RequestHelpChecks.ReportedPerson(ModelState, new ReportedPersonInput { NhsNumber = NhsNumber }, ForSomeoneElse, required: []);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        // Optional: kept the way people write it (3-3-4) when given.
        Answers.NhsNumber = Core.People.NhsNumber.TryParse(NhsNumber, out var number, out _) ? number.Formatted : null;
        return await SaveAndContinueAsync();
    }
}
