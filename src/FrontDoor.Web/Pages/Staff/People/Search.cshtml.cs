using FrontDoor.Core.People.Search;
using FrontDoor.Web.Api;
using FrontDoor.Web.Authorisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.People;

/// <summary>Find a person: a GET form, so it works without JavaScript, can be bookmarked and goes back as expected.</summary>
public sealed class SearchModel(PersonSearch search) : PageModel
{
    public const int PageResults = 20;

    public string? Query { get; private set; }

    public PersonSearchResults? Results { get; private set; }

    public async Task OnGetAsync(string? q, CancellationToken cancellationToken)
    {
        Query = q;

        // A first visit has no q at all; an empty box submitted arrives as q= (bound as null).
        if (!Request.Query.ContainsKey(PersonSearchLinks.QueryField))
        {
            return;
        }

        if (PersonSearchInput.Problem(q) is { } problem)
        {
            ModelState.AddModelError(PersonSearchLinks.QueryField, problem);
            return;
        }

        Results = await search.SearchAsync(q, PageResults, StaffUser.Id(User), HttpContext.Connection.RemoteIpAddress?.ToString(), cancellationToken);
    }
}
