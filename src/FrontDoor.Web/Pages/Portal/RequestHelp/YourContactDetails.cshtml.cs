using FrontDoor.Core.Contacts.Intake;
using Microsoft.AspNetCore.Mvc;

namespace FrontDoor.Web.Pages.Portal.RequestHelp;

public sealed class YourContactDetailsModel(RequestHelpJourneyStore journeys) : QuestionPageModel(journeys)
{
    [BindProperty]
    public string? CallerPhone { get; set; }

    [BindProperty]
    public string? CallerEmail { get; set; }

    protected override RequestHelpStep Step => RequestHelpStep.YourContactDetails;

    public void OnGet()
    {
        CallerPhone = Answers.CallerPhone;
        CallerEmail = Answers.CallerEmail;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var phone = RequestHelpChecks.Phone(ModelState, nameof(CallerPhone), CallerPhone);
        var email = RequestHelpChecks.Email(ModelState, nameof(CallerEmail), CallerEmail, IntakeLimits.MaxCallerEmailLength);
        if (phone is null && email is null)
        {
            ModelState.AddModelError(nameof(CallerPhone), "Enter a phone number or an email address");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Answers.CallerPhone = phone;
        Answers.CallerEmail = email;
        return await SaveAndContinueAsync();
    }
}
