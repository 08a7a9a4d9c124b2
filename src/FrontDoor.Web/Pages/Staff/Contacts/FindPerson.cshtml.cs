using FrontDoor.Core.Contacts.Review;
using FrontDoor.Core.People.Search;
using FrontDoor.Web.Api;
using FrontDoor.Web.Authorisation;
using FrontDoor.Web.Pages.Staff.People;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.Contacts;

/// <summary>
/// Search for the person a contact is about, starting from what was reported, and choose the record to link. The
/// address holds only the contact's id: the search text arrives from the contact (GET) or the form (POST).
/// </summary>
public sealed class FindPersonModel(ContactPersonLinks links, PersonSearch search) : PageModel
{
    public const int Results = 20;

    public ContactToLink Contact { get; private set; } = null!;

    public string? Query { get; private set; }

    public PersonSearchResults? Found { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Query = ReportedSearchText.From(Contact.Reported);
        if (Query.Length > 0)
        {
            Found = await SearchAsync(Query, cancellationToken);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string? q, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Query = q;
        if (PersonSearchInput.Problem(q) is { } problem)
        {
            ModelState.AddModelError(PersonSearchLinks.QueryField, problem);
            return Page();
        }

        Found = await SearchAsync(q, cancellationToken);
        return Page();
    }

    private Task<PersonSearchResults> SearchAsync(string? q, CancellationToken cancellationToken) =>
        search.SearchAsync(q, Results, StaffUser.Actor(User), HttpContext.Connection.RemoteIpAddress?.ToString(), cancellationToken);

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await links.OpenAsync(id, StaffUser.Actor(User), HttpContext.Connection.RemoteIpAddress?.ToString(), "finding the contact's person", cancellationToken) is not { } contact)
        {
            return false;
        }

        Contact = contact;
        return true;
    }
}
