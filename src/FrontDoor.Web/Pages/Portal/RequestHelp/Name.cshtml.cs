using FrontDoor.Core;
using FrontDoor.Core.Contacts.Intake;
using Microsoft.AspNetCore.Mvc;

namespace FrontDoor.Web.Pages.Portal.RequestHelp;

public sealed class NameModel(RequestHelpJourneyStore journeys) : QuestionPageModel(journeys)
{
    [BindProperty]
    public string? GivenName { get; set; }

    [BindProperty]
    public string? FamilyName { get; set; }

    [BindProperty]
    public string? KnownAs { get; set; }

    [BindProperty]
    public string? FormerFamilyName { get; set; }

    protected override RequestHelpStep Step => RequestHelpStep.Name;

    public void OnGet()
    {
        GivenName = Answers.GivenName;
        FamilyName = Answers.FamilyName;
        KnownAs = Answers.KnownAs;
        FormerFamilyName = Answers.FormerFamilyName;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var entered = new ReportedPersonInput { GivenName = GivenName, FamilyName = FamilyName, KnownAs = KnownAs, FormerFamilyName = FormerFamilyName };
        RequestHelpChecks.ReportedPerson(ModelState, entered, ForSomeoneElse, required: [ReportedPersonField.GivenName, ReportedPersonField.FamilyName]);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        (Answers.GivenName, Answers.FamilyName, Answers.KnownAs, Answers.FormerFamilyName) =
            (TypedText.TrimToNull(GivenName), TypedText.TrimToNull(FamilyName), TypedText.TrimToNull(KnownAs), TypedText.TrimToNull(FormerFamilyName));
        return await SaveAndContinueAsync();
    }
}
