using FrontDoor.Core.Contacts.Intake;
using Microsoft.AspNetCore.Mvc;

namespace FrontDoor.Web.Pages.Portal.RequestHelp;

/// <summary>A heading on check answers and the questions under it.</summary>
public sealed record AnswerSection(string Title, IReadOnlyList<AnsweredQuestion> Questions);

public sealed class CheckAnswersModel(RequestHelpJourneyStore journeys, ContactIntake intake, TimeProvider clock) : RequestHelpPageModel(journeys)
{
    public IReadOnlyList<AnswerSection> Sections { get; private set; } = [];

    protected override string? BackLink => RequestHelpLinks.For(RequestHelpFlow.LastStep);

    public IActionResult OnGet()
    {
        if (RequestHelpFlow.FirstUnanswered(Journey) is { } missing)
        {
            return Redirect(RequestHelpLinks.For(missing));
        }

        Sections = SectionsOf(Answers);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // Someone who skipped a page by typing its address answers it before anything is sent.
        if (RequestHelpFlow.FirstUnanswered(Journey) is { } missing)
        {
            return Redirect(RequestHelpLinks.For(missing));
        }

        var submission = RequestForHelpSubmission.Build(Journey, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), HttpContext.Connection.RemoteIpAddress?.ToString());
        if (IntakeLimits.Problems(submission) is { Count: > 0 } problems)
        {
            // Each page checks its own limits, so this is only a safety net: say what to change, never show an error page.
            foreach (var problem in problems)
            {
                ModelState.AddModelError(string.Empty, problem.Message);
            }

            Sections = SectionsOf(Answers);
            return Page();
        }

        // A second click, or a second node, gets the first contact back through the external key.
        var receipt = await intake.ReceiveAndProcessAsync(submission, HttpContext.RequestAborted);
        await CompleteJourneyAsync(new RequestHelpSent(receipt.Reference.Value));
        return Redirect(RequestHelpLinks.Confirmation);
    }

    private static List<AnswerSection> SectionsOf(RequestHelpAnswers answers)
    {
        var aboutThePerson = answers.ForSomeoneElse ? "About the person who needs help" : "About you";
        var byStep = RequestForHelpSubmission.Questions(answers).ToLookup(q => SectionOf(q.Step, answers.ForSomeoneElse, aboutThePerson));
        return [.. byStep.Select(group => new AnswerSection(group.Key, [.. group]))];
    }

    private static string SectionOf(RequestHelpStep step, bool forSomeoneElse, string aboutThePerson) => step switch
    {
        RequestHelpStep.AskingFor => "Your request",
        RequestHelpStep.YourName or RequestHelpStep.YourRelationship or RequestHelpStep.YourContactDetails or RequestHelpStep.PersonAware when forSomeoneElse => "About you",
        RequestHelpStep.WhatIsHappening or RequestHelpStep.Danger => "What is happening",
        RequestHelpStep.CommunicationNeeds => "Communication",
        _ => aboutThePerson,
    };
}
