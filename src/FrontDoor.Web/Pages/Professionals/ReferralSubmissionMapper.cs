using System.Globalization;
using System.Text.Json;
using FrontDoor.Core;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.People;
using FrontDoor.Web.Components;
using Keys = FrontDoor.Core.Contacts.Intake.ReferralCompleteness.AnswerKeys;

namespace FrontDoor.Web.Pages.Professionals;

/// <summary>One structured answer of an e-form, with the page and field it was asked on (for Change links).</summary>
public sealed record ReferralAnswer(string Key, string Question, string Answer, ReferralPage Page, string Field);

/// <summary>Answer keys of the e-forms' own questions; those that count for completeness are in <see cref="Keys"/>.</summary>
public static class ProfessionalAnswerKeys
{
    public const string SenderRole = "sender-role";
    public const string SenderIdentifier = "sender-identifier";
    public const string CqcLocationId = "cqc-location-id";
    public const string IncidentNumber = "incident-number";
    public const string IncidentTime = "incident-time";
    public const string Location = "location";
    public const string ConcernTypes = Core.Triage.Priority.PriorityFactsReader.AnswerKeys.ConcernTypes;
    public const string Conveyed = "conveyed-to-hospital";
    public const string Diagnoses = "diagnoses";
    public const string MobilityNeeds = "mobility-needs";
    public const string PersonalCareNeeds = "personal-care-needs";
    public const string MedicallyOptimised = "medically-optimised";
    public const string Pathway = "discharge-pathway";
    public const string Injuries = "injuries";
    public const string BodyMap = "body-map";
    public const string FamilyInformed = "family-informed";
    public const string EmergencyServicesInvolved = "emergency-services-involved";
}

/// <summary>
/// The one place an e-form's draft becomes an <see cref="IntakeSubmission"/>: the caller, the person as
/// reported, the structured answers in the order asked, and the story. The check-your-answers page shows the
/// same answers, so what the professional checked is what is sent.
/// </summary>
public static class ReferralSubmissionMapper
{
    public const string ExternalKeyPrefix = "professional-eform:";

    private static readonly JsonSerializerOptions RawJson = new(JsonSerializerDefaults.Web) { WriteIndented = false };

    public static IntakeSubmission ToSubmission(ProfessionalForm form, ReferralDraft draft, DateOnly today, string? origin)
    {
        var answers = Answers(form, draft)
            .Where(answer => answer.Answer.Length > 0)
            .Select(answer => new IntakeAnswer(answer.Key, answer.Question, answer.Answer))
            .ToList();
        var submission = new IntakeSubmission
        {
            Channel = ContactChannel.ProfessionalEForm,
            Source = form.Source,
            RawPayload = JsonSerializer.SerializeToUtf8Bytes(new { form = form.Slug, draft.JourneyId, draft.Sender, draft.Person, draft.Concern, draft.RiskAndConsent }, RawJson),
            RawContentType = "application/json",
            Story = TypedText.Multiline(draft.Concern.Story) ?? string.Empty,
            Caller = Caller(form, draft.Sender),
            ReportedPerson = ReportedPerson(draft.Person, today),
            Answers = answers,
            CommunicationNeeds = CommunicationNeeds(draft.RiskAndConsent),
            Consent = new ContactConsent(ReferralChoices.AsBool(draft.RiskAndConsent.PersonIsAware), ReferralChoices.AsBool(draft.RiskAndConsent.ConsentsToSharing)),
            ImmediateRisk = new ImmediateRisk(
                ReferralChoices.AsBool(draft.RiskAndConsent.InDangerNow),
                ReferralChoices.AsBool(draft.RiskAndConsent.EmergencyServicesInvolved),
                TypedText.Multiline(draft.RiskAndConsent.RiskDetails)),
            ExternalKey = ExternalKeyPrefix + draft.JourneyId.ToString("N"),
            Actor = $"eform:{form.Slug}",
            Origin = origin,
        };

        // The receipt the confirmation page shows, by email too, to the address the professional gave on the form.
        return submission.Caller?.Email is { } email
            ? submission with { ReferralReceiptTo = new ReferralReceipt(email, ReferralSummary.MissingDesirable(form, Completeness(form, submission))) }
            : submission;
    }

    /// <summary>How complete the referral is by the shared definition: the score intake stores, and what was left out.</summary>
    public static CompletenessResult Completeness(ProfessionalForm form, ReferralDraft draft, DateOnly today) =>
        Completeness(form, ToSubmission(form, draft, today, origin: null));

