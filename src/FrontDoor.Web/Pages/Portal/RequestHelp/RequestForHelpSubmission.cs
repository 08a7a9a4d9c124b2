using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using FrontDoor.Core;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.People;

namespace FrontDoor.Web.Pages.Portal.RequestHelp;

/// <summary>One question as the person saw it, their answer, and the page to change it on.</summary>
public sealed record AnsweredQuestion(string Key, string Question, string Answer, RequestHelpStep Step);

/// <summary>
/// Turns a finished journey into what intake receives: the person and the person asking, consent, risk and
/// communication needs in their structured places, and every question with its answer in the order asked,
/// so staff later read what was said instead of asking again. Check answers shows the same questions.
/// </summary>
public static class RequestForHelpSubmission
{
    public const string Actor = "portal";
    /// <summary>An optional question left blank: stored empty so "answered" means something; pages show "Not given".</summary>
    public const string NotGiven = "";

    /// <summary>The story's question key: shown on check answers, but sent only as the contact's story (it may run far past an answer's limit).</summary>
    public const string StoryKey = "story";

    /// <summary>Room for the details once the longest kind ("Friend or neighbour: ") is put in front, within the caller's relationship column.</summary>
    public const int MaxRelationshipDetailsLength = IntakeLimits.MaxCallerRelationshipLength - 21;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static IntakeSubmission Build(RequestHelpJourney journey, DateOnly today, string? origin)
    {
        var answers = journey.Answers;
        return new IntakeSubmission
        {
            Channel = ContactChannel.PublicOnlineForm,
            Source = SourceOf(answers),
            RawContentType = "application/json",
            // The raw record is the whole form as answered, before any of it was interpreted.
            RawPayload = JsonSerializer.SerializeToUtf8Bytes(new { journeyId = journey.Id, answers }, Json),
            Story = answers.Story ?? string.Empty,
            Caller = answers.ForSomeoneElse ? CallerOf(answers) : null,
            ReportedPerson = PersonOf(answers, today),
            Answers = [.. Questions(answers).Where(q => q.Key != StoryKey).Select(q => new IntakeAnswer(q.Key, q.Question, q.Answer))],
            CommunicationNeeds = NeedsOf(answers),
            Consent = ConsentOf(answers),
            ImmediateRisk = new ImmediateRisk(InDangerNow: answers.InDangerNow, Details: Clean(answers.DangerDetails)),
            ReceiptTo = ReceiptAddressOf(answers),
            ExternalKey = journey.ExternalKey,
            Actor = Actor,
            Origin = origin,
        };
    }

    public static ContactSource SourceOf(RequestHelpAnswers answers) => (answers.AskingFor, answers.Relationship) switch
    {
        (AskingFor.Myself, _) => ContactSource.Self,
        (_, CallerRelationship.Carer) => ContactSource.Carer,
        // Friends, neighbours and anyone else the public form hears from are the person's informal network.
        _ => ContactSource.FamilyOrFriend,
    };

    /// <summary>
    /// Where the receipt goes, only ever to the person asking and only by a way they gave us to contact them about
    /// this request: someone asking for themselves, by the email or text message they chose on "How would you like
    /// us to contact you?" (nothing if they chose a call or a letter); someone asking for another, to the email
    /// address, else the mobile, they gave as theirs ("We will only use them about this request"). Never to the
    /// person they asked about, who may not know.
    /// </summary>
    public static ReceiptAddress? ReceiptAddressOf(RequestHelpAnswers answers)
    {
        if (answers.ForSomeoneElse)
        {
            return Clean(answers.CallerEmail) is { } callerEmail ? ReceiptAddress.Email(callerEmail) : MobileOf(answers.CallerPhone);
        }

        return answers.PreferredContact switch
        {
            PreferredChannel.Email when Clean(answers.Email) is { } email => ReceiptAddress.Email(email),
            PreferredChannel.TextMessage => MobileOf(answers.Phone),
            _ => null,
        };
    }

