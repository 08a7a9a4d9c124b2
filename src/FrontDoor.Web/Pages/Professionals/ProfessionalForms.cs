using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Intake;

namespace FrontDoor.Web.Pages.Professionals;

/// <summary>
/// One e-form per partner type: its address, its wording and which partner-specific questions it asks. Which
/// of those questions are required is not decided here but by <see cref="ReferralCompleteness"/>.
/// </summary>
public sealed record ProfessionalForm(
    string Slug,
    PartnerType Partner,
    ContactSource Source,
    string SenderType,
    string Title,
    string Summary,
    string OrganisationLabel,
    string? SenderIdentifierLabel,
    string ConcernHeading,
    string StoryLabel,
    string StoryHint)
{
    /// <summary>The partner's own practice is the sender's organisation; other partners are asked for the person's GP.</summary>
    public bool OrganisationIsGpPractice => Partner == PartnerType.GpOrPrimaryCare;

    public bool AsksPersonsGpPractice => !OrganisationIsGpPractice && ReferralCompleteness.IsAsked(Partner, ReferralField.GpPractice);

    public bool AsksCqcLocation => Partner == PartnerType.CareProvider;

    public bool IsRequired(ReferralField field) => ReferralCompleteness.IsRequired(Partner, field);
}

public static class ProfessionalForms
{
    public static IReadOnlyList<ProfessionalForm> All { get; } =
    [
        new("police", PartnerType.Police, ContactSource.Police, "Police",
            "Police: adult concern or welfare referral",
            "After a call-out or welfare check where you are worried about an adult's care, safety or wellbeing.",
            "Police force", "Collar number", "The incident",
            "What did you find?", "Describe the person's circumstances, how they presented and why you are concerned. Do not include information that could identify other victims."),
        new("ambulance", PartnerType.Ambulance, ContactSource.Ambulance, "Ambulance service",
            "Ambulance: concern after an attendance",
            "After an attendance where the person may need care and support at home, whether or not they were taken to hospital.",
            "Ambulance service", "Crew call sign or staff number", "The attendance",
            "What did you find and why are you concerned?", "For example, how the person was managing, the state of the home, who else lives there."),
        new("gp", PartnerType.GpOrPrimaryCare, ContactSource.GpOrPrimaryCare, "GP or primary care",
            "GP or primary care: request for a care assessment",
            "To ask for a needs assessment for a patient who may need care and support.",
            "GP practice", null, "The request",
            "Why are you asking for an assessment?", "Tell us what has changed, what the person is struggling with and what they want."),
        new("hospital", PartnerType.Hospital, ContactSource.Hospital, "Hospital",
            "Hospital: discharge referral",
            "When a patient will need care and support to leave hospital.",
            "Hospital", null, "The discharge",
            "What care and support will the person need on discharge?", "For example, help with washing and dressing four times a day, or a package of care restarted."),
        new("care-provider", PartnerType.CareProvider, ContactSource.CareProvider, "Care provider",
            "Care provider: incident or concern",
            "To tell us about an incident, an injury or a concern about someone you support.",
            "Care provider", null, "The incident or concern",
            "What happened?", "Say what happened, who was involved and what you have done since."),
        new("other", PartnerType.OtherProfessional, ContactSource.OtherProfessional, "Other professional",
            "Other professionals: refer someone",
            "Housing, fire and rescue, probation, voluntary sector and any other professional.",
            "Organisation", null, "Your concern",
            "Why are you contacting adult social care?", "Tell us what you have seen or been told, and what help you think the person needs."),
    ];

    public static ProfessionalForm? Find(string? slug) =>
        All.FirstOrDefault(form => string.Equals(form.Slug, slug, StringComparison.OrdinalIgnoreCase));
}