    private static CompletenessResult Completeness(ProfessionalForm form, IntakeSubmission submission)
    {
        var evidence = new ReferralEvidence(
            submission.ReportedPerson, submission.Caller, submission.Story, submission.Consent, submission.ImmediateRisk,
            submission.CommunicationNeeds, [.. submission.Answers.Select(answer => answer.Key)]);
        return ReferralCompleteness.Score(form.Partner, evidence);
    }

    /// <summary>Every structured question the form asked, in order, answered or not ("" when left blank).</summary>
    public static IReadOnlyList<ReferralAnswer> Answers(ProfessionalForm form, ReferralDraft draft)
    {
        var sender = draft.Sender;
        var person = draft.Person;
        var concern = draft.Concern;
        var risk = draft.RiskAndConsent;
        var answers = new List<ReferralAnswer>();
        void Add(string key, string question, string? answer, ReferralPage page, string field) =>
            answers.Add(new ReferralAnswer(key, question, TypedText.Multiline(answer) ?? string.Empty, page, field));

        Add(ProfessionalAnswerKeys.SenderRole, "Your role", sender.Role, ReferralPage.AboutYou, "Sender.Role");
        if (form.SenderIdentifierLabel is { } identifier)
        {
            Add(ProfessionalAnswerKeys.SenderIdentifier, identifier, sender.Identifier, ReferralPage.AboutYou, "Sender.Identifier");
        }

        if (form.OrganisationIsGpPractice)
        {
            Add(Keys.GpPractice, "GP practice", sender.Organisation, ReferralPage.AboutYou, "Sender.Organisation");
        }

        if (form.AsksCqcLocation)
        {
            Add(ProfessionalAnswerKeys.CqcLocationId, "CQC location ID", sender.CqcLocationId, ReferralPage.AboutYou, "Sender.CqcLocationId");
        }

        if (form.AsksPersonsGpPractice)
        {
            Add(Keys.GpPractice, "The person's GP practice", person.GpPractice, ReferralPage.Person, "Person.GpPractice");
        }

        const ReferralPage Concern = ReferralPage.Concern;
        switch (form.Partner)
        {
            case PartnerType.Police:
                Add(Keys.PoliceReference, "Police reference", concern.PoliceReference, Concern, "Concern.PoliceReference");
                Add(Keys.IncidentDate, "Date of the incident", Date(concern.IncidentDate), Concern, "Concern.IncidentDate");
                Add(ProfessionalAnswerKeys.IncidentTime, "Time of the incident", Time(concern.IncidentTime), Concern, "Concern.IncidentTime");
                Add(ProfessionalAnswerKeys.Location, "Where you attended", concern.Location, Concern, "Concern.Location");
                Add(ProfessionalAnswerKeys.ConcernTypes, "Type of concern", ReferralChoices.LabelsOf(concern.ConcernTypes, ReferralChoices.PoliceConcernTypes), Concern, "Concern.ConcernTypes");
                break;
            case PartnerType.Ambulance:
                Add(ProfessionalAnswerKeys.IncidentNumber, "Incident number", concern.IncidentNumber, Concern, "Concern.IncidentNumber");
                Add(Keys.IncidentDate, "Date of the attendance", Date(concern.IncidentDate), Concern, "Concern.IncidentDate");
                Add(ProfessionalAnswerKeys.Conveyed, "Taken to hospital", ReferralChoices.LabelOf(concern.Conveyed, ReferralChoices.YesNo), Concern, "Concern.Conveyed");
                Add(ProfessionalAnswerKeys.ConcernTypes, "Concerns", ReferralChoices.LabelsOf(concern.ConcernTypes, ReferralChoices.AmbulanceConcernTypes), Concern, "Concern.ConcernTypes");
                break;
            case PartnerType.GpOrPrimaryCare:
                Add(ProfessionalAnswerKeys.Diagnoses, "Relevant diagnoses", concern.Diagnoses, Concern, "Concern.Diagnoses");
                Add(ProfessionalAnswerKeys.MobilityNeeds, "Mobility needs", concern.MobilityNeeds, Concern, "Concern.MobilityNeeds");
                Add(ProfessionalAnswerKeys.PersonalCareNeeds, "Personal care needs", concern.PersonalCareNeeds, Concern, "Concern.PersonalCareNeeds");
                break;
            case PartnerType.Hospital:
                Add(Keys.Ward, "Ward", concern.Ward, Concern, "Concern.Ward");
                Add(Keys.DischargeDate, "Expected discharge date", Date(concern.DischargeDate), Concern, "Concern.DischargeDate");
                Add(ProfessionalAnswerKeys.MedicallyOptimised, "Medically optimised", ReferralChoices.LabelOf(concern.MedicallyOptimised, ReferralChoices.MedicallyOptimised), Concern, "Concern.MedicallyOptimised");
                Add(ProfessionalAnswerKeys.Pathway, "Discharge pathway requested", ReferralChoices.LabelOf(concern.Pathway, ReferralChoices.DischargePathways), Concern, "Concern.Pathway");
                break;
            case PartnerType.CareProvider:
                Add(Keys.IncidentDate, "Date of the incident", Date(concern.IncidentDate), Concern, "Concern.IncidentDate");
                Add(ProfessionalAnswerKeys.IncidentTime, "Time of the incident", Time(concern.IncidentTime), Concern, "Concern.IncidentTime");
                Add(ProfessionalAnswerKeys.Injuries, "Injuries", concern.Injuries, Concern, "Concern.Injuries");
                Add(ProfessionalAnswerKeys.BodyMap, "Body map completed", ReferralChoices.LabelOf(concern.BodyMap, ReferralChoices.BodyMap), Concern, "Concern.BodyMap");
                Add(ProfessionalAnswerKeys.FamilyInformed, "Family or representatives told", ReferralChoices.LabelOf(concern.FamilyInformed, ReferralChoices.YesNo), Concern, "Concern.FamilyInformed");
                break;
            case PartnerType.OtherProfessional:
                break;
        }

        const ReferralPage Risk = ReferralPage.RiskAndConsent;
        Add(ProfessionalAnswerKeys.EmergencyServicesInvolved, "Emergency services involved", ReferralChoices.LabelOf(risk.EmergencyServicesInvolved, ReferralChoices.YesNo), Risk, "RiskAndConsent.EmergencyServicesInvolved");
        Add(Keys.NoConsentReason, "Why you are sharing without consent", risk.NoConsentReason, Risk, "RiskAndConsent.NoConsentReason");
        // "None" is an answer too: it tells the advisor nobody forgot to ask.
        Add(Keys.CommunicationNeeds, "Communication needs", risk.HasCommunicationNeeds switch
        {
            ReferralChoices.No => "None",
            ReferralChoices.Yes => string.Join("; ", CommunicationNeeds(risk).Describe()),
            _ => null,
        }, Risk, "RiskAndConsent.HasCommunicationNeeds");
        return answers;
    }

