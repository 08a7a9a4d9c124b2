using FrontDoor.Core.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Pages.Professionals;

public sealed class ConfirmationModel(ReferralDrafts drafts, TimeProvider clock, FrontDoorDbContext db) : ReferralPageModel(drafts, clock)
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
        var contact = await db.Contacts.AsNoTracking()
            .Where(c => c.Id == contactId)
            .Select(c => new { c.Reference, c.CompletenessScore })
            .SingleAsync(HttpContext.RequestAborted);
        Reference = contact.Reference.Value;
        Score = contact.CompletenessScore;
        MissingDesirable = ReferralSummary.MissingDesirable(Form, ReferralSubmissionMapper.Completeness(Form, Draft, Today));
        return Page();
    }
}
