using FrontDoor.Core.Contacts.Intake;
using Microsoft.AspNetCore.Mvc;

namespace FrontDoor.Web.Pages.Professionals;

public sealed class ConcernModel(ReferralDrafts drafts, TimeProvider clock) : ReferralQuestionPageModel(drafts, clock)
{
    [BindProperty]
    public ConcernSection Concern { get; set; } = new();

    protected override ReferralPage ThisPage => ReferralPage.Concern;

    public string QuestionsPartial => Form.Partner switch
    {
        PartnerType.Police => "_PoliceQuestions",
        PartnerType.Ambulance => "_AmbulanceQuestions",
        PartnerType.GpOrPrimaryCare => "_GpQuestions",
        PartnerType.Hospital => "_HospitalQuestions",
        PartnerType.CareProvider => "_CareProviderQuestions",
        _ => "_OtherQuestions",
    };

    public void OnGet() => Concern = Draft.Concern;

    public async Task<IActionResult> OnPostAsync()
    {
        ReferralValidation.Concern(Form, Concern, Today, ModelState);
        return ModelState.IsValid ? await SaveAndContinueAsync(draft => draft.Concern = Concern) : Page();
    }
}