    private static ReceiptAddress? MobileOf(string? typed) => PhoneNumber.TryParse(typed, out var number, out _) ? ReceiptAddress.TextMessage(number) : null;

    public static ContactConsent ConsentOf(RequestHelpAnswers answers) => answers.ForSomeoneElse
        ? answers.Awareness switch
        {
            PersonAwareness.KnowsAndAgrees => new ContactConsent(PersonIsAware: true, ConsentsToSharing: true),
            PersonAwareness.KnowsButDoesNotAgree => new ContactConsent(PersonIsAware: true, ConsentsToSharing: false),
            PersonAwareness.DoesNotKnow => new ContactConsent(PersonIsAware: false),
            _ => ContactConsent.NotAsked,
        }
        // Someone asking for themselves knows; whether they agree to information being shared was not asked.
        : new ContactConsent(PersonIsAware: true);

    /// <summary>Every question asked on this journey with its answer, in the order asked.</summary>
    public static IReadOnlyList<AnsweredQuestion> Questions(RequestHelpAnswers answers)
    {
        var self = !answers.ForSomeoneElse;
        var list = new List<AnsweredQuestion>
        {
            new("asking-for", "Who are you asking for help for?", answers.AskingFor switch
            {
                AskingFor.Myself => "Myself",
                AskingFor.SomeoneElse => "Someone else",
                _ => NotGiven,
            }, RequestHelpStep.AskingFor),
        };

        if (answers.ForSomeoneElse)
        {
            list.Add(new("caller-name", "What is your name?", Text(answers.CallerName), RequestHelpStep.YourName));
            list.Add(new("caller-relationship", "What is your relationship to the person?", RelationshipOf(answers) ?? NotGiven, RequestHelpStep.YourRelationship));
            list.Add(new("caller-phone", "Your phone number", Text(answers.CallerPhone), RequestHelpStep.YourContactDetails));
            list.Add(new("caller-email", "Your email address", Text(answers.CallerEmail), RequestHelpStep.YourContactDetails));
            list.Add(new("person-aware", "Does the person know you are asking for help for them?", Describe(answers.Awareness), RequestHelpStep.PersonAware));
        }

        list.Add(new("given-name", self ? "Your first name" : "Their first name", Text(answers.GivenName), RequestHelpStep.Name));
        list.Add(new("family-name", self ? "Your last name" : "Their last name", Text(answers.FamilyName), RequestHelpStep.Name));
        list.Add(new("known-as", self ? "Name you like to be called" : "Name they like to be called", Text(answers.KnownAs), RequestHelpStep.Name));
        list.Add(new("former-family-name", self ? "Your previous last name" : "Their previous last name", Text(answers.FormerFamilyName), RequestHelpStep.Name));
        list.Add(new("date-of-birth", self ? "Your date of birth" : "Their date of birth", DateText(answers.DateOfBirth), RequestHelpStep.DateOfBirth));
        list.Add(new("address", self ? "Your address" : "Their address", AddressText(answers), RequestHelpStep.Address));
        list.Add(new("phone", self ? "Your phone number" : "Their phone number", Text(answers.Phone), RequestHelpStep.ContactDetails));
        list.Add(new("email", self ? "Your email address" : "Their email address", Text(answers.Email), RequestHelpStep.ContactDetails));
        list.Add(new("preferred-contact", self ? "How you would like us to contact you" : "How they would like us to contact them", Describe(answers.PreferredContact), RequestHelpStep.ContactDetails));
        list.Add(new("nhs-number", self ? "Your NHS number" : "Their NHS number", Text(answers.NhsNumber), RequestHelpStep.NhsNumber));
        list.Add(new(StoryKey, "What is happening and what matters", Text(answers.Story), RequestHelpStep.WhatIsHappening));
        list.Add(new("in-danger-now", "Is anyone in danger now?", answers.InDangerNow switch { true => "Yes", false => "No", null => NotGiven }, RequestHelpStep.Danger));
        if (answers.InDangerNow == true || Clean(answers.DangerDetails) is not null)
        {
            list.Add(new("danger-details", "What is the danger?", Text(answers.DangerDetails), RequestHelpStep.Danger));
        }

        var needs = NeedsOf(answers).Describe().ToList();
        list.Add(new("communication-needs", "Communication needs", needs.Count == 0 ? "None" : string.Join("\n", needs), RequestHelpStep.CommunicationNeeds));
        return list;
    }

