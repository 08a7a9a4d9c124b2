using FrontDoor.Core;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Web.Authorisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.Contacts;

public sealed class NeedsAttentionModel(ContactIntake intake) : PageModel
{
    public IReadOnlyList<NeedsAttentionItem> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Items = await intake.ListNeedingAttentionAsync(cancellationToken: cancellationToken);

    public async Task<IActionResult> OnPostReprocessAsync(Guid contactId, CancellationToken cancellationToken)
    {
        try
        {
            await intake.ReprocessAsync(contactId, StaffUser.Actor(User), cancellationToken);
        }
        catch (DomainValidationException)
        {
            // Someone else already processed it: the contact page shows where it is now.
        }

        return Redirect($"/staff/contacts/{contactId}?retried=true");
    }
}
