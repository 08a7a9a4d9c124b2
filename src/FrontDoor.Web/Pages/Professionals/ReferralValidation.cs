using System.Globalization;
using System.Net.Mail;
using System.Text.RegularExpressions;
using FrontDoor.Core;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.People;
using FrontDoor.Web.Components;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FrontDoor.Web.Pages.Professionals;

/// <summary>
/// The e-forms' checks, page by page, written as GOV.UK error messages into ModelState under each field's name.
/// Whether a field may be left out comes from <see cref="ReferralCompleteness"/>; the person's details are checked
/// by Core's rules for every channel (<see cref="ReportedPersonInput.Validate"/>), other formats by the Core value types.
/// </summary>
public static partial class ReferralValidation
{
    private const int ShortTextLength = IntakeLimits.MaxPersonFieldLength;
    public const int LongTextLength = IntakeLimits.MaxAnswerLength;

    public static void AboutYou(ProfessionalForm form, SenderSection sender, ModelStateDictionary errors)
    {
        var check = new Checker(errors, "Sender");
        check.Text(nameof(sender.Name), sender.Name, form.IsRequired(ReferralField.ReferrerName), "Enter your full name", "Your name", IntakeLimits.MaxCallerNameLength);
        check.Text(nameof(sender.Role), sender.Role, required: false, string.Empty, "Your role");
        var organisationRequired = form.IsRequired(ReferralField.ReferrerOrganisation) || (form.OrganisationIsGpPractice && form.IsRequired(ReferralField.GpPractice));
        check.Text(nameof(sender.Organisation), sender.Organisation, organisationRequired, $"Enter the name of your {form.OrganisationLabel.ToLowerInvariant()}", form.OrganisationLabel, IntakeLimits.MaxCallerOrganisationLength);
        if (form.SenderIdentifierLabel is { } identifier)
        {
            check.Text(nameof(sender.Identifier), sender.Identifier, required: false, string.Empty, identifier);
        }

        if (form.AsksCqcLocation && !string.IsNullOrWhiteSpace(sender.CqcLocationId) && !CqcLocationId().IsMatch(sender.CqcLocationId.Trim()))
        {
            check.Error(nameof(sender.CqcLocationId), "Enter a CQC location ID in the correct format, like 1-123456789");
        }

        var phoneGiven = !string.IsNullOrWhiteSpace(sender.Phone);
        var emailGiven = !string.IsNullOrWhiteSpace(sender.Email);
        if (!phoneGiven && !emailGiven && form.IsRequired(ReferralField.ReferrerPhoneOrEmail))
        {
            check.Error(nameof(sender.Phone), "Enter a telephone number or an email address so we can contact you");
        }

        check.Text(nameof(sender.Phone), sender.Phone, required: false, string.Empty, "Telephone number", IntakeLimits.MaxPhoneLength);
        if (phoneGiven && !PhoneNumber.TryParse(sender.Phone, out _, out var phoneError))
        {
            check.Error(nameof(sender.Phone), phoneError);
        }

        check.Text(nameof(sender.Email), sender.Email, required: false, string.Empty, "Email address", IntakeLimits.MaxCallerEmailLength);
        if (emailGiven && (!MailAddress.TryCreate(sender.Email!.Trim(), out var address) || address.Address != sender.Email.Trim() || !address.Host.Contains('.', StringComparison.Ordinal)))
        {
            check.Error(nameof(sender.Email), "Enter an email address in the correct format, like name@example.nhs.uk");
        }

    }

