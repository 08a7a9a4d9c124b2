using System.Globalization;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Partners;
using FrontDoor.Core.People;

namespace FrontDoor.Web.Api.Partners;

/// <summary>
/// A referral from a partner system. The smallest valid body is a story and the person's given name, family
/// name, date of birth (YYYY-MM-DD) and postcode; an NHS number is required from GPs and hospitals (as on their
/// e-forms). Everything else is optional and raises the referral's completeness score.
/// </summary>
public sealed record PartnerContactRequest
{
    /// <summary>What the referral is about, in the sender's words (up to 20,000 characters). Shown to staff as text, never as HTML.</summary>
    public string? Story { get; init; }

    public PartnerPerson? Person { get; init; }

    /// <summary>Who is referring (the officer, paramedic, clinician or carer), so adult social care can call back.</summary>
    public PartnerReferrer? Referrer { get; init; }

    /// <summary>The partner's own reference for the incident or referral (crime or CAD number, case number).</summary>
    public string? PartnerReference { get; init; }

    /// <summary>When the incident happened, YYYY-MM-DD.</summary>
    public string? IncidentDate { get; init; }

    public string? GpPractice { get; init; }

    /// <summary>Hospitals: the planned discharge date, YYYY-MM-DD.</summary>
    public string? DischargeDate { get; init; }

    public string? Ward { get; init; }

    public PartnerRisk? Risk { get; init; }

    public PartnerConsent? Consent { get; init; }

    public PartnerCommunicationNeeds? CommunicationNeeds { get; init; }

    /// <summary>Any other questions the partner's system asks, with their answers, in order.</summary>
    public IReadOnlyList<PartnerAnswer>? Answers { get; init; }
}

/// <summary>The person the referral is about, as the partner knows them.</summary>
public sealed record PartnerPerson
{
    public string? GivenName { get; init; }

    public string? FamilyName { get; init; }

    public string? KnownAs { get; init; }

    /// <summary>A maiden name or other earlier family name, if known: the person's council record may still be under it.</summary>
    public string? FormerFamilyName { get; init; }

    /// <summary>YYYY-MM-DD, e.g. 1948-03-02.</summary>
    public string? DateOfBirth { get; init; }

    /// <summary>Ten digits with a valid check digit; spaces allowed.</summary>
    public string? NhsNumber { get; init; }

    public string? AddressLine1 { get; init; }

    public string? AddressLine2 { get; init; }

    public string? Town { get; init; }

    public string? Postcode { get; init; }

    public string? Phone { get; init; }

    public string? Email { get; init; }
}

public sealed record PartnerReferrer(string? Name, string? Role, string? Organisation, string? Phone, string? Email);

public sealed record PartnerRisk(bool? InDangerNow, bool? EmergencyServicesInvolved, string? Details);

public sealed record PartnerConsent(bool? PersonIsAware, bool? ConsentsToSharing);

public sealed record PartnerCommunicationNeeds(string? InterpreterLanguage, bool BritishSignLanguage, bool EasyRead, bool LargePrint, string? Other);

public sealed record PartnerAnswer(string? Key, string? Question, string? Answer);

/// <summary>Checks a request field by field, with messages naming the JSON path, and maps it to intake by hand.</summary>
internal static class PartnerContactRequestRules
{
    private static readonly ReportedPersonField[] RequiredPersonFields =
        [ReportedPersonField.GivenName, ReportedPersonField.FamilyName, ReportedPersonField.DateOfBirth, ReportedPersonField.Postcode];

