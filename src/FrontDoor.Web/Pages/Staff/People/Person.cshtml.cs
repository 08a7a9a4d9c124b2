using FrontDoor.Core.People.Search;
using FrontDoor.Web.Authorisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.People;

/// <summary>A person's summary for a call: details, current allocation and the duty line. Opening it is audited.</summary>
public sealed class PersonModel(PersonSummaryLookup lookup, IAuthorizationService authorisation) : PageModel
{
    public PersonSummary Person { get; private set; } = null!;

    /// <summary>Administrators see a link to who has looked at this record.</summary>
    public bool CanSeeAccessReport { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? from, CancellationToken cancellationToken)
    {
        var reason = from == PersonSearchLinks.FromSearch ? "opened from person search" : "opened person record";
        if (await lookup.OpenAsync(id, StaffUser.Actor(User), HttpContext.Connection.RemoteIpAddress?.ToString(), reason, cancellationToken) is not { } person)
        {
            return NotFound();
        }

        Person = person;
        CanSeeAccessReport = (await authorisation.AuthorizeAsync(User, Policies.Administrators)).Succeeded;
        return Page();
    }
}
