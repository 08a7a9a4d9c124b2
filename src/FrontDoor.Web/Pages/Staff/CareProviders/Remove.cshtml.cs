using FrontDoor.Core.Contacts.Email.CareProviders;
using FrontDoor.Web.Authorisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.CareProviders;

/// <summary>Asks before taking a stored domain off the list; mail from it is then classed as from another professional.</summary>
public sealed class RemoveModel(CareProviderDomains domains) : PageModel
{
    public CareProviderDomain Domain { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await domains.FindAsync(id, cancellationToken) is not { } domain)
        {
            TempData[CareProviderLinks.ChangedMessage] = "That domain is no longer on the list.";
            return Redirect(CareProviderLinks.List);
        }

        Domain = domain;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var domain = await domains.FindAsync(id, cancellationToken);
        var removed = await domains.RemoveAsync(id, StaffUser.Actor(User), HttpContext.Connection.RemoteIpAddress?.ToString(), cancellationToken);

        // Removed already (another administrator, or a second click): the list says so rather than an error.
        TempData[CareProviderLinks.ChangedMessage] = removed && domain is not null ? $"{domain.Domain} is no longer on the care-provider list." : "That domain is no longer on the list.";
        return Redirect(CareProviderLinks.List);
    }
}
