using System.Globalization;
using FrontDoor.Core.Insight.Staffing;
using FrontDoor.Web.Components;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.Staffing;

/// <summary>
/// The capacity planner: for one weekday, the calls each half hour brings, the advisors the target needs, and, once
/// the manager enters a rota, what that rota would give. The sums are Core's; the page reads the rota and shows them.
/// </summary>
public sealed class IndexModel(StaffingPlanner planner) : PageModel
{
    public const int MostAdvisors = 1000;

    [BindProperty(SupportsGet = true)]
    public DayOfWeek Day { get; set; } = DayOfWeek.Monday;

    /// <summary>Advisors on the rota, one entry per half hour of <see cref="Day"/> that has calls, in time order; blank leaves it out.</summary>
    [BindProperty]
    public List<string?> Rota { get; set; } = [];

    public CallPattern? Pattern { get; private set; }

    public IReadOnlyList<IntervalPlan> Plan { get; private set; } = [];

    public StaffingTarget Target => planner.Target;

    public static IReadOnlyList<DayOfWeek> Week { get; } =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public bool HasRota => Plan.Any(p => p.Rota is not null);

    public static string RotaField(int index) => $"{nameof(Rota)}[{index}]";

    public static string RotaId(int index) => GovukField.IdFor(RotaField(index));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        KnownDayOrMonday();
        Pattern = await planner.ReadPatternAsync(cancellationToken);
        if (Pattern is not null)
        {
            Plan = planner.Plan(Pattern, Day);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        KnownDayOrMonday();
        Pattern = await planner.ReadPatternAsync(cancellationToken);
        if (Pattern is null)
        {
            return Page();
        }

        var intervals = Pattern.On(Day).ToList();
        var rota = new Dictionary<TimeOnly, int>();
        for (var i = 0; i < intervals.Count; i++)
        {
            var text = i < Rota.Count ? Rota[i]?.Trim() : null;
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var advisors) || advisors > MostAdvisors)
            {
                ModelState.AddModelError(RotaField(i), $"Advisors from {StaffingWords.Interval(intervals[i].Start)} must be a whole number from 0 to {MostAdvisors:N0}");
                continue;
            }

            rota[intervals[i].Start] = advisors;
        }

        if (ModelState.ErrorCount == 0 && rota.Count == 0)
        {
            ModelState.AddModelError(intervals.Count > 0 ? RotaField(0) : string.Empty, "Enter the advisors on the rota for at least one half hour");
        }

        Plan = planner.Plan(Pattern, Day, ModelState.IsValid ? rota : null);
        return Page();
    }

    // A mangled day in the address is Monday, not an error.
    private void KnownDayOrMonday()
    {
        if (!ModelState.IsValid && ModelState.ContainsKey(nameof(Day)) || !Enum.IsDefined(Day))
        {
            ModelState.Remove(nameof(Day));
            Day = DayOfWeek.Monday;
        }
    }
}
