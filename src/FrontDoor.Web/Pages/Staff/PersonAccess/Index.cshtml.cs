using FrontDoor.Core.Audit;
using FrontDoor.Web.Authorisation;
using FrontDoor.Web.Components;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.PersonAccess;

/// <summary>
/// Who has looked at this person's record, for administrators answering a subject access request or an
/// information governance question. A GET filter: dates are not personal data, and the page can be bookmarked.
/// </summary>
public sealed class IndexModel(PersonAccessReport report) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public DateParts From { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public DateParts To { get; set; } = new();

    /// <summary>Which page of events ("page" itself is Razor Pages' own route value).</summary>
    [BindProperty(SupportsGet = true, Name = "events")]
    public int PageNumber { get; set; } = 1;

    public Guid PersonId { get; private set; }

    public PersonAccessPage Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        PersonId = id;

        // The page number comes only from our own links: a mangled one is page 1, not an error about a field nobody sees.
        ModelState.Remove("events");
        var from = Date(From, nameof(From), "from");
        var to = Date(To, nameof(To), "to");
        if (from is { } start && to is { } end && end < start)
        {
            ModelState.AddModelError(nameof(To), "The date to must be the same as or after the date from");
        }

        // A bad filter still shows the report, unfiltered, under the error summary.
        var query = ModelState.IsValid ? new PersonAccessQuery(id, from, to, PageNumber, PageSize) : new PersonAccessQuery(id, Page: PageNumber, PageSize: PageSize);
        if (await report.ReadPageAsync(query, StaffUser.Actor(User), HttpContext.Connection.RemoteIpAddress?.ToString(), cancellationToken) is not { } page)
        {
            return NotFound();
        }

        Report = page;
        PageNumber = page.Page;
        return Page();
    }

    /// <summary>The filter as it stands, for pagination links.</summary>
    public IDictionary<string, string?> RouteFor(int pageNumber) => new Dictionary<string, string?>
    {
        ["From.Day"] = From.Day,
        ["From.Month"] = From.Month,
        ["From.Year"] = From.Year,
        ["To.Day"] = To.Day,
        ["To.Month"] = To.Month,
        ["To.Year"] = To.Year,
        ["events"] = pageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>The page numbers to link, as GOV.UK pagination shows them: first, last and those around this one; null for a gap.</summary>
    public IEnumerable<int?> PageLinks()
    {
        int? previous = null;
        foreach (var number in Enumerable.Range(1, Report.PageCount).Where(n => n == 1 || n == Report.PageCount || Math.Abs(n - PageNumber) <= 1))
        {
            if (previous is { } last && number > last + 1)
            {
                yield return null;
            }

            yield return number;
            previous = number;
        }
    }

    public static string Roles(string? roles) =>
        string.IsNullOrEmpty(roles) ? "None (a system or partner)" : string.Join(", ", roles.Split(',').Select(Authorisation.Roles.DisplayName));

    private DateOnly? Date(DateParts parts, string key, string which)
    {
        if (parts.IsEmpty)
        {
            return null;
        }

        if (!parts.TryGetDate(out var date))
        {
            ModelState.AddModelError(key, $"The date {which} must be a real date, for example 27 3 2026");
            return null;
        }

        return date;
    }
}
