using FrontDoor.Web.Startup;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace FrontDoor.Web.Pages.Portal.RequestHelp;

public sealed class StartModel(IOptions<FrontDoorOptions> frontDoor) : PageModel
{
    public FrontDoorOptions FrontDoor => frontDoor.Value;

    [BindProperty(SupportsGet = true, Name = "timed-out")]
    public bool TimedOut { get; set; }

    public void OnGet()
    {
    }
}
