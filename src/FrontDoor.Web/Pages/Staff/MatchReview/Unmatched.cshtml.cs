using FrontDoor.Core.Contacts.Review;
using FrontDoor.Web.Authorisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.MatchReview;

/// <summary>Contacts that named someone FrontDoor could not find: beside match review, so nobody is left without a person record.</summary>
public sealed class UnmatchedModel(StrandedContacts stranded) : PageModel
{
    public const int PageSize = 50;

    /// <summary>Which page, from 1 ("page" itself is Razor Pages' own route value).</summary>
    [BindProperty(SupportsGet = true, Name = "number")]
    public int PageNumber { get; set; } = 1;

    public ContactListPage Contacts { get; private set; } = null!;

    public Paging Paging => new(PageNumber, PageSize, Contacts.Total);

    public PaginationLinks Pagination => new(Paging, "Pages of unmatched contacts", n => $"/staff/match-review/unmatched?number={n}", "unmatched-pagination");

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        PageNumber = Math.Max(1, PageNumber);
        Contacts = await stranded.UnmatchedAsync(PageNumber, PageSize, StaffUser.Actor(User), HttpContext.Connection.RemoteIpAddress?.ToString(), cancellationToken);
    }
}
