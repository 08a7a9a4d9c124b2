using FrontDoor.Core.Triage.Running;
using FrontDoor.Web.Authorisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.Contacts.Triage;

/// <summary>Where the flow's path ended: the outcome and priority it suggests, the advice, and the way on to refer or close.</summary>
public sealed class OutcomeModel(ContactTriage triage) : PageModel
{
    public ContactTriagePage Contact { get; private set; } = null!;

    public ContactTriageState State => Contact.Triage!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await triage.OpenAsync(id, StaffUser.Actor(User), cancellationToken) is not { } contact)
        {
            return NotFound();
        }

        Contact = contact;
        if (contact.Triage is null)
        {
            return Redirect(TriageLinks.Choose(id));
        }

        return contact.Triage.Outcome is null ? Redirect(TriageLinks.Next(id)) : Page();
    }
}
