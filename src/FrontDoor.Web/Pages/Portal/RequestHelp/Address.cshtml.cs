using FrontDoor.Core;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.People;
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
        var entered = new ReportedPersonInput { AddressLine1 = AddressLine1, AddressLine2 = AddressLine2, Town = Town, Postcode = Postcode };
        RequestHelpChecks.ReportedPerson(ModelState, entered, ForSomeoneElse, required: [ReportedPersonField.AddressLine1, ReportedPersonField.Town, ReportedPersonField.Postcode]);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        (Answers.AddressLine1, Answers.AddressLine2, Answers.Town, Answers.Postcode) =
            (TypedText.TrimToNull(AddressLine1), TypedText.TrimToNull(AddressLine2), TypedText.TrimToNull(Town), UkPostcode.Parse(Postcode!).Value);
        return await SaveAndContinueAsync();
    }
}