    public static void Person(ProfessionalForm form, PersonSection person, DateOnly today, ModelStateDictionary errors)
    {
        var check = new Checker(errors, "Person");
        var required = new List<ReportedPersonField>();
        if (form.IsRequired(ReferralField.PersonName))
        {
            required.AddRange([ReportedPersonField.GivenName, ReportedPersonField.FamilyName]);
        }

        foreach (var (referralField, field) in new[]
                 {
                     (ReferralField.DateOfBirth, ReportedPersonField.DateOfBirth), (ReferralField.NhsNumber, ReportedPersonField.NhsNumber),
                     (ReferralField.Address, ReportedPersonField.AddressLine1), (ReferralField.Postcode, ReportedPersonField.Postcode),
                 })
        {
            if (form.IsRequired(referralField))
            {
                required.Add(field);
            }
        }

        foreach (var error in ReferralSubmissionMapper.PersonEntered(person).Validate(today, required))
        {
            check.Error(error.Field.ToString(), error.Message);
        }

        if (form.AsksPersonsGpPractice)
        {
            check.Text(nameof(person.GpPractice), person.GpPractice, form.IsRequired(ReferralField.GpPractice), "Enter the person's GP practice", "GP practice");
        }

    }

    public static void Concern(ProfessionalForm form, ConcernSection concern, DateOnly today, ModelStateDictionary errors)
    {
        var check = new Checker(errors, "Concern");
        switch (form.Partner)
        {
            case PartnerType.Police:
                check.Text(nameof(concern.PoliceReference), concern.PoliceReference, form.IsRequired(ReferralField.PoliceReference), "Enter the police reference", "Police reference");
                check.PastDate(nameof(concern.IncidentDate), concern.IncidentDate, form.IsRequired(ReferralField.IncidentDate), "date of the incident", today);
                check.Time(nameof(concern.IncidentTime), concern.IncidentTime, "time of the incident");
                check.Text(nameof(concern.Location), concern.Location, required: false, string.Empty, "Location");
                check.Choices(nameof(concern.ConcernTypes), concern.ConcernTypes, ReferralChoices.PoliceConcernTypes);
                break;
            case PartnerType.Ambulance:
                check.Text(nameof(concern.IncidentNumber), concern.IncidentNumber, required: false, string.Empty, "Incident number");
                check.PastDate(nameof(concern.IncidentDate), concern.IncidentDate, form.IsRequired(ReferralField.IncidentDate), "date of the attendance", today);
                check.Choice(nameof(concern.Conveyed), concern.Conveyed, ReferralChoices.YesNo, required: false, string.Empty);
                check.Choices(nameof(concern.ConcernTypes), concern.ConcernTypes, ReferralChoices.AmbulanceConcernTypes);
                break;
            case PartnerType.GpOrPrimaryCare:
                check.LongText(nameof(concern.Diagnoses), concern.Diagnoses, "Relevant diagnoses");
                check.LongText(nameof(concern.MobilityNeeds), concern.MobilityNeeds, "Mobility needs");
                check.LongText(nameof(concern.PersonalCareNeeds), concern.PersonalCareNeeds, "Personal care needs");
                break;
            case PartnerType.Hospital:
                check.Text(nameof(concern.Ward), concern.Ward, form.IsRequired(ReferralField.Ward), "Enter the ward", "Ward");
                check.AnyDate(nameof(concern.DischargeDate), concern.DischargeDate, form.IsRequired(ReferralField.DischargeDate), "expected discharge date");
                check.Choice(nameof(concern.MedicallyOptimised), concern.MedicallyOptimised, ReferralChoices.MedicallyOptimised, required: false, string.Empty);
                check.Choice(nameof(concern.Pathway), concern.Pathway, ReferralChoices.DischargePathways, required: false, string.Empty);
                break;
            case PartnerType.CareProvider:
                check.PastDate(nameof(concern.IncidentDate), concern.IncidentDate, form.IsRequired(ReferralField.IncidentDate), "date of the incident", today);
                check.Time(nameof(concern.IncidentTime), concern.IncidentTime, "time of the incident");
                check.LongText(nameof(concern.Injuries), concern.Injuries, "Injuries");
                check.Choice(nameof(concern.BodyMap), concern.BodyMap, ReferralChoices.BodyMap, required: false, string.Empty);
                check.Choice(nameof(concern.FamilyInformed), concern.FamilyInformed, ReferralChoices.YesNo, required: false, string.Empty);
                break;
            case PartnerType.OtherProfessional:
                break;
        }

        var story = TypedText.Multiline(concern.Story) ?? string.Empty;
        if (story.Length == 0)
        {
            if (form.IsRequired(ReferralField.Story))
            {
                check.Error(nameof(concern.Story), $"Enter {LowerFirst(form.StoryLabel.TrimEnd('?'))}");
            }
        }
        else if (story.Length < ReferralCompleteness.MinimumStoryLength && form.IsRequired(ReferralField.Story))
        {
            check.Error(nameof(concern.Story), $"Tell us more: at least {ReferralCompleteness.MinimumStoryLength} characters, so we do not need to call you back");
        }
        else if (story.Length > IntakeLimits.MaxStoryLength)
        {
            check.Error(nameof(concern.Story), $"{form.StoryLabel.TrimEnd('?')} must be {IntakeLimits.MaxStoryLength:N0} characters or fewer");
        }

    }

