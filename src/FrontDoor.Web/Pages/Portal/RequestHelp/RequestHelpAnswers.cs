using FrontDoor.Core.People;
using FrontDoor.Web.Components;

namespace FrontDoor.Web.Pages.Portal.RequestHelp;

/// <summary>Who the request for help is for.</summary>
public enum AskingFor
{
    Myself,
    SomeoneElse,
}

/// <summary>How the person asking knows the person who needs help.</summary>
public enum CallerRelationship
{
    FamilyMember,
    FriendOrNeighbour,
    Carer,
    Other,
}

/// <summary>Whether the person who needs help knows about, and agrees to, the request.</summary>
public enum PersonAwareness
{
    KnowsAndAgrees,
    KnowsButDoesNotAgree,
    DoesNotKnow,
    NotSure,
}

/// <summary>A communication need someone can tick.</summary>
public enum CommunicationNeed
{
    Interpreter,
    BritishSignLanguage,
    EasyRead,
    LargePrint,
}

/// <summary>
/// Everything answered so far, exactly as typed, so any page can show it again. Nothing here is interpreted:
/// <see cref="RequestForHelpSubmission"/> turns it into an intake submission when it is sent.
/// </summary>
public sealed class RequestHelpAnswers
{
    public AskingFor? AskingFor { get; set; }

    public string? CallerName { get; set; }

    public CallerRelationship? Relationship { get; set; }

    public string? RelationshipDetails { get; set; }

    public string? CallerPhone { get; set; }

    public string? CallerEmail { get; set; }

    public PersonAwareness? Awareness { get; set; }

    public string? GivenName { get; set; }

    public string? FamilyName { get; set; }

    public string? KnownAs { get; set; }

    public string? FormerFamilyName { get; set; }

    public DateParts? DateOfBirth { get; set; }

    public string? AddressLine1 { get; set; }

    public string? AddressLine2 { get; set; }

    public string? Town { get; set; }

    public string? Postcode { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public PreferredChannel? PreferredContact { get; set; }

    public string? NhsNumber { get; set; }

    public string? Story { get; set; }

    public bool? InDangerNow { get; set; }

    public string? DangerDetails { get; set; }

    public List<CommunicationNeed> CommunicationNeeds { get; set; } = [];

    public string? InterpreterLanguage { get; set; }

    public bool ForSomeoneElse => AskingFor == RequestHelp.AskingFor.SomeoneElse;
}

/// <summary>
/// One person's way through the request-for-help pages, kept between pages by <see cref="RequestHelpJourneyStore"/>
/// under a random id. Until the first answer is saved it lives only in memory, with an empty id.
/// </summary>
public sealed class RequestHelpJourney
{
    public required Guid Id { get; init; }

    public RequestHelpAnswers Answers { get; set; } = new();

    /// <summary>Pages whose answers passed their checks: optional questions count once the page was continued.</summary>
    public HashSet<RequestHelpStep> Answered { get; init; } = [];

    /// <summary>The journey's id is the intake's external key, so sending twice makes one contact.</summary>
    public string ExternalKey => $"portal:request-help:{Id:N}";

    /// <summary>The answers so far under the id the store gave the journey when its first answer was saved.</summary>
    public RequestHelpJourney StartedAs(Guid id) => new() { Id = id, Answers = Answers, Answered = Answered };
}

/// <summary>
/// All that is kept of a request once sent, for its confirmation page: the contact now holds the answers, and a
/// copy in the journey store would only be personal data lying about.
/// </summary>
public sealed record RequestHelpSent(string Reference);
