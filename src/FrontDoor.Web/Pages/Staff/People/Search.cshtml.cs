using FrontDoor.Core.People.Search;
using FrontDoor.Web.Api;
using FrontDoor.Web.Authorisation;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.People;

/// <summary>
/// Find a person. The form posts, and the results render from the POST: search text is personal data, and a GET
/// would leave it in the address bar, browser history and proxy logs. Works without JavaScript.
/// </summary>
public sealed class SearchModel(PersonSearch search) : PageModel
{
    public const int PageResults = 20;

    public string? Query { get; private set; }

    public PersonSearchResults? Results { get; private set; }

    public void OnGet()
    {
    }

    /// <param name="page">The page of a search by name only that found more people than one page shows.</param>
    public async Task OnPostAsync(string? q, int? page, CancellationToken cancellationToken)
    {
        Query = q;
        if (PersonSearchInput.Problem(q) is { } problem)
        {
            ModelState.AddModelError(PersonSearchLinks.QueryField, problem);
            return;
        }

        Results = await search.SearchAsync(q, PageResults, page ?? 1, StaffUser.Actor(User), HttpContext.Connection.RemoteIpAddress?.ToString(), cancellationToken);
    }
}
