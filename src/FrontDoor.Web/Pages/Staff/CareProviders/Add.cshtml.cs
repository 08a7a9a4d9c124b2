using FrontDoor.Core;
using FrontDoor.Core.Contacts.Email.CareProviders;
using FrontDoor.Web.Authorisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.CareProviders;

/// <summary>
/// Adds a domain to the care-provider list: from the list, or from a contact whose sender is an unconfirmed
/// organisation (pre-filled, and back to that contact, which the service re-classes). The service checks the domain.
/// </summary>
public sealed class AddModel(CareProviderDomains domains) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Domain { get; set; }

    [BindProperty]
    public string? OrganisationName { get; set; }

    /// <summary>The contact the domain is being confirmed from, if any.</summary>
    [BindProperty(SupportsGet = true, Name = "contact")]
    public Guid? ContactId { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            var added = await domains.AddAsync(Domain, OrganisationName, StaffUser.Actor(User), HttpContext.Connection.RemoteIpAddress?.ToString(), ContactId, cancellationToken);
            var onList = $"{added.Domain.Domain} is now on the care-provider list.";
            if (ContactId is { } contactId)
            {
                TempData[CareProviderLinks.ChangedMessage] = added.ContactReclassified ? $"{onList} This contact is now from a care provider." : onList;
                return Redirect(CareProviderLinks.Contact(contactId));
            }

            TempData[CareProviderLinks.ChangedMessage] = onList;
            return Redirect(CareProviderLinks.List);
        }
        catch (DomainValidationException ex)
        {
            ModelState.AddModelError(ex.Field, ex.Message);
            return Page();
        }
    }
}
