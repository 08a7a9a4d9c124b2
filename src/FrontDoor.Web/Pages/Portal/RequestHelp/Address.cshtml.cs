using Microsoft.AspNetCore.Mvc;

namespace FrontDoor.Web.Pages.Portal.RequestHelp;

public sealed class AddressModel(RequestHelpJourneyStore journeys) : QuestionPageModel(journeys)
{
    [BindProperty]
    public string? AddressLine1 { get; set; }

    [BindProperty]
    public string? AddressLine2 { get; set; }

    [BindProperty]
    public string? Town { get; set; }

    [BindProperty]
    public string? Postcode { get; set; }

    protected override RequestHelpStep Step => RequestHelpStep.Address;

    public void OnGet() => (AddressLine1, AddressLine2, Town, Postcode) = (Answers.AddressLine1, Answers.AddressLine2, Answers.Town, Answers.Postcode);

    public async Task<IActionResult> OnPostAsync()
    {
        var line1 = RequestHelpChecks.Text(ModelState, nameof(AddressLine1), AddressLine1, "Address line 1", whenMissing: "Enter address line 1, typically the building and street");
        var line2 = RequestHelpChecks.Text(ModelState, nameof(AddressLine2), AddressLine2, "Address line 2");
        var town = RequestHelpChecks.Text(ModelState, nameof(Town), Town, "Town or city", whenMissing: "Enter town or city");
        var postcode = RequestHelpChecks.Postcode(ModelState, nameof(Postcode), Postcode);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        (Answers.AddressLine1, Answers.AddressLine2, Answers.Town, Answers.Postcode) = (line1, line2, town, postcode);
        return await SaveAndContinueAsync();
    }
}
