using FrontDoor.Core.People.Search;
using FrontDoor.Web.Authorisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.People;

/// <summary>A person's summary for a call: details, current allocation and the duty line. Opening it is audited.</summary>
public sealed class PersonModel(PersonSummaryLookup lookup) : PageModel
{
    public PersonSummary Person { get; private set; } = null!;

    /// <summary>The search that led here, for the Back link.</summary>
    public string? Query { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? q, CancellationToken cancellationToken)
    {
        var reason = string.IsNullOrEmpty(q) ? "opened person record" : "opened from person search";
        if (await lookup.OpenAsync(id, StaffUser.Id(User), HttpContext.Connection.RemoteIpAddress?.ToString(), reason, cancellationToken) is not { } person)
        {
            return NotFound();
        }

        Person = person;
        Query = q;
        return Page();
    }
}
