using FrontDoor.Web.Startup;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace FrontDoor.Web.Pages.Feedback;

/// <summary>After the survey is answered (post, redirect, get): the same for everyone, so it says nothing about whose answers they were.</summary>
public sealed class ThankYouModel(IOptions<FrontDoorOptions> frontDoor) : PageModel
{
    public FrontDoorOptions FrontDoor => frontDoor.Value;

    public void OnGet()
    {
    }
}