    public static void RiskAndConsent(ProfessionalForm form, RiskAndConsentSection risk, ModelStateDictionary errors)
    {
        var check = new Checker(errors, "RiskAndConsent");
        check.Choice(nameof(risk.InDangerNow), risk.InDangerNow, ReferralChoices.YesNo, form.IsRequired(ReferralField.ImmediateRisk), "Select yes if the person is at risk of harm now");
        check.Choice(nameof(risk.EmergencyServicesInvolved), risk.EmergencyServicesInvolved, ReferralChoices.YesNo, required: false, string.Empty);
        check.LongText(nameof(risk.RiskDetails), risk.RiskDetails, "Details of the risk", IntakeLimits.MaxRiskDetailsLength);

        check.Choice(nameof(risk.PersonIsAware), risk.PersonIsAware, ReferralChoices.YesNo, form.IsRequired(ReferralField.PersonIsAware), "Select yes if the person knows you are contacting us");
        check.Choice(nameof(risk.ConsentsToSharing), risk.ConsentsToSharing, ReferralChoices.YesNo, form.IsRequired(ReferralField.ConsentToSharing), "Select yes if the person agrees to us sharing their information");
        if (risk.ConsentsToSharing == ReferralChoices.No && TypedText.TrimToNull(risk.NoConsentReason) is null)
        {
            check.Error(nameof(risk.NoConsentReason), "Enter why you are sharing the person's information without their agreement");
        }

        check.LongText(nameof(risk.NoConsentReason), risk.NoConsentReason, "Why you are sharing without consent");

        check.Choice(nameof(risk.HasCommunicationNeeds), risk.HasCommunicationNeeds, ReferralChoices.YesNo, form.IsRequired(ReferralField.CommunicationNeeds), "Select yes if the person has communication needs");
        check.Choices(nameof(risk.CommunicationNeeds), risk.CommunicationNeeds, ReferralChoices.CommunicationNeeds);
        if (risk.HasCommunicationNeeds == ReferralChoices.Yes && risk.CommunicationNeeds.Count == 0 && string.IsNullOrWhiteSpace(risk.OtherCommunicationNeeds))
        {
            check.Error(nameof(risk.CommunicationNeeds), "Select the person's communication needs, or describe them under other needs");
        }

        if (risk.CommunicationNeeds.Contains(ReferralChoices.Interpreter) && string.IsNullOrWhiteSpace(risk.InterpreterLanguage))
        {
            check.Error(nameof(risk.InterpreterLanguage), "Enter the language the person needs an interpreter for");
        }

        check.Text(nameof(risk.InterpreterLanguage), risk.InterpreterLanguage, required: false, string.Empty, "Language", IntakeLimits.MaxInterpreterLanguageLength);
        check.Text(nameof(risk.OtherCommunicationNeeds), risk.OtherCommunicationNeeds, required: false, string.Empty, "Other communication needs");
    }

