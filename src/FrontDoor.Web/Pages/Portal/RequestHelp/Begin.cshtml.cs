using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Portal.RequestHelp;

/// <summary>"Start now": carries on an unfinished request where it stopped, or starts a new one.</summary>
public sealed class BeginModel(RequestHelpJourneyStore journeys) : PageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        var journey = await journeys.ResumeOrStartAsync(HttpContext, HttpContext.RequestAborted);
        return Redirect(RequestHelpFlow.FirstUnanswered(journey) is { } step ? RequestHelpLinks.For(step) : RequestHelpLinks.CheckAnswers);
    }
}
