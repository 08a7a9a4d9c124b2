using FrontDoor.Web.Startup;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace FrontDoor.Web.Pages.Portal.RequestHelp;

public sealed class StartModel(IOptions<FrontDoorOptions> frontDoor, RequestHelpJourneyStore journeys) : PageModel
{
    public FrontDoorOptions FrontDoor => frontDoor.Value;

    [BindProperty(SupportsGet = true, Name = "timed-out")]
    public bool TimedOut { get; set; }

    /// <summary>How long unsent answers are kept after the last page seen, as registered for the journey.</summary>
    public string KeptFor => journeys.Options.KeptForInWords();

    public void OnGet()
    {
    }
}
