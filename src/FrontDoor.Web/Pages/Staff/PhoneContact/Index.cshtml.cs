using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.People.Matching;
using FrontDoor.Web.Authorisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.PhoneContact;

/// <summary>Step 1 of a phone contact: find the person the caller is ringing about, while they are on the line.</summary>
public sealed class IndexModel(PersonCandidates candidates, TimeProvider clock) : PageModel
{
    private const int MaxResults = 8;

    [BindProperty(SupportsGet = true)]
    public CallerDescription Described { get; set; } = new();

    public IReadOnlyList<PersonCandidate>? Results { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (Described.IsEmpty)
        {
            return;
        }

        var reported = Described.ToReportedPerson(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), out var dateProblem);
        if (dateProblem is not null)
        {
            ModelState.AddModelError($"{nameof(Described)}.{nameof(CallerDescription.DateOfBirth)}", dateProblem);
        }

        Results = await candidates.FindAsync(reported, MaxResults, StaffUser.Id(User), HttpContext.Connection.RemoteIpAddress?.ToString(), cancellationToken);
    }
}
