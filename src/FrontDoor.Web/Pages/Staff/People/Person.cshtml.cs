using FrontDoor.Core.CaseSystem;
using FrontDoor.Core.Contacts.Review;
using FrontDoor.Core.People.Matching;
using FrontDoor.Core.People.Search;
using FrontDoor.Web.Authorisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.People;

/// <summary>A person's summary for a call: details, current allocation, their contacts and what to do next. Opening it is audited.</summary>
public sealed class PersonModel(PersonSummaryLookup lookup, StrandedContacts contacts, DuplicateReport duplicates, CaseSystemImportReports imports, IAuthorizationService authorisation) : PageModel
{
    public const int ContactsPerPage = 10;

    /// <summary>The most recent changes the case-system imports made to the record that administrators see.</summary>
    public const int CaseSystemChangesShown = 20;

    public PersonSummary Person { get; private set; } = null!;

    /// <summary>Administrators see a link to who has looked at this record.</summary>
    public bool CanSeeAccessReport { get; private set; }

    /// <summary>Which page of the person's contacts, newest first, from 1.</summary>
    [BindProperty(SupportsGet = true, Name = "contacts")]
    public int ContactsPage { get; set; } = 1;

    public ContactListPage Contacts { get; private set; } = null!;

    public PaginationLinks ContactsPagination =>
        new(new Paging(ContactsPage, ContactsPerPage, Contacts.Total), "Pages of this person's contacts", n => $"/staff/people/{Person.PersonId:D}?contacts={n}#contacts", "person-contacts-pagination");

    /// <summary>Undecided probable-duplicate pairs this record is in; null for staff who do not decide duplicates.</summary>
    public IReadOnlyList<DuplicateReportRow>? Duplicates { get; private set; }

    /// <summary>What imports from the case system changed on this record, newest first; null for staff who are not administrators.</summary>
    public IReadOnlyList<CaseSystemRecordChange>? CaseSystemChanges { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? from, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var reason = from == PersonSearchLinks.FromSearch ? "opened from person search" : "opened person record";
        var origin = HttpContext.Connection.RemoteIpAddress?.ToString();
        if (await lookup.OpenAsync(id, StaffUser.Actor(User), origin, reason, cancellationToken) is not { } person)
        {
            return NotFound();
        }

        Person = person;
        ContactsPage = Math.Max(1, ContactsPage);
        Contacts = await contacts.OfPersonAsync(id, ContactsPage, ContactsPerPage, cancellationToken);
        CanSeeAccessReport = (await authorisation.AuthorizeAsync(User, Policies.Administrators)).Succeeded;
        if (CanSeeAccessReport)
        {
            CaseSystemChanges = await imports.HistoryOfAsync(id, CaseSystemChangesShown, cancellationToken);
        }

        if ((await authorisation.AuthorizeAsync(User, Policies.Managers)).Succeeded)
        {
            Duplicates = await duplicates.OfPersonAsync(id, StaffUser.Actor(User), origin, cancellationToken);
        }

        return Page();
    }
}
