using FrontDoor.Core.Contacts.Intake;
using Microsoft.AspNetCore.Mvc;

namespace FrontDoor.Web.Pages.Professionals;

public sealed class CheckAnswersModel(ReferralDrafts drafts, TimeProvider clock, ContactIntake intake) : ReferralPageModel(drafts, clock)
{
    public IReadOnlyList<ReferralSummarySection> Sections => ReferralSummary.For(Form, Draft);

    public string BackHref => ReferralLinks.Page(Form, Draft.JourneyId, ReferralPage.RiskAndConsent);

    public IActionResult OnGet() =>
        ReferralValidation.FirstIncompletePage(Form, Draft, Today) is { } page ? Redirect(ReferralLinks.Page(Form, Draft.JourneyId, page)) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        // The pages checked each answer as it was saved; check again so no required field can be skipped by URL.
        if (ReferralValidation.FirstIncompletePage(Form, Draft, Today) is { } page)
        {
            return Redirect(ReferralLinks.Page(Form, Draft.JourneyId, page));
        }

        var submission = ReferralSubmissionMapper.ToSubmission(Form, Draft, Today, HttpContext.Connection.RemoteIpAddress?.ToString());
        if (IntakeLimits.Problems(submission) is { Count: > 0 } problems)
        {
            // Each page checks its own limits, so this is only a safety net: say what to change, never show an error page.
            foreach (var problem in problems)
            {
                ModelState.AddModelError(string.Empty, problem.Message);
            }

            return Page();
        }

        var receipt = await intake.ReceiveAndProcessAsync(submission, HttpContext.RequestAborted);
        // A second "Accept and send" then finds no draft and goes to the receipt; two at once reach intake, whose
        // external key returns the first contact, not a new one.
        await CompleteAsync(new SentReferral(receipt.ContactId, receipt.Reference.Value, Draft));
        return Redirect(ReferralLinks.Confirmation(Form, Draft.JourneyId));
    }
}
