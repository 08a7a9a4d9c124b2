using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.People;
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
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        RequestHelpChecks.ReportedPerson(ModelState, new ReportedPersonInput { DateOfBirth = DateOfBirth?.ToEntered() }, ForSomeoneElse, required: [ReportedPersonField.DateOfBirth], today);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        Answers.DateOfBirth = DateOfBirth;
        if (DateOfBirth!.TryGetDate(out var date) && AdultAge.IsChild(date, today))
        {
            // Not sent to adult social care: the page says where to go instead, and the journey waits for another date.
            Journey.Answered.Remove(Step);
            await SaveJourneyAsync();
            return Redirect(RequestHelpLinks.UnderEighteen(Changing));
        }

        return await SaveAndContinueAsync();
    }
}
