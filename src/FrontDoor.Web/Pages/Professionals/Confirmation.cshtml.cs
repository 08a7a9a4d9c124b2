using FrontDoor.Core.Contacts.Review;
using Microsoft.AspNetCore.Mvc;

namespace FrontDoor.Web.Pages.Professionals;

public sealed class ConfirmationModel(ReferralDrafts drafts, TimeProvider clock, ContactRecords contacts) : ReferralPageModel(drafts, clock)
{
    protected override bool ShownAfterSending => true;

    public string Reference { get; private set; } = string.Empty;

    /// <summary>The score stored with the contact, so the receipt shows what adult social care sees.</summary>
    public int? Score { get; private set; }

    public IReadOnlyList<string> MissingDesirable { get; private set; } = [];

    public string PersonName => $"{Draft.Person.GivenName?.Trim()} {Draft.Person.FamilyName?.Trim()}";

    public async Task<IActionResult> OnGetAsync()
    {
        var contactId = Sent!.ContactId;
        var contact = await contacts.ReceiptAsync(contactId, HttpContext.RequestAborted)
            ?? throw new InvalidOperationException("A sent referral's contact is always kept.");
        Reference = contact.Reference.Value;
        Score = contact.CompletenessScore;
        MissingDesirable = ReferralSummary.MissingDesirable(Form, ReferralSubmissionMapper.Completeness(Form, Draft, Today));
        return Page();
    }
}
