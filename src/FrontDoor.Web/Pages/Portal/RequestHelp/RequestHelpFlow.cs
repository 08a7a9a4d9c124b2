namespace FrontDoor.Web.Pages.Portal.RequestHelp;

/// <summary>The question pages, in the order they are asked.</summary>
public enum RequestHelpStep
{
    AskingFor,
    YourName,
    YourRelationship,
    YourContactDetails,
    PersonAware,
    Name,
    DateOfBirth,
    Address,
    ContactDetails,
    NhsNumber,
    WhatIsHappening,
    Danger,
    CommunicationNeeds,
}

/// <summary>
/// Which page comes next and which came before. The questions about the person asking apply only when they
/// ask for someone else, so changing "who is it for" on check answers sends them through those pages first.
/// </summary>
public static class RequestHelpFlow
{
    private static readonly RequestHelpStep[] Order = Enum.GetValues<RequestHelpStep>();

    public static bool Applies(RequestHelpStep step, RequestHelpAnswers answers) => step switch
    {
        RequestHelpStep.YourName or RequestHelpStep.YourRelationship or RequestHelpStep.YourContactDetails or RequestHelpStep.PersonAware => answers.ForSomeoneElse,
        _ => true,
    };

    public static IEnumerable<RequestHelpStep> StepsFor(RequestHelpAnswers answers) => Order.Where(step => Applies(step, answers));

    /// <summary>The first page still to answer, or null when check answers can be shown.</summary>
    public static RequestHelpStep? FirstUnanswered(RequestHelpJourney journey) =>
        StepsFor(journey.Answers).Cast<RequestHelpStep?>().FirstOrDefault(step => !journey.Answered.Contains(step!.Value));

    /// <summary>Where to go once a page's answers are saved.</summary>
    public static string NextAfter(RequestHelpStep step, RequestHelpJourney journey, bool changing)
    {
        if (step == RequestHelpStep.Danger && journey.Answers.InDangerNow == true)
        {
            return RequestHelpLinks.DangerNow(changing);
        }

        return ContinueAfter(step, journey, changing);
    }

    /// <summary>Where to go after <paramref name="step"/>, skipping any interruption it has.</summary>
    public static string ContinueAfter(RequestHelpStep step, RequestHelpJourney journey, bool changing)
    {
        if (changing)
        {
            // Back to check answers, unless the change opened questions that were never answered.
            return FirstUnanswered(journey) is { } missing ? RequestHelpLinks.For(missing, changing: true) : RequestHelpLinks.CheckAnswers;
        }

        var next = StepsFor(journey.Answers).SkipWhile(s => s != step).Skip(1).Cast<RequestHelpStep?>().FirstOrDefault();
        return next is { } page ? RequestHelpLinks.For(page) : RequestHelpLinks.CheckAnswers;
    }

    public static string BackFrom(RequestHelpStep step, RequestHelpAnswers answers, bool changing)
    {
        if (changing)
        {
            return RequestHelpLinks.CheckAnswers;
        }

        var previous = StepsFor(answers).TakeWhile(s => s != step).Cast<RequestHelpStep?>().LastOrDefault();
        return previous is { } page ? RequestHelpLinks.For(page) : RequestHelpLinks.Start;
    }

    public static RequestHelpStep FirstStep => Order[0];

    public static RequestHelpStep LastStep => Order[^1];
}
