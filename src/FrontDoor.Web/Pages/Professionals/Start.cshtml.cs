using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Professionals;

/// <summary>A form's start page. Starting is a POST, so crawlers and link previews never make drafts.</summary>
public sealed class StartModel(ReferralDrafts drafts) : PageModel
{
    public ProfessionalForm Form { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public bool Expired { get; set; }

    public IReadOnlyList<string> RequiredFields => ReferralFieldNames.Required(Form);

    public IActionResult OnGet(string form)
    {
        if (ProfessionalForms.Find(form) is not { } found)
        {
            return NotFound();
        }

        Form = found;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string form)
    {
        if (ProfessionalForms.Find(form) is not { } found)
        {
            return NotFound();
        }

        var draft = await drafts.StartAsync(HttpContext, found, HttpContext.RequestAborted);
        return Redirect(ReferralLinks.Page(found, draft.JourneyId, ReferralPage.AboutYou));
    }
}
