using FrontDoor.Core.Contacts;
using FrontDoor.Core.Triage.Assessment;
using FrontDoor.Core.Triage.Closing;
using FrontDoor.Core.Triage.Referrals;
using Microsoft.AspNetCore.Mvc;

namespace FrontDoor.Web.Pages.Staff.Contacts;

/// <summary>The contact page's assessment, referrals and outcomes, with what can be done next.</summary>
public sealed record ContactOutcomeWork(Contact Contact, ContactAssessment? Assessment, IReadOnlyList<ContactReferral> Referrals, IReadOnlyList<ContactOutcomeRecord> Outcomes)
{
    /// <summary>The safeguarding referral whose enquiry decision the contact page asks for, if one waits.</summary>
    public ContactReferral? AwaitingEnquiryDecision => Referrals.FirstOrDefault(r => r.AwaitsEnquiryDecision);

    /// <summary>Bound by the enquiry decision form (posted to its own page).</summary>
    public bool? BecameEnquiry { get; init; }

    public bool CanBeWorked => Contact.Status is not (ContactStatus.Closed or ContactStatus.Received);
}

/// <summary>
/// Reads what the contact page shows of the assessment, referrals and outcomes, so the receiving team sees the whole
/// contact on the one page. The contact page's own view is audited; this adds to it.
/// </summary>
public sealed class ContactOutcomeWorkViewComponent(ContactAssessments assessments, ContactReferrals referrals, ContactClosing closing) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Contact contact)
    {
        var cancellationToken = HttpContext.RequestAborted;
        return View("~/Pages/Staff/Contacts/_OutcomeWork.cshtml", new ContactOutcomeWork(
            contact,
            await assessments.FindAsync(contact.Id, cancellationToken),
            await referrals.ListAsync(contact.Id, cancellationToken),
            await closing.OutcomesAsync(contact.Id, cancellationToken)));
    }
}
