using FrontDoor.Web.Journeys;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Portal.RequestHelp;

/// <summary>
/// Every page after the start page: loads the browser's journey before the handler runs, so no handler has to.
/// Without a journey the browser goes back to the start page (saying so when its answers expired); once the request
/// was sent, to the confirmation. The first question is shown before any journey exists: the journey is stored only
/// when its first answer is saved, so a visit that answers nothing stores nothing.
/// </summary>
public abstract class RequestHelpPageModel(RequestHelpJourneyStore journeys) : PageModel
{
    public const string BackLinkKey = "BackLink";

    private JourneyInstance<RequestHelpJourney>? _stored;

    protected RequestHelpJourneyStore Journeys => journeys;

    protected RequestHelpJourney Journey { get; private set; } = null!;

    /// <summary>What was kept of a sent request; only on <see cref="ShownAfterSending"/> pages.</summary>
    protected RequestHelpSent? Sent { get; private set; }

    public RequestHelpAnswers Answers => Journey.Answers;

    /// <summary>True when the page was opened from a Change link on check answers.</summary>
    [BindProperty(SupportsGet = true, Name = "change")]
    public bool Changing { get; set; }

    /// <summary>The confirmation page is the one page a sent journey may still see.</summary>
    protected virtual bool ShownAfterSending => false;

    /// <summary>The first question, which starts the journey when answered.</summary>
    protected virtual bool ShownBeforeStarting => false;

    /// <summary>Where the Back link goes; null for no Back link.</summary>
    protected abstract string? BackLink { get; }

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var lookup = await journeys.GetAsync(HttpContext, idFromAddress: null, HttpContext.RequestAborted);
        var redirect = lookup.Status switch
        {
            JourneyStatus.InProgress when ShownAfterSending => RequestHelpLinks.Start,
            JourneyStatus.Completed when !ShownAfterSending => RequestHelpLinks.Confirmation,
            JourneyStatus.NotStarted when !ShownBeforeStarting => RequestHelpLinks.Start,
            JourneyStatus.Lost => RequestHelpLinks.TimedOut,
            _ => null,
        };
        if (redirect is not null)
        {
            context.Result = Redirect(redirect);
            return;
        }

        _stored = lookup.Journey;
        Journey = lookup.Journey?.State ?? new RequestHelpJourney { Id = Guid.Empty };
        Sent = lookup.Outcome;
        ViewData[BackLinkKey] = BackLink;
        await next();
    }

    /// <summary>Keeps the answers as they now are, storing the journey if this is its first answer.</summary>
    protected async Task SaveJourneyAsync()
    {
        if (_stored is null)
        {
            var unsaved = Journey;
            _stored = await journeys.StartAsync(HttpContext, unsaved.StartedAs, HttpContext.RequestAborted);
            Journey = _stored.State;
        }
        else
        {
            await journeys.UpdateAsync(_stored, HttpContext.RequestAborted);
        }
    }

    /// <summary>Sending is done: the answers are deleted and only what the confirmation page shows is kept.</summary>
    protected Task CompleteJourneyAsync(RequestHelpSent sent) => journeys.CompleteAsync(_stored!, sent, HttpContext.RequestAborted);
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
        await SaveJourneyAsync();
        return Redirect(RequestHelpFlow.NextAfter(Step, Journey, Changing));
    }
}
