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
        var whose = ForSomeoneElse ? "their" : "your";
        var given = RequestHelpChecks.Text(ModelState, nameof(GivenName), GivenName, "First name", whenMissing: $"Enter {whose} first name");
        var family = RequestHelpChecks.Text(ModelState, nameof(FamilyName), FamilyName, "Last name", whenMissing: $"Enter {whose} last name");
        var knownAs = RequestHelpChecks.Text(ModelState, nameof(KnownAs), KnownAs, "The name they like to be called");
        var former = RequestHelpChecks.Text(ModelState, nameof(FormerFamilyName), FormerFamilyName, "Previous last name");
        if (!ModelState.IsValid)
        {
            return Page();
        }

        (Answers.GivenName, Answers.FamilyName, Answers.KnownAs, Answers.FormerFamilyName) = (given, family, knownAs, former);
        return await SaveAndContinueAsync();
    }
}
