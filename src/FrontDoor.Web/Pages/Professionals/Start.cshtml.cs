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

    /// <summary>How long an unsent form is kept, as registered for the journey.</summary>
    public string KeptFor => drafts.Options.KeptForInWords();

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

        var draft = await drafts.StartAsync(HttpContext, id => new ReferralDraft { JourneyId = id, FormSlug = found.Slug }, HttpContext.RequestAborted);
        return Redirect(ReferralLinks.Page(found, draft.Id, ReferralPage.AboutYou));
    }
}
