using FrontDoor.Core.Contacts.Intake;
using Microsoft.AspNetCore.Mvc;

namespace FrontDoor.Web.Pages.Portal.RequestHelp;

public sealed class CommunicationNeedsModel(RequestHelpJourneyStore journeys) : QuestionPageModel(journeys)
{
    [BindProperty]
    public List<CommunicationNeed>? Needs { get; set; }

    [BindProperty]
    public string? InterpreterLanguage { get; set; }

    protected override RequestHelpStep Step => RequestHelpStep.CommunicationNeeds;

    public void OnGet() => (Needs, InterpreterLanguage) = (Answers.CommunicationNeeds, Answers.InterpreterLanguage);

    public async Task<IActionResult> OnPostAsync()
    {
        var needs = Needs?.Distinct().ToList() ?? [];
        var language = RequestHelpChecks.Text(ModelState, nameof(InterpreterLanguage), InterpreterLanguage, "The language", maxLength: IntakeLimits.MaxInterpreterLanguageLength);
        if (language is not null && !needs.Contains(CommunicationNeed.Interpreter))
        {
            // Naming a language says an interpreter is needed, ticked or not.
            needs.Add(CommunicationNeed.Interpreter);
        }
        else if (language is null && needs.Contains(CommunicationNeed.Interpreter))
        {
            ModelState.AddModelError(nameof(InterpreterLanguage), "Enter the language the interpreter should speak");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        (Answers.CommunicationNeeds, Answers.InterpreterLanguage) = ([.. needs.Order()], language);
        return await SaveAndContinueAsync();
    }
}
