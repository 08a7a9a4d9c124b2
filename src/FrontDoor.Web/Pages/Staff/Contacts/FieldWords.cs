using FrontDoor.Core.Contacts.Intake;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FrontDoor.Web.Pages.Staff.Contacts;

public static class FieldWords
{
    public static string Describe(ReferralField field) => field switch
    {
        ReferralField.PersonName => "the person's name",
        ReferralField.DateOfBirth => "date of birth",
        ReferralField.NhsNumber => "NHS number",
        ReferralField.Address => "address",
        ReferralField.Postcode => "postcode",
        ReferralField.PersonPhone => "the person's phone number",
        ReferralField.Story => "what the referral is about",
        ReferralField.ReferrerName => "the referrer's name",
        ReferralField.ReferrerOrganisation => "the referrer's organisation",
        ReferralField.ReferrerPhoneOrEmail => "how to contact the referrer",
        ReferralField.PersonIsAware => "whether the person knows about the referral",
        ReferralField.ConsentToSharing => "consent to share information",
        ReferralField.ImmediateRisk => "whether the person is in danger now",
        ReferralField.CommunicationNeeds => "communication needs",
        ReferralField.IncidentDate => "date of the incident",
        ReferralField.PoliceReference => "police reference",
        ReferralField.GpPractice => "GP practice",
        ReferralField.DischargeDate => "discharge date",
        ReferralField.Ward => "ward",
        _ => field.ToString(),
    };

    public static string? FirstError(ModelStateDictionary modelState, string key) =>
        modelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;
}
