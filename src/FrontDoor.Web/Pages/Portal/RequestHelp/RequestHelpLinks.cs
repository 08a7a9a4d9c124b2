namespace FrontDoor.Web.Pages.Portal.RequestHelp;

/// <summary>Every address in the request-for-help journey, so no page spells out another page's URL.</summary>
public static class RequestHelpLinks
{
    public const string Start = "/request-help";
    public const string Begin = "/request-help/begin";
    public const string DangerNowPath = "/request-help/danger/call-now";
    public const string UnderEighteenPath = "/request-help/date-of-birth/under-18";
    public const string CheckAnswers = "/request-help/check-answers";
    public const string Confirmation = "/request-help/confirmation";

    /// <summary>Where the start page says the answers were deleted for lack of activity.</summary>
    public const string TimedOut = Start + "?timed-out=true";

    public static string For(RequestHelpStep step, bool changing = false) => WithChange(Path(step), changing);

    public static string DangerNow(bool changing = false) => WithChange(DangerNowPath, changing);

    public static string UnderEighteen(bool changing = false) => WithChange(UnderEighteenPath, changing);

    public static string Path(RequestHelpStep step) => step switch
    {
        RequestHelpStep.AskingFor => "/request-help/who-for",
        RequestHelpStep.YourName => "/request-help/your-name",
        RequestHelpStep.YourRelationship => "/request-help/your-relationship",
        RequestHelpStep.YourContactDetails => "/request-help/your-contact-details",
        RequestHelpStep.PersonAware => "/request-help/do-they-know",
        RequestHelpStep.Name => "/request-help/name",
        RequestHelpStep.DateOfBirth => "/request-help/date-of-birth",
        RequestHelpStep.Address => "/request-help/address",
        RequestHelpStep.ContactDetails => "/request-help/contact-details",
        RequestHelpStep.NhsNumber => "/request-help/nhs-number",
        RequestHelpStep.WhatIsHappening => "/request-help/what-is-happening",
        RequestHelpStep.Danger => "/request-help/danger",
        RequestHelpStep.CommunicationNeeds => "/request-help/communication-needs",
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, null),
    };

    private static string WithChange(string path, bool changing) => changing ? path + "?change=true" : path;
}
