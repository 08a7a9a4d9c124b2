using Microsoft.AspNetCore.Mvc;

namespace FrontDoor.Web.Pages.Professionals;

public sealed class AboutYouModel(ReferralDrafts drafts, TimeProvider clock) : ReferralQuestionPageModel(drafts, clock)
{
    [BindProperty]
    public SenderSection Sender { get; set; } = new();

    protected override ReferralPage ThisPage => ReferralPage.AboutYou;

    public void OnGet() => Sender = Draft.Sender;

    public async Task<IActionResult> OnPostAsync()
    {
        ReferralValidation.AboutYou(Form, Sender, ModelState);
        return ModelState.IsValid ? await SaveAndContinueAsync(draft => draft.Sender = Sender) : Page();
    }
}
