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
        var number = RequestHelpChecks.NhsNumber(ModelState, nameof(NhsNumber), NhsNumber);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        Answers.NhsNumber = number;
        return await SaveAndContinueAsync();
    }
}
