using Microsoft.AspNetCore.Mvc;

namespace FrontDoor.Web.Pages.Professionals;

public sealed class PersonModel(ReferralDrafts drafts, TimeProvider clock) : ReferralQuestionPageModel(drafts, clock)
{
    [BindProperty]
    public PersonSection Person { get; set; } = new();

    protected override ReferralPage ThisPage => ReferralPage.Person;

    public void OnGet() => Person = Draft.Person;

    public async Task<IActionResult> OnPostAsync()
    {
        ReferralValidation.Person(Form, Person, Today, ModelState);
        return ModelState.IsValid ? await SaveAndContinueAsync(draft => draft.Person = Person) : Page();
    }
}
