using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Portal.RequestHelp;

/// <summary>
/// Every page after the start page: loads the browser's journey before the handler runs, so no handler has to.
/// Without a journey the browser goes back to the start page; once the request was sent, to the confirmation.
/// </summary>
public abstract class RequestHelpPageModel(RequestHelpJourneyStore journeys) : PageModel
{
    public const string BackLinkKey = "BackLink";

    protected RequestHelpJourneyStore Journeys => journeys;

    protected RequestHelpJourney Journey { get; private set; } = null!;

    public RequestHelpAnswers Answers => Journey.Answers;

    /// <summary>True when the page was opened from a Change link on check answers.</summary>
    [BindProperty(SupportsGet = true, Name = "change")]
    public bool Changing { get; set; }

    /// <summary>The confirmation page is the one page a sent journey may still see.</summary>
    protected virtual bool ShownAfterSending => false;

    /// <summary>Where the Back link goes; null for no Back link.</summary>
    protected abstract string? BackLink { get; }

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var (lookup, journey) = await journeys.FindAsync(HttpContext, HttpContext.RequestAborted);
        if (journey is null)
        {
            context.Result = Redirect(lookup == JourneyLookup.TimedOut ? RequestHelpLinks.TimedOut : RequestHelpLinks.Start);
            return;
        }

        if (journey.IsSent != ShownAfterSending)
        {
            context.Result = Redirect(journey.IsSent ? RequestHelpLinks.Confirmation : RequestHelpLinks.Start);
            return;
        }

        Journey = journey;
        ViewData[BackLinkKey] = BackLink;
        await next();
    }
}

/// <summary>A page that asks one question and saves its answers into the journey.</summary>
public abstract class QuestionPageModel(RequestHelpJourneyStore journeys) : RequestHelpPageModel(journeys)
{
    protected abstract RequestHelpStep Step { get; }

    protected override string? BackLink => RequestHelpFlow.BackFrom(Step, Answers, Changing);

    /// <summary>"you" when asking for yourself, "they" when for someone else: the same question, addressed right.</summary>
    public bool ForSomeoneElse => Answers.ForSomeoneElse;

    /// <summary>Marks this page answered, keeps the journey and moves on.</summary>
    protected async Task<IActionResult> SaveAndContinueAsync()
    {
        Journey.Answered.Add(Step);
        await Journeys.SaveAsync(Journey, HttpContext.RequestAborted);
        return Redirect(RequestHelpFlow.NextAfter(Step, Journey, Changing));
    }
}
