using FrontDoor.Core;
using FrontDoor.Core.Contacts.Review;
using FrontDoor.Web.Authorisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.Contacts;

/// <summary>Links a contact to the record staff chose; a contact already linked to someone else asks first.</summary>
public sealed class LinkModel(ContactPersonLinks links) : PageModel
{
    /// <summary>The banner the contact page shows after a link.</summary>
    public const string LinkedMessage = "ContactLinked";

    [BindProperty]
    public Guid? PersonId { get; set; }

    /// <summary>The person the contact was linked to when the member of staff confirmed the change.</summary>
    [BindProperty]
    public Guid? Replacing { get; set; }

    public ContactToLink Contact { get; private set; } = null!;

    public LinkedPerson Chosen { get; private set; } = null!;

    public IActionResult OnGet(Guid id) => Redirect($"/staff/contacts/{id}/find-person");

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (PersonId is not { } personId)
        {
            return Redirect($"/staff/contacts/{id}/find-person");
        }

        var origin = HttpContext.Connection.RemoteIpAddress?.ToString();
        try
        {
            var outcome = await links.LinkAsync(id, personId, Replacing, StaffUser.Actor(User), origin, cancellationToken);
            if (outcome != ContactLinkOutcome.NeedsConfirmation)
            {
                var name = (await links.PersonAsync(personId, cancellationToken))?.Name;
                TempData[LinkedMessage] = outcome == ContactLinkOutcome.Linked ? $"The contact is now linked to {name}." : $"The contact was already linked to {name}.";
                return Redirect($"/staff/contacts/{id}");
            }
        }
        catch (DomainValidationException ex)
        {
            ModelState.AddModelError(nameof(PersonId), ex.Message);
        }

        if (await links.OpenAsync(id, StaffUser.Actor(User), origin, "confirming a change of person", cancellationToken) is not { } contact)
        {
            return NotFound();
        }

        Contact = contact;
        Chosen = await links.PersonAsync(personId, cancellationToken) ?? new LinkedPerson(personId, "a record that no longer exists");
        return Page();
    }
}
