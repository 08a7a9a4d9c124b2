using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Contacts.PersonMatching;
using FrontDoor.Core.People.Matching;
using FrontDoor.Web.Authorisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.PhoneContact;

/// <summary>
/// Step 1 of a phone contact: find the person the caller is ringing about, while they are on the line. The form
/// posts and results render from the POST, so what the caller said never sits in the address or browser history.
/// </summary>
public sealed class IndexModel(PersonCandidates candidates, TimeProvider clock) : PageModel
{
    private const int MaxResults = 8;

    [BindProperty]
    public CallerDescription Described { get; set; } = new();

    public IReadOnlyList<PersonCandidate>? Results { get; private set; }

    public void OnGet()
    {
    }

    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        if (Described.IsEmpty)
        {
            ModelState.AddModelError($"{nameof(Described)}.{nameof(CallerDescription.GivenName)}", "Enter something the caller knows about the person, such as their name or date of birth");
            return;
        }

        var reported = Described.ToReportedPerson(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), out var dateProblem);
        if (dateProblem is not null)
        {
            ModelState.AddModelError($"{nameof(Described)}.{nameof(CallerDescription.DateOfBirth)}", dateProblem);
        }

        Results = await candidates.FindAsync(reported, MaxResults, StaffUser.Actor(User), HttpContext.Connection.RemoteIpAddress?.ToString(), cancellationToken);
    }
}