    public static string? RelationshipOf(RequestHelpAnswers answers)
    {
        var kind = answers.Relationship switch
        {
            CallerRelationship.FamilyMember => "Family member",
            CallerRelationship.FriendOrNeighbour => "Friend or neighbour",
            CallerRelationship.Carer => "Carer",
            CallerRelationship.Other => "Other",
            _ => null,
        };
        return Clean(answers.RelationshipDetails) is { } details && kind is not null ? $"{kind}: {details}" : kind;
    }

    private static Caller CallerOf(RequestHelpAnswers answers) =>
        new(Clean(answers.CallerName) ?? string.Empty, RelationshipOf(answers), Phone: PhoneOf(answers.CallerPhone), Email: Clean(answers.CallerEmail));

    private static ReportedPerson PersonOf(RequestHelpAnswers answers, DateOnly today) => new ReportedPersonInput
    {
        GivenName = answers.GivenName,
        FamilyName = answers.FamilyName,
        KnownAs = answers.KnownAs,
        FormerFamilyName = answers.FormerFamilyName,
        DateOfBirth = answers.DateOfBirth?.ToEntered(),
        NhsNumber = answers.NhsNumber,
        AddressLine1 = answers.AddressLine1,
        AddressLine2 = answers.AddressLine2,
        Town = answers.Town,
        Postcode = answers.Postcode,
        Phone = answers.Phone,
        Email = answers.Email,
    }.ToReportedPerson(today);

    private static CommunicationNeeds NeedsOf(RequestHelpAnswers answers) => new(
        InterpreterLanguage: answers.CommunicationNeeds.Contains(CommunicationNeed.Interpreter) ? Clean(answers.InterpreterLanguage) : null,
        BritishSignLanguage: answers.CommunicationNeeds.Contains(CommunicationNeed.BritishSignLanguage),
        EasyRead: answers.CommunicationNeeds.Contains(CommunicationNeed.EasyRead),
        LargePrint: answers.CommunicationNeeds.Contains(CommunicationNeed.LargePrint));

    // Stored the way staff dial it, as the person's is (ReportedPersonInput.ToReportedPerson); the pages only accept numbers that parse.
    private static string? PhoneOf(string? typed) => PhoneNumber.TryParse(typed, out var number, out _) ? number.National : Clean(typed);

    private static string Describe(PersonAwareness? awareness) => awareness switch
    {
        PersonAwareness.KnowsAndAgrees => "Yes, and they agree to me asking",
        PersonAwareness.KnowsButDoesNotAgree => "Yes, but they do not agree to me asking",
        PersonAwareness.DoesNotKnow => "No",
        PersonAwareness.NotSure => "I'm not sure",
        _ => NotGiven,
    };

    private static string Describe(PreferredChannel? channel) => channel switch
    {
        PreferredChannel.Phone => "Phone call",
        PreferredChannel.TextMessage => "Text message",
        PreferredChannel.Email => "Email",
        PreferredChannel.Letter => "Letter",
        _ => NotGiven,
    };

    private static string DateText(Components.DateParts? parts) =>
        parts is not null && parts.TryGetDate(out var date) ? date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")) : NotGiven;

    private static string AddressText(RequestHelpAnswers answers)
    {
        var postcode = UkPostcode.TryParse(answers.Postcode, out var valid, out _) ? valid.Value : Clean(answers.Postcode);
        var lines = new[] { Clean(answers.AddressLine1), Clean(answers.AddressLine2), Clean(answers.Town), postcode }.OfType<string>().ToList();
        return lines.Count == 0 ? NotGiven : string.Join("\n", lines);
    }

    private static string Text(string? value) => Clean(value) ?? NotGiven;

    private static string? Clean(string? value) => TypedText.TrimToNull(value);
}
