using Microsoft.AspNetCore.Mvc;

namespace FrontDoor.Web.Pages.Professionals;

/// <summary>
/// The sent referral as one printable page, for the professional's own records: the answers as checked, with
/// the reference. Printing or saving as PDF is the browser's own, so it works without JavaScript.
/// </summary>
public sealed class CopyModel(ReferralDrafts drafts, TimeProvider clock) : ReferralPageModel(drafts, clock)
{
    protected override bool ShownAfterSending => true;

    public IReadOnlyList<ReferralSummarySection> Sections { get; private set; } = [];

    public IActionResult OnGet()
    {
        if (Draft.ContactId is null)
        {
            return Redirect(ReferralLinks.CheckAnswers(Form, Draft.JourneyId));
        }

        Sections = ReferralSummary.For(Form, Draft);
        return Page();
    }
}
