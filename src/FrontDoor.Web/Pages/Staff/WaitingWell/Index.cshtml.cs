using FrontDoor.Core.Triage.Flows;
using FrontDoor.Core.WaitingWell;
using FrontDoor.Core.WorkQueues;
using FrontDoor.Web.Pages.Staff.Queues;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.WaitingWell;

/// <summary>
/// A team's waiting list for its manager: overdue check-ins first, then due, then by risk and time waited, filtered
/// and sorted through GET query parameters (as the queue page is), so it works without JavaScript.
/// </summary>
public sealed class IndexModel(WaitingList waitingList, WorkQueueCatalogue catalogue, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public List<TriagePriority> Risk { get; set; } = [];

    [BindProperty(SupportsGet = true)]
    public List<CheckInState> CheckIn { get; set; } = [];

    [BindProperty(SupportsGet = true)]
    public List<ReferralType> WaitingFor { get; set; } = [];

    /// <summary>"risk", "waiting" or "check-in"; anything else is the list's own order.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    /// <summary>"ascending" or "descending", as the table's aria-sort says.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Order { get; set; }

    public WorkQueueDefinition Team { get; private set; } = null!;

    public IReadOnlyList<WaitingPerson> Waiting { get; private set; } = [];

    public DateTimeOffset Now { get; private set; }

    /// <summary>What the team is referred for, which is what its people can be waiting for.</summary>
    public IReadOnlyList<ReferralType> TeamTakes => Team.Takes.Count > 0 ? Team.Takes : Enum.GetValues<ReferralType>();

    public bool Filtered => Risk.Count > 0 || CheckIn.Count > 0 || WaitingFor.Count > 0;

    public SortLinks Sorting => new(Request, QueueWords.WaitingListHref(Team.Key), SortColumn, Order == "descending");

    /// <summary>"N people waiting, M overdue", for the list as filtered.</summary>
    public string Summary
    {
        get
        {
            var overdue = Waiting.Count(p => p.CheckIn == CheckInState.Overdue);
            return $"{Waiting.Count:N0} {(Waiting.Count == 1 ? "person" : "people")} waiting, {overdue:N0} overdue";
        }
    }

    private WaitingListSort SortBy => Sort switch
    {
        "risk" => WaitingListSort.Risk,
        "waiting" => WaitingListSort.WaitingSince,
        "check-in" => WaitingListSort.CheckInDue,
        _ => WaitingListSort.Default,
    };

    private string SortColumn => SortBy == WaitingListSort.Default ? string.Empty : Sort!;

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken cancellationToken)
    {
        if (catalogue.Find(key) is not { } team)
        {
            return NotFound();
        }

        // As on the queue page, a value that is not a risk, check-in state or referral type is dropped: the list
        // shows, unfiltered by it.
        ModelState.Clear();
        Risk = [.. Risk.Where(Enum.IsDefined).Distinct()];
        CheckIn = [.. CheckIn.Where(Enum.IsDefined).Distinct()];
        WaitingFor = [.. WaitingFor.Where(Enum.IsDefined).Distinct()];
        Team = team;
        Now = clock.GetUtcNow();
        var query = new WaitingListQuery
        {
            Risks = Risk,
            CheckIns = CheckIn,
            WaitingFor = WaitingFor,
            Sort = SortBy,
            Descending = Order == "descending",
        };
        Waiting = await waitingList.ForTeamAsync(key, query, cancellationToken);
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
