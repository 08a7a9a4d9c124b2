using FrontDoor.Core.Contacts.Intake;

namespace FrontDoor.Web.Pages.Professionals;

/// <summary>The completeness fields in the words a professional would use, for "you will need" and "next time include".</summary>
public static class ReferralFieldNames
{
    public static string Describe(ProfessionalForm form, ReferralField field) => field switch
    {
        ReferralField.PersonName => "the person's name",
        ReferralField.DateOfBirth => "their date of birth",
        ReferralField.NhsNumber => "their NHS number",
        ReferralField.Address => "their address",
        ReferralField.Postcode => "their postcode",
        ReferralField.PersonPhone => "their phone number",
        ReferralField.Story => LowerFirst(form.StoryLabel.TrimEnd('?')),
        ReferralField.ReferrerName => "your name",
        ReferralField.ReferrerOrganisation => $"your {form.OrganisationLabel.ToLowerInvariant()}",
        ReferralField.ReferrerPhoneOrEmail => "your phone number or email address",
        ReferralField.PersonIsAware => "whether they know about this referral",
        ReferralField.ConsentToSharing => "whether they agree to their information being shared",
        ReferralField.ImmediateRisk => "whether they are at risk of harm now",
        ReferralField.CommunicationNeeds => "their communication needs, or that they have none",
        ReferralField.IncidentDate => form.Partner == PartnerType.Ambulance ? "the date of the attendance" : "the date of the incident",
        ReferralField.PoliceReference => "the police reference",
        ReferralField.GpPractice => form.OrganisationIsGpPractice ? "your GP practice" : "their GP practice",
        ReferralField.DischargeDate => "the expected discharge date",
        ReferralField.Ward => "the ward",
        _ => field.ToString(),
    };

    public static IReadOnlyList<string> Required(ProfessionalForm form) =>
        [.. ReferralCompleteness.FieldsFor(form.Partner).Where(f => f.Required).Select(f => Describe(form, f.Field))];

    private static string LowerFirst(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];
}
