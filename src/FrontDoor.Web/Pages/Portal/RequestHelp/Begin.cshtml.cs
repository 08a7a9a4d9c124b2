using FrontDoor.Web.Journeys;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Portal.RequestHelp;

/// <summary>
/// "Start now": carries on an unfinished request where it stopped, or goes to the first question. It stores nothing,
/// so a link preview or a crawler following the button makes no journey: the first answer does.
/// </summary>
public sealed class BeginModel(RequestHelpJourneyStore journeys) : PageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        var lookup = await journeys.GetAsync(HttpContext, idFromAddress: null, HttpContext.RequestAborted);
        if (lookup is { Status: JourneyStatus.InProgress, Journey: { } journey })
        {
            return Redirect(RequestHelpFlow.FirstUnanswered(journey.State) is { } step ? RequestHelpLinks.For(step) : RequestHelpLinks.CheckAnswers);
        }

        // Sent, expired or never begun: a new request, from a clean slate.
        journeys.Forget(HttpContext);
        return Redirect(RequestHelpLinks.For(RequestHelpFlow.FirstStep));
    }
}
