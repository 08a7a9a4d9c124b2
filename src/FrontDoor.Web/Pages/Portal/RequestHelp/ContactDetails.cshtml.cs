using FrontDoor.Core;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.People;
using Microsoft.AspNetCore.Mvc;

namespace FrontDoor.Web.Pages.Portal.RequestHelp;

public sealed class ContactDetailsModel(RequestHelpJourneyStore journeys) : QuestionPageModel(journeys)
{
    [BindProperty]
    public string? Phone { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public PreferredChannel? PreferredContact { get; set; }

    protected override RequestHelpStep Step => RequestHelpStep.ContactDetails;

    public void OnGet() => (Phone, Email, PreferredContact) = (Answers.Phone, Answers.Email, Answers.PreferredContact);

    public async Task<IActionResult> OnPostAsync()
    {
        var whom = ForSomeoneElse ? "them" : "you";
        RequestHelpChecks.ReportedPerson(ModelState, new ReportedPersonInput { Phone = Phone, Email = Email }, ForSomeoneElse, required: []);
        var (phone, email) = (TypedText.TrimToNull(Phone), TypedText.TrimToNull(Email));
        switch (PreferredContact)
        {
            case null:
                ModelState.AddModelError(nameof(PreferredContact), $"Select how we should contact {whom}");
                break;
            case PreferredChannel.Phone or PreferredChannel.TextMessage when phone is null:
                ModelState.AddModelError(nameof(Phone), $"Enter a phone number, or choose another way to contact {whom}");
                break;
            case PreferredChannel.TextMessage when PhoneNumber.TryParse(phone, out var number, out _) && !number.IsMobile:
                ModelState.AddModelError(nameof(Phone), $"Enter a mobile number for text messages, or choose another way to contact {whom}");
                break;
            case PreferredChannel.Email when email is null:
                ModelState.AddModelError(nameof(Email), $"Enter an email address, or choose another way to contact {whom}");
                break;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        (Answers.Phone, Answers.Email, Answers.PreferredContact) = (phone, email, PreferredContact);
        return await SaveAndContinueAsync();
    }
}
