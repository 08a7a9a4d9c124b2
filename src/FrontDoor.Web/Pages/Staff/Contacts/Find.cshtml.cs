using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Review;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.Contacts;

/// <summary>
/// Finds a contact by the reference the public and professionals quote, from the search box on every staff page.
/// A GET: a reference is not personal data, and the address can be bookmarked or shared.
/// </summary>
public sealed class FindModel(ContactRecords records) : PageModel
{
    public const string Example = "FD-4K7M2QXP";

    [BindProperty(SupportsGet = true)]
    public string? Reference { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (!Request.Query.ContainsKey("reference"))
        {
            return Page();
        }

        if (string.IsNullOrWhiteSpace(Reference))
        {
            ModelState.AddModelError(nameof(Reference), "Enter a contact reference");
            return Page();
        }

        if (!ContactReference.TryParse(Reference, out var reference))
        {
            ModelState.AddModelError(nameof(Reference), $"Enter a contact reference in the correct format: FD- and 8 letters and numbers, like {Example}");
            return Page();
        }

        if (await records.FindByReferenceAsync(reference, cancellationToken) is not { } contactId)
        {
            ModelState.AddModelError(nameof(Reference), $"No contact has the reference {reference}. Check the reference and enter it again");
            return Page();
        }

        return Redirect($"/staff/contacts/{contactId}");
    }
}