    public static Caller? Caller(ProfessionalForm form, SenderSection sender) =>
        Clean(sender.Name) is { } name
            ? new Caller(name, Relationship: form.SenderType, Organisation: Clean(sender.Organisation), Phone: Clean(sender.Phone), Email: Clean(sender.Email))
            : null;

    public static ReportedPerson ReportedPerson(PersonSection person, DateOnly today) => PersonEntered(person).ToReportedPerson(today);

    /// <summary>The Person page's answers as Core reads a reported person: the page's checks and intake's person both come from it.</summary>
    public static ReportedPersonInput PersonEntered(PersonSection person) => new()
    {
        GivenName = person.GivenName,
        FamilyName = person.FamilyName,
        FormerFamilyName = person.FormerFamilyName,
        DateOfBirth = person.DateOfBirth.ToEntered(),
        NhsNumber = person.NhsNumber,
        AddressLine1 = person.AddressLine1,
        AddressLine2 = person.AddressLine2,
        Town = person.Town,
        Postcode = person.Postcode,
        Phone = person.Phone,
    };

    public static CommunicationNeeds CommunicationNeeds(RiskAndConsentSection risk) =>
        risk.HasCommunicationNeeds != ReferralChoices.Yes
            ? Core.People.CommunicationNeeds.None
            : new CommunicationNeeds(
                InterpreterLanguage: risk.CommunicationNeeds.Contains(ReferralChoices.Interpreter) ? Clean(risk.InterpreterLanguage) : null,
                BritishSignLanguage: risk.CommunicationNeeds.Contains(ReferralChoices.BritishSignLanguage),
                EasyRead: risk.CommunicationNeeds.Contains(ReferralChoices.EasyRead),
                LargePrint: risk.CommunicationNeeds.Contains(ReferralChoices.LargePrint),
                OtherNeeds: Clean(risk.OtherCommunicationNeeds));

    /// <summary>A date as GOV.UK writes one ("2 March 2026"); empty when not a real date.</summary>
    public static string Date(DateParts parts) =>
        parts.TryGetDate(out var date) ? date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")) : string.Empty;

    private static string? Time(string? text) =>
        ReferralValidation.TryParseTime(text, out var time) ? time.ToString("HH:mm", CultureInfo.InvariantCulture) : Clean(text);

    private static string? Clean(string? value) => TypedText.TrimToNull(value);
}
