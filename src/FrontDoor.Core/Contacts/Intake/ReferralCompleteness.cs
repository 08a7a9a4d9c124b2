using FrontDoor.Core.People;

namespace FrontDoor.Core.Contacts.Intake;

/// <summary>The professional partners who refer to adult social care, each with its own e-form.</summary>
public enum PartnerType
{
    Police,
    Ambulance,
    GpOrPrimaryCare,
    Hospital,
    CareProvider,
    OtherProfessional,
}

/// <summary>A fact adult social care needs from a referral so that nobody has to phone back for it.</summary>
public enum ReferralField
{
    PersonName,
    DateOfBirth,
    NhsNumber,
    Address,
    Postcode,
    PersonPhone,
    Story,
    ReferrerName,
    ReferrerOrganisation,
    ReferrerPhoneOrEmail,
    PersonIsAware,
    ConsentToSharing,
    ImmediateRisk,
    CommunicationNeeds,
    IncidentDate,
    PoliceReference,
    GpPractice,
    DischargeDate,
    Ward,
}

/// <param name="Required">The e-form refuses to send without it; desirable fields only raise the score.</param>
public sealed record ReferralFieldWeight(ReferralField Field, int Weight, bool Required);

/// <summary>The facts a referral carries, whichever channel it came by.</summary>
public sealed record ReferralEvidence(
    ReportedPerson Person,
    Caller? Referrer,
    string? Story,
    ContactConsent Consent,
    ImmediateRisk ImmediateRisk,
    CommunicationNeeds CommunicationNeeds,
    IReadOnlyCollection<string> AnsweredKeys);

public sealed record CompletenessResult(int Score, IReadOnlyList<ReferralField> MissingRequired, IReadOnlyList<ReferralField> MissingDesirable);

/// <summary>
/// One definition of "a complete referral" per partner type, shared by the e-forms (which fields to require)
/// and intake (the score stored with every professional contact). Weights favour the facts whose absence
/// makes an advisor phone back: who the person is, whether they are safe now, and who to call.
/// </summary>
public static class ReferralCompleteness
{
    /// <summary>Shorter than this, a story rarely says enough for an advisor to act without phoning back.</summary>
    public const int MinimumStoryLength = 20;

    /// <summary>Keys of structured answers that count as fields, shared with the e-forms.</summary>
    public static class AnswerKeys
    {
        public const string IncidentDate = "incident-date";
        public const string PoliceReference = "police-reference";
        public const string GpPractice = "gp-practice";
        public const string DischargeDate = "discharge-date";
        public const string Ward = "ward";
        public const string CommunicationNeeds = "communication-needs";

        /// <summary>Why a referrer shares without the person's agreement (capacity, risk of serious harm).</summary>
        public const string NoConsentReason = "no-consent-reason";
    }

    private static readonly ReferralFieldWeight[] Common =
    [
        new(ReferralField.PersonName, 15, true),
        new(ReferralField.DateOfBirth, 10, true),
        new(ReferralField.Address, 8, true),
        new(ReferralField.Postcode, 7, true),
        new(ReferralField.Story, 15, true),
        new(ReferralField.ReferrerName, 5, true),
        new(ReferralField.ReferrerPhoneOrEmail, 5, true),
        new(ReferralField.ReferrerOrganisation, 3, false),
        new(ReferralField.PersonIsAware, 5, true),
        new(ReferralField.ConsentToSharing, 5, true),
        new(ReferralField.ImmediateRisk, 8, true),
        new(ReferralField.PersonPhone, 4, false),
        new(ReferralField.CommunicationNeeds, 3, false),
    ];

    private static readonly Dictionary<PartnerType, ReferralFieldWeight[]> Fields = new()
    {
        [PartnerType.Police] = [.. Common, new(ReferralField.PoliceReference, 8, true), new(ReferralField.IncidentDate, 5, true), new(ReferralField.NhsNumber, 2, false)],
        [PartnerType.Ambulance] = [.. Common, new(ReferralField.IncidentDate, 5, true), new(ReferralField.NhsNumber, 6, false), new(ReferralField.GpPractice, 3, false)],
        [PartnerType.GpOrPrimaryCare] = [.. Common, new(ReferralField.NhsNumber, 10, true), new(ReferralField.GpPractice, 5, true)],
        [PartnerType.Hospital] = [.. Common, new(ReferralField.NhsNumber, 8, true), new(ReferralField.DischargeDate, 8, true), new(ReferralField.Ward, 4, false), new(ReferralField.GpPractice, 2, false)],
        [PartnerType.CareProvider] = [.. Common, new(ReferralField.IncidentDate, 6, true), new(ReferralField.NhsNumber, 4, false)],
        [PartnerType.OtherProfessional] = [.. Common, new(ReferralField.NhsNumber, 4, false)],
    };

