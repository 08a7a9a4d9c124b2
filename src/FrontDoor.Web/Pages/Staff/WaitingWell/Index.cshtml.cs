using FrontDoor.Core.WaitingWell;
using FrontDoor.Core.WorkQueues;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.WaitingWell;

/// <summary>A team's waiting list for its manager: overdue check-ins first, then due, then by risk and time waited.</summary>
public sealed class IndexModel(WaitingList waitingList, WorkQueueCatalogue catalogue, TimeProvider clock) : PageModel
{
    public WorkQueueDefinition Team { get; private set; } = null!;

    public IReadOnlyList<WaitingPerson> Waiting { get; private set; } = [];

    public DateTimeOffset Now { get; private set; }

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken cancellationToken)
    {
        if (catalogue.Find(key) is not { } team)
        {
            return NotFound();
        }

        Team = team;
        Now = clock.GetUtcNow();
        Waiting = await waitingList.ForTeamAsync(key, cancellationToken);
        return Page();
    }

    public static string CheckInColour(CheckInState state) => state switch
    {
        CheckInState.Overdue => "red",
        CheckInState.Due => "yellow",
        _ => "grey",
    };

    public static string CheckInName(CheckInState state) => state switch
    {
        CheckInState.Overdue => "Overdue",
        CheckInState.Due => "Due",
        _ => "Not yet due",
    };
}
