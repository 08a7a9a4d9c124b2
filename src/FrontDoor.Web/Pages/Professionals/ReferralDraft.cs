using FrontDoor.Web.Components;

namespace FrontDoor.Web.Pages.Professionals;

/// <summary>
/// Everything typed into one e-form so far, kept between its pages exactly as typed (so a page shows it back
/// unchanged) until the professional sends it. Interpreting it is <see cref="ReferralSubmissionMapper"/>'s job.
/// </summary>
public sealed class ReferralDraft
{
    public required Guid JourneyId { get; init; }

    public required string FormSlug { get; init; }

    public SenderSection Sender { get; set; } = new();

    public PersonSection Person { get; set; } = new();

    public ConcernSection Concern { get; set; } = new();

    public RiskAndConsentSection RiskAndConsent { get; set; } = new();

    /// <summary>Which pages have been saved at least once, so check-your-answers is only reached with every page seen.</summary>
    public HashSet<ReferralPage> PagesSaved { get; init; } = [];
}

/// <summary>
/// What is kept of an e-form once sent, in place of the draft, until the journey expires: the contact it made, for
/// the receipt, and the answers as sent, for the printable copy. No page can change or send it again.
/// </summary>
public sealed record SentReferral(Guid ContactId, string Reference, ReferralDraft Referral);

public enum ReferralPage
{
    AboutYou,
    Person,
    Concern,
    RiskAndConsent,
}

public sealed class SenderSection
{
    public string? Name { get; set; }

    public string? Role { get; set; }

    public string? Organisation { get; set; }

    /// <summary>A collar number or a crew call sign: how the partner identifies the sender.</summary>
    public string? Identifier { get; set; }

    public string? CqcLocationId { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }
}

public sealed class PersonSection
{
    public string? GivenName { get; set; }

    public string? FamilyName { get; set; }

    public string? FormerFamilyName { get; set; }

    public DateParts DateOfBirth { get; set; } = new();

    public string? NhsNumber { get; set; }

    public string? AddressLine1 { get; set; }

    public string? AddressLine2 { get; set; }

    public string? Town { get; set; }

    public string? Postcode { get; set; }

    public string? Phone { get; set; }

    public string? GpPractice { get; set; }
}

/// <summary>The partner-specific questions; each form asks only its own (see the Concern page's partials).</summary>
/// <remarks>Declared in the order the pages show them (the story box last): the error summary lists errors in this order.</remarks>
public sealed class ConcernSection
{
    public string? PoliceReference { get; set; }

    public string? IncidentNumber { get; set; }

    public DateParts IncidentDate { get; set; } = new();

    public string? IncidentTime { get; set; }

    public string? Location { get; set; }

    public string? Conveyed { get; set; }

    public List<string> ConcernTypes { get; set; } = [];

    public string? Diagnoses { get; set; }

    public string? MobilityNeeds { get; set; }

    public string? PersonalCareNeeds { get; set; }

    public string? Ward { get; set; }

    public DateParts DischargeDate { get; set; } = new();

    public string? MedicallyOptimised { get; set; }

    public string? Pathway { get; set; }

    public string? Injuries { get; set; }

    public string? BodyMap { get; set; }

    public string? FamilyInformed { get; set; }

    public string? Story { get; set; }
}

public sealed class RiskAndConsentSection
{
    public string? InDangerNow { get; set; }

    public string? EmergencyServicesInvolved { get; set; }

    public string? RiskDetails { get; set; }

    public string? PersonIsAware { get; set; }

    public string? ConsentsToSharing { get; set; }

    public string? NoConsentReason { get; set; }

    public string? HasCommunicationNeeds { get; set; }

    public List<string> CommunicationNeeds { get; set; } = [];

    public string? InterpreterLanguage { get; set; }

    public string? OtherCommunicationNeeds { get; set; }
}