    /// <summary>The first page a draft still needs, or null when every page is saved and still valid.</summary>
    public static ReferralPage? FirstIncompletePage(ProfessionalForm form, ReferralDraft draft, DateOnly today)
    {
        var pages = new (ReferralPage Page, Action<ModelStateDictionary> Validate)[]
        {
            (ReferralPage.AboutYou, errors => AboutYou(form, draft.Sender, errors)),
            (ReferralPage.Person, errors => Person(form, draft.Person, today, errors)),
            (ReferralPage.Concern, errors => Concern(form, draft.Concern, today, errors)),
            (ReferralPage.RiskAndConsent, errors => RiskAndConsent(form, draft.RiskAndConsent, errors)),
        };
        foreach (var (page, validate) in pages)
        {
            var errors = new ModelStateDictionary();
            validate(errors);
            if (!draft.PagesSaved.Contains(page) || errors.ErrorCount > 0)
            {
                return page;
            }
        }

        return null;
    }

    /// <summary>Accepts "14:30", "1430", "14.30" and "9:05": the ways people type a 24-hour time.</summary>
    public static bool TryParseTime(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text?.Trim(), ["H:mm", "HH:mm", "HHmm", "H.mm", "HH.mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    private static string LowerFirst(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];

    // CQC location IDs are "1-" and nine to eleven digits.
    [GeneratedRegex(@"^1-\d{9,11}$", RegexOptions.CultureInvariant)]
    private static partial Regex CqcLocationId();

    private sealed class Checker(ModelStateDictionary errors, string prefix)
    {
        public void Error(string field, string message)
        {
            var key = $"{prefix}.{field}";
            if (errors.TryGetValue(key, out var entry) && entry.Errors.Count > 0)
            {
                return;
            }

            errors.AddModelError(key, message);
        }

        public void Text(string field, string? value, bool required, string missingMessage, string name, int maxLength = ShortTextLength)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                if (required)
                {
                    Error(field, missingMessage);
                }
            }
            else if (value.Trim().Length > maxLength)
            {
                Error(field, $"{name} must be {maxLength:N0} characters or fewer");
            }
        }

        /// <summary>Counted as the page's character count counts it: one character a line ending.</summary>
        public void LongText(string field, string? value, string name, int maxLength = LongTextLength)
        {
            if (TypedText.Multiline(value) is { Length: var length } && length > maxLength)
            {
                Error(field, $"{name} must be {maxLength:N0} characters or fewer");
            }
        }

        public void Choice(string field, string? value, IReadOnlyList<ReferralChoice> choices, bool required, string missingMessage)
        {
            if (value is null ? required : !ReferralChoices.IsOneOf(value, choices))
            {
                Error(field, value is null ? missingMessage : "Select one of the options");
            }
        }

        public void Choices(string field, IEnumerable<string> values, IReadOnlyList<ReferralChoice> choices)
        {
            if (values.Any(value => !ReferralChoices.IsOneOf(value, choices)))
            {
                Error(field, "Select from the options shown");
            }
        }

        public void Time(string field, string? value, string what)
        {
            if (!string.IsNullOrWhiteSpace(value) && !TryParseTime(value, out _))
            {
                Error(field, $"Enter the {what} using the 24-hour clock, like 14:30");
            }
        }

        public void PastDate(string field, DateParts parts, bool required, string what, DateOnly today)
        {
            if (Date(field, parts, required, what, out var date) && date > today)
            {
                Error(field, $"{UpperFirst(what)} must be today or in the past");
            }
        }

        public void AnyDate(string field, DateParts parts, bool required, string what) => Date(field, parts, required, what, out _);

        /// <summary>True with the date when one was given and is real; the GOV.UK date input's messages otherwise.</summary>
        private bool Date(string field, DateParts parts, bool required, string what, out DateOnly date)
        {
            date = default;
            if (parts.IsEmpty)
            {
                if (required)
                {
                    Error(field, $"Enter the {what}");
                }

                return false;
            }

            var missing = new[] { ("a day", parts.Day), ("a month", parts.Month), ("a year", parts.Year) }
                .Where(part => string.IsNullOrWhiteSpace(part.Item2)).Select(part => part.Item1).ToList();
            if (missing.Count > 0)
            {
                Error(field, $"{UpperFirst(what)} must include {string.Join(" and ", missing)}");
                return false;
            }

            if (!parts.TryGetDate(out date))
            {
                Error(field, $"{UpperFirst(what)} must be a real date");
                return false;
            }

            return true;
        }

        private static string UpperFirst(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
    }
}
