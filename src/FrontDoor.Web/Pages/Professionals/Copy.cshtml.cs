namespace FrontDoor.Web.Pages.Professionals;

/// <summary>
/// The sent referral as one printable page, for the professional's own records: the answers as checked, with
/// the reference. Printing or saving as PDF is the browser's own, so it works without JavaScript.
/// </summary>
public sealed class CopyModel(ReferralDrafts drafts, TimeProvider clock) : ReferralPageModel(drafts, clock)
{
    protected override bool ShownAfterSending => true;

    public IReadOnlyList<ReferralSummarySection> Sections { get; private set; } = [];

    public string Reference => Sent!.Reference;

    public void OnGet() => Sections = ReferralSummary.For(Form, Draft);
}