    public static IReadOnlyList<ReferralFieldWeight> FieldsFor(PartnerType partner) => Fields[partner];

    /// <summary>True when the partner's e-form must refuse to send without the field.</summary>
    public static bool IsRequired(PartnerType partner, ReferralField field) => Fields[partner].Any(f => f.Field == field && f.Required);

    /// <summary>True when the field counts towards the partner's score at all, required or desirable.</summary>
    public static bool IsAsked(PartnerType partner, ReferralField field) => Fields[partner].Any(f => f.Field == field);

    /// <summary>The partner type whose definition applies to a contact source; null for the public and staff.</summary>
    public static PartnerType? PartnerTypeFor(ContactSource source) => source switch
    {
        ContactSource.Police => PartnerType.Police,
        ContactSource.Ambulance => PartnerType.Ambulance,
        ContactSource.GpOrPrimaryCare => PartnerType.GpOrPrimaryCare,
        ContactSource.Hospital => PartnerType.Hospital,
        ContactSource.CareProvider => PartnerType.CareProvider,
        ContactSource.OtherProfessional => PartnerType.OtherProfessional,
        _ => null,
    };

    public static CompletenessResult Score(PartnerType partner, ReferralEvidence evidence)
    {
        var fields = Fields[partner];
        var total = fields.Sum(f => f.Weight);
        var present = fields.Where(f => IsPresent(f.Field, evidence)).Sum(f => f.Weight);
        var missing = fields.Where(f => !IsPresent(f.Field, evidence)).ToList();
        return new CompletenessResult(
            (int)Math.Round(100d * present / total, MidpointRounding.AwayFromZero),
            missing.Where(f => f.Required).Select(f => f.Field).ToList(),
            missing.Where(f => !f.Required).Select(f => f.Field).ToList());
    }

    public static bool IsPresent(ReferralField field, ReferralEvidence e) => field switch
    {
        ReferralField.PersonName => Has(e.Person.FamilyName) && (Has(e.Person.GivenName) || Has(e.Person.KnownAs)),
        ReferralField.DateOfBirth => e.Person.DateOfBirth is not null,
        ReferralField.NhsNumber => e.Person.ValidNhsNumber() is not null,
        ReferralField.Address => Has(e.Person.AddressLine1),
        ReferralField.Postcode => e.Person.ValidPostcode() is not null,
        ReferralField.PersonPhone => PhoneNumber.TryParse(e.Person.Phone, out _, out _),
        ReferralField.Story => e.Story is { Length: >= MinimumStoryLength },
        ReferralField.ReferrerName => Has(e.Referrer?.Name),
        ReferralField.ReferrerOrganisation => Has(e.Referrer?.Organisation),
        ReferralField.ReferrerPhoneOrEmail => Has(e.Referrer?.Phone) || Has(e.Referrer?.Email),
        ReferralField.PersonIsAware => e.Consent.PersonIsAware is not null,
        // A "no" is complete only with the reason for sharing anyway: without it the advisor must phone to ask.
        ReferralField.ConsentToSharing => e.Consent.ConsentsToSharing == true || (e.Consent.ConsentsToSharing == false && e.AnsweredKeys.Contains(AnswerKeys.NoConsentReason)),
        ReferralField.ImmediateRisk => e.ImmediateRisk.InDangerNow is not null,
        ReferralField.CommunicationNeeds => e.CommunicationNeeds.Any || e.AnsweredKeys.Contains(AnswerKeys.CommunicationNeeds),
        ReferralField.IncidentDate => e.AnsweredKeys.Contains(AnswerKeys.IncidentDate),
        ReferralField.PoliceReference => e.AnsweredKeys.Contains(AnswerKeys.PoliceReference),
        ReferralField.GpPractice => e.AnsweredKeys.Contains(AnswerKeys.GpPractice),
        ReferralField.DischargeDate => e.AnsweredKeys.Contains(AnswerKeys.DischargeDate),
        ReferralField.Ward => e.AnsweredKeys.Contains(AnswerKeys.Ward),
        _ => false,
    };

    private static bool Has(string? value) => !string.IsNullOrWhiteSpace(value);
}
