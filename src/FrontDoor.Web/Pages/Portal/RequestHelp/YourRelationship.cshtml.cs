using Microsoft.AspNetCore.Mvc;

namespace FrontDoor.Web.Pages.Portal.RequestHelp;

public sealed class YourRelationshipModel(RequestHelpJourneyStore journeys) : QuestionPageModel(journeys)
{
    [BindProperty]
    public CallerRelationship? Relationship { get; set; }

    [BindProperty]
    public string? RelationshipDetails { get; set; }

    protected override RequestHelpStep Step => RequestHelpStep.YourRelationship;

    public void OnGet()
    {
        Relationship = Answers.Relationship;
        RelationshipDetails = Answers.RelationshipDetails;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Relationship is null)
        {
            ModelState.AddModelError(nameof(Relationship), "Select your relationship to the person");
        }

        var details = RequestHelpChecks.Text(ModelState, nameof(RelationshipDetails), RelationshipDetails, "How you know them", maxLength: RequestForHelpSubmission.MaxRelationshipDetailsLength);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        Answers.Relationship = Relationship;
        Answers.RelationshipDetails = details;
        return await SaveAndContinueAsync();
    }
}
