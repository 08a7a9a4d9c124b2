using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Review;
using FrontDoor.Web.Authorisation;
using FrontDoor.Web.Components;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.Contacts;

public sealed class IndexModel(ContactRecords records) : PageModel
{
    public const int PageSize = 50;

    /// <summary>The query key for the page number ("page" itself is Razor Pages' own route value).</summary>
    public const string PageNumberKey = "pageNumber";

    [BindProperty(SupportsGet = true)]
    public List<string> Attention { get; set; } = [];

    [BindProperty(SupportsGet = true)]
    public List<ContactStatus> Status { get; set; } = [];

    [BindProperty(SupportsGet = true)]
    public List<ContactChannel> Channel { get; set; } = [];

    [BindProperty(SupportsGet = true)]
    public List<ContactSource> Source { get; set; } = [];

    /// <summary>"yes" for contacts tied to a person record, "no" for those that are not yet; anything else is either.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Matched { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateParts ReceivedFrom { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public DateParts ReceivedTo { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = PageNumberKey)]
    public int PageNumber { get; set; } = 1;

    /// <summary>A team's work queue, as the KPI dashboard's drill-down for one team asks.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Queue { get; set; }

    /// <summary>"yes" for only the contacts someone phoned about to chase missing information: the chase calls KPI's drill-down.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ChaseCalls { get; set; }

    /// <summary>The person's age band at arrival, from a channel mix cell on the KPI dashboard.</summary>
    [BindProperty(SupportsGet = true)]
    public string? AgeBand { get; set; }

    /// <summary>The postcode district of the person's address, from a channel mix cell on the KPI dashboard.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Area { get; set; }

    public bool NeedsAttentionOnly => Attention.Contains("yes");

    public bool Filtered => Status.Count > 0 || Channel.Count > 0 || Source.Count > 0 || NeedsAttentionOnly || MatchedToPerson is not null || !ReceivedFrom.IsEmpty || !ReceivedTo.IsEmpty || !string.IsNullOrEmpty(Queue) || ChaseCallsOnly || !string.IsNullOrEmpty(AgeBand) || !string.IsNullOrEmpty(Area);

    private bool ChaseCallsOnly => ChaseCalls == "yes";

    public ContactListPage Contacts { get; private set; } = new([], 0);

    public int PageCount => Math.Max(1, (Contacts.Total + PageSize - 1) / PageSize);

    /// <summary>Where this page's contacts stand in the whole list, counting from 1.</summary>
    public (int First, int Last) Shown => ((PageNumber - 1) * PageSize + 1, ((PageNumber - 1) * PageSize) + Contacts.Rows.Count);

    private bool? MatchedToPerson => Matched switch { "yes" => true, "no" => false, _ => null };

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // A value that is not a status, channel or source is dropped by binding: the list shows, unfiltered by it.
        ModelState.Clear();
        PageNumber = Math.Max(1, PageNumber);
        var (from, to) = ReceivedDates();
        var filter = new ContactListFilter(Status, Channel, NeedsAttentionOnly) { Sources = Source, ReceivedFrom = from, ReceivedTo = to, MatchedToPerson = MatchedToPerson, QueueKey = string.IsNullOrEmpty(Queue) ? null : Queue,
            ChaseCallsOnly = ChaseCallsOnly, AgeBand = string.IsNullOrEmpty(AgeBand) ? null : AgeBand, Area = string.IsNullOrEmpty(Area) ? null : Area };
        Contacts = await records.ListAsync(filter, PageSize, PageNumber, StaffUser.Actor(User), cancellationToken);

        // Shown back as applied: "Matched or not" is the one chosen when no (or no known) answer was given.
        Matched = MatchedToPerson switch { true => "yes", false => "no", null => string.Empty };
    }

    /// <summary>The page numbers to link, as GOV.UK pagination shows them: first, last and those around this one; null for a gap.</summary>
    public IEnumerable<int?> PageLinks()
    {
        int? previous = null;
        foreach (var number in Enumerable.Range(1, PageCount).Where(n => n == 1 || n == PageCount || Math.Abs(n - PageNumber) <= 1))
        {
            if (previous is { } last && number > last + 1)
            {
                yield return null;
            }

            yield return number;
            previous = number;
        }
    }

    /// <summary>This list with the same filters, on another page.</summary>
    public string PageHref(int number)
    {
        var query = new QueryBuilder(Request.Query.Where(p => !string.Equals(p.Key, PageNumberKey, StringComparison.OrdinalIgnoreCase)).SelectMany(p => p.Value.Select(v => KeyValuePair.Create(p.Key, v ?? string.Empty))));
        query.Add(PageNumberKey, number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return "/staff/contacts" + query.ToQueryString();
    }

    /// <summary>The dates to filter by; a date that is not real, or a range that runs backwards, is an error and not applied.</summary>
    private (DateOnly? From, DateOnly? To) ReceivedDates()
    {
        DateOnly? Read(DateParts parts, string key, string name)
        {
            if (parts.IsEmpty)
            {
                return null;
            }

            if (parts.TryGetDate(out var date))
            {
                return date;
            }

            ModelState.AddModelError(key, $"{name} must be a real date");
            return null;
        }

        var from = Read(ReceivedFrom, nameof(ReceivedFrom), "Received from");
        var to = Read(ReceivedTo, nameof(ReceivedTo), "Received to");
        if (from > to)
        {
            ModelState.AddModelError(nameof(ReceivedFrom), "Received from must be the same as or before received to");
            return (null, null);
        }

        return (from, to);
    }
}
