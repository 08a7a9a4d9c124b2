using FrontDoor.Core.Triage.Referrals;
using FrontDoor.Web.Authorisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.Contacts.Refer;

/// <summary>The MASH records whether a safeguarding alert became a section 42 enquiry (also asked on the contact page itself).</summary>
public sealed class EnquiryDecisionModel(ContactReferrals referrals, ContactEventWords eventWords) : PageModel
{
    public ReferralSituation Situation { get; private set; } = null!;

    public ContactReferral Referral { get; private set; } = null!;

    [BindProperty(SupportsGet = true, Name = "referral")]
    public Guid ReferralId { get; set; }

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public bool? BecameEnquiry { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Version = Situation.Contact.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        switch (await ModelState.TryChangeAsync(() => referrals.RecordEnquiryDecisionAsync(id, Version, ReferralId, BecameEnquiry, StaffUser.Actor(User), cancellationToken), eventWords, version => Version = version))
        {
            case ContactChangeResult.Saved:
                return Redirect($"/staff/contacts/{id}#referrals");
            case ContactChangeResult.NoSuchContact:
                return NotFound();
        }

        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await referrals.SituationAsync(id, cancellationToken) is not { } situation || situation.Referrals.FirstOrDefault(r => r.Id == ReferralId) is not { } referral)
        {
            return false;
        }

        Situation = situation;
        Referral = referral;
        return true;
    }
}
