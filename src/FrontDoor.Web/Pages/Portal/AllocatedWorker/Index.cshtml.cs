using FrontDoor.Web.Startup;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace FrontDoor.Web.Pages.Portal.AllocatedWorker;

/// <summary>The start of "find your worker": which number the person has, so the next page asks for that one.</summary>
public sealed class IndexModel(IOptions<FrontDoorOptions> frontDoor) : PageModel
{
    [BindProperty]
    public PersonIdentifierKindSlug? By { get; set; }

    public FrontDoorOptions FrontDoor => frontDoor.Value;

    public void OnGet()
    {
    }

    public IActionResult OnPost()
    {
        if (By is not { } by || !Enum.IsDefined(by))
        {
            ModelState.Clear();
            ModelState.AddModelError(nameof(By), "Select which number you have");
            return Page();
        }

        return Redirect(AllocatedWorkerLinks.Find(by));
    }
}
