using Microsoft.AspNetCore.Mvc;

namespace FrontDoor.Web.Pages.Professionals;

public sealed class RiskAndConsentModel(ReferralDrafts drafts, TimeProvider clock) : ReferralQuestionPageModel(drafts, clock)
{
    [BindProperty]
    public RiskAndConsentSection RiskAndConsent { get; set; } = new();

    protected override ReferralPage ThisPage => ReferralPage.RiskAndConsent;

    public void OnGet() => RiskAndConsent = Draft.RiskAndConsent;

    public async Task<IActionResult> OnPostAsync()
    {
        ReferralValidation.RiskAndConsent(Form, RiskAndConsent, ModelState);
        return ModelState.IsValid ? await SaveAndContinueAsync(draft => draft.RiskAndConsent = RiskAndConsent) : Page();
    }
}