    public static Dictionary<string, string[]> Validate(PartnerContactRequest request, ContactSource source, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Add(string field, string message) => errors[field] = [.. errors.GetValueOrDefault(field, []), message];

        if (string.IsNullOrWhiteSpace(request.Story))
        {
            Add("story", "Enter the story: what the referral is about, in your words");
        }
        else if (request.Story.Trim().Length > IntakeLimits.MaxStoryLength)
        {
            Add("story", $"The story must be {IntakeLimits.MaxStoryLength:N0} characters or fewer");
        }

        if (request.Person is not { } person)
        {
            Add("person", "Enter the person the referral is about");
        }
        else
        {
            // The same rules and words as the forms, each error under the JSON field's path.
            var nhsNumberRequired = ReferralCompleteness.PartnerTypeFor(source) is { } partnerType
                && ReferralCompleteness.FieldsFor(partnerType).Any(f => f.Field == ReferralField.NhsNumber && f.Required);
            IReadOnlyCollection<ReportedPersonField> required = nhsNumberRequired ? [.. RequiredPersonFields, ReportedPersonField.NhsNumber] : RequiredPersonFields;
            foreach (var error in PersonEntered(person).Validate(today, required))
            {
                Add($"person.{error.JsonName}", error.Message);
            }
        }

        if (request.Referrer is { } referrer)
        {
            if (string.IsNullOrWhiteSpace(referrer.Name))
            {
                Add("referrer.name", "Enter the name of the person referring");
            }

            MaxLength(referrer.Name, "referrer.name", IntakeLimits.MaxCallerNameLength);
            MaxLength(referrer.Role, "referrer.role", IntakeLimits.MaxCallerRelationshipLength);
            MaxLength(referrer.Organisation, "referrer.organisation", IntakeLimits.MaxCallerOrganisationLength);
            MaxLength(referrer.Phone, "referrer.phone", IntakeLimits.MaxPhoneLength);
            MaxLength(referrer.Email, "referrer.email", IntakeLimits.MaxCallerEmailLength);
        }

        MaxLength(request.CommunicationNeeds?.InterpreterLanguage, "communicationNeeds.interpreterLanguage", IntakeLimits.MaxInterpreterLanguageLength);

        MaxLength(request.PartnerReference, "partnerReference", IntakeLimits.MaxAnswerLength);
        MaxLength(request.GpPractice, "gpPractice", IntakeLimits.MaxAnswerLength);
        MaxLength(request.Ward, "ward", IntakeLimits.MaxAnswerLength);
        OptionalDate(request.IncidentDate, "incidentDate");
        OptionalDate(request.DischargeDate, "dischargeDate");
        if (request.Risk?.Details?.Trim() is { Length: > IntakeLimits.MaxRiskDetailsLength })
        {
            Add("risk.details", $"Details of the risk must be {IntakeLimits.MaxRiskDetailsLength:N0} characters or fewer");
        }

        var answers = request.Answers ?? [];
        if (answers.Count > IntakeLimits.MaxAnswers - 5)
        {
            Add("answers", $"Send {IntakeLimits.MaxAnswers - 5} answers or fewer");
        }

        for (var i = 0; i < answers.Count; i++)
        {
            var answer = answers[i];
            if (string.IsNullOrWhiteSpace(answer.Key) || answer.Key.Length > IntakeLimits.MaxAnswerKeyLength)
            {
                Add($"answers[{i}].key", $"Each answer needs a key of {IntakeLimits.MaxAnswerKeyLength} characters or fewer");
            }

            if (string.IsNullOrWhiteSpace(answer.Question) || answer.Question.Length > IntakeLimits.MaxQuestionLength)
            {
                Add($"answers[{i}].question", $"Each answer needs its question, {IntakeLimits.MaxQuestionLength} characters or fewer");
            }

            if (answer.Answer is null || answer.Answer.Length > IntakeLimits.MaxAnswerLength)
            {
                Add($"answers[{i}].answer", $"Each answer must be given, {IntakeLimits.MaxAnswerLength:N0} characters or fewer");
            }
        }

        return errors;

        void MaxLength(string? value, string field, int max)
        {
            // Trimmed, as intake keeps it: surrounding spaces are not the sender's words.
            if (value?.Trim() is { Length: var length } && length > max)
            {
                Add(field, $"This must be {max:N0} characters or fewer");
            }
        }

        void OptionalDate(string? value, string field)
        {
            if (!string.IsNullOrWhiteSpace(value) && !TryIsoDate(value, out _))
            {
                Add(field, "This must be a real date as YYYY-MM-DD");
            }
        }
    }

    /// <summary>The person as Core reads a reported person: the checks above and intake's person both come from it.</summary>
    public static ReportedPersonInput PersonEntered(PartnerPerson person) => new()
    {
        GivenName = person.GivenName,
        FamilyName = person.FamilyName,
        KnownAs = person.KnownAs,
        FormerFamilyName = person.FormerFamilyName,
        DateOfBirth = EnteredDate.FromIso(person.DateOfBirth),
        NhsNumber = person.NhsNumber,
        AddressLine1 = person.AddressLine1,
        AddressLine2 = person.AddressLine2,
        Town = person.Town,
        Postcode = person.Postcode,
        Phone = person.Phone,
        Email = person.Email,
    };

    /// <summary>Only for a request <see cref="Validate"/> passed. The raw body travels with it, byte for byte.</summary>
    public static IntakeSubmission ToSubmission(PartnerContactRequest request, PartnerIdentity partner, byte[] rawBody, string? origin, DateOnly today)
    {
        var named = new List<IntakeAnswer>();
        void Named(string key, string question, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                named.Add(new IntakeAnswer(key, question, value.Trim()));
            }
        }

        // Named fields become the answers the e-forms ask, under the same keys, so completeness scores alike.
        var referenceKey = partner.Source == ContactSource.Police ? ReferralCompleteness.AnswerKeys.PoliceReference : "partner-reference";
        Named(referenceKey, "Your reference", request.PartnerReference);
        Named(ReferralCompleteness.AnswerKeys.IncidentDate, "Date of the incident", request.IncidentDate);
        Named(ReferralCompleteness.AnswerKeys.GpPractice, "GP practice", request.GpPractice);
        Named(ReferralCompleteness.AnswerKeys.DischargeDate, "Planned discharge date", request.DischargeDate);
        Named(ReferralCompleteness.AnswerKeys.Ward, "Ward", request.Ward);

        var needs = request.CommunicationNeeds;
        return new IntakeSubmission
        {
            Channel = ContactChannel.PartnerApi,
            Source = partner.Source,
            RawPayload = rawBody,
            RawContentType = "application/json",
            Story = request.Story!,
            Caller = request.Referrer is { } r ? new Caller(r.Name!.Trim(), Blank(r.Role), Blank(r.Organisation), Blank(r.Phone), Blank(r.Email)) : null,
            ReportedPerson = PersonEntered(request.Person!).ToReportedPerson(today),
            Answers = [.. named, .. (request.Answers ?? []).Select(a => new IntakeAnswer(a.Key!.Trim(), a.Question!.Trim(), a.Answer!))],
            CommunicationNeeds = needs is null
                ? CommunicationNeeds.None
                : new CommunicationNeeds(Blank(needs.InterpreterLanguage), needs.BritishSignLanguage, needs.EasyRead, needs.LargePrint, Blank(needs.Other)),
            Consent = request.Consent is { } consent ? new ContactConsent(consent.PersonIsAware, consent.ConsentsToSharing) : ContactConsent.NotAsked,
            ImmediateRisk = request.Risk is { } risk ? new ImmediateRisk(risk.InDangerNow, risk.EmergencyServicesInvolved, Blank(risk.Details)) : ImmediateRisk.NotAsked,
            Actor = partner.Actor,
            Origin = origin,
        };
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static bool TryIsoDate(string? value, out DateOnly date) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
