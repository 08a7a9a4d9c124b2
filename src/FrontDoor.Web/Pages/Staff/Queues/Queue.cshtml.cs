using System.Globalization;
using FrontDoor.Core;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Triage.Flows;
using FrontDoor.Core.WorkQueues;
using FrontDoor.Web.Authorisation;
using FrontDoor.Web.Pages.Staff.Contacts;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.Queues;

/// <summary>
/// One queue's open contacts in the order they should be worked. Filters and sorting are GET query parameters and
/// claiming is a plain form post, so the page works without JavaScript.
/// </summary>
public sealed class QueueModel(WorkQueueQueries queries, WorkQueueCatalogue catalogue, ContactWork work, ContactEventWords eventWords, TimeProvider clock) : PageModel
{
    public const int PageSize = 25;

    /// <summary>The query key for the page number ("page" itself is Razor Pages' own route value).</summary>
    public const string PageNumberKey = "pageNumber";

    /// <summary>The priority filter's value for contacts the priority rules have not looked at yet.</summary>
    public const string NoPriority = "None";

    public const string ClaimedMessage = "QueueClaimed";

    [BindProperty(SupportsGet = true)]
    public List<string> Priority { get; set; } = [];

    [BindProperty(SupportsGet = true)]
    public List<QueueAge> Age { get; set; } = [];

    /// <summary>"yes": someone is working it; "no": no one has taken it yet; anything else: either.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Assigned { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Matched { get; set; }

    [BindProperty(SupportsGet = true)]
    public List<ContactChannel> Channel { get; set; } = [];

    [BindProperty(SupportsGet = true)]
    public List<ContactSource> Source { get; set; } = [];

    /// <summary>"priority" (the queue's own order), "due" or "received".</summary>
    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    /// <summary>"ascending" or "descending", as the table's aria-sort says.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Order { get; set; }

    [BindProperty(SupportsGet = true, Name = PageNumberKey)]
    public int PageNumber { get; set; } = 1;

    public WorkQueueDefinition Queue { get; private set; } = null!;

    public QueuePage Contacts { get; private set; } = new([], 0);

    public Paging Paging => new(PageNumber, PageSize, Contacts.Total);

    public PaginationLinks Pagination => new(Paging, $"Pages of {Queue.Name}", PageHref, "queue-pagination");

    public DateTimeOffset Now { get; private set; }

    public string CurrentUserId { get; private set; } = string.Empty;

    /// <summary>After a refused claim: who changed the contact, and what they did, since this page was shown.</summary>
    public IReadOnlyList<string> ChangesSince { get; private set; } = [];

    public QueueSort SortBy => Sort switch
    {
        "due" => QueueSort.Due,
        "received" => QueueSort.Received,
        _ => QueueSort.Priority,
    };

    public bool Descending => Order == "descending";

    public bool Filtered => Priority.Count > 0 || Age.Count > 0 || AssignedFilter is not null || MatchedFilter is not null || Channel.Count > 0 || Source.Count > 0;

    private bool? AssignedFilter => YesNo(Assigned);

    private bool? MatchedFilter => YesNo(Matched);

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken cancellationToken)
    {
        // A value that is not a channel, source or age is dropped by binding: the list shows, unfiltered by it.
        ModelState.Clear();
        return await LoadAsync(key, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostClaimAsync(string key, Guid contactId, int version, CancellationToken cancellationToken)
    {
        if (catalogue.Find(key) is null)
        {
            return NotFound();
        }

        try
        {
            var contact = await work.ClaimAsync(contactId, version, StaffUser.Actor(User), cancellationToken);
            TempData[ClaimedMessage] = $"You are working contact {contact.Reference}";
            return Redirect($"/staff/contacts/{contactId}");
        }
        catch (ContactChangedException changed)
        {
            ModelState.Clear();
            ModelState.AddModelError(string.Empty, "Someone else changed the contact after this page was shown, so it was not claimed. See what they did below and try again.");
            ChangesSince = eventWords.ChangesSince(changed);
        }
        catch (DomainValidationException refused)
        {
            ModelState.Clear();
            ModelState.AddModelError(string.Empty, refused.Message);
        }

        return await LoadAsync(key, cancellationToken) ? Page() : NotFound();
    }

    /// <summary>This list with the same filters, on another page.</summary>
    public string PageHref(int number) => WithQuery((PageNumberKey, number.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The column's header link: sorts by it, or the other way if it already does.</summary>
    public string SortHref(string column) => Sorting.Href(column);

    /// <summary>What the column's header tells screen readers: how the table is sorted by it, if it is.</summary>
    public string AriaSort(string column) => Sorting.AriaSort(column);

    /// <summary>Where a row's claim button posts: this page as it is (filters, order, page), so a refusal shows it again.</summary>
    public string ClaimAction
    {
        get
        {
            var query = new QueryBuilder(Request.Query.Where(p => p.Key != "handler").SelectMany(p => p.Value.Select(v => KeyValuePair.Create(p.Key, v ?? string.Empty))));
            query.Add("handler", "Claim");
            return QueueWords.QueueHref(Queue.Key) + query.ToQueryString();
        }
    }

    private SortLinks Sorting => new(Request, QueueWords.QueueHref(Queue.Key), SortBy.ToString().ToLowerInvariant(), Descending, PageNumberKey);

    private async Task<bool> LoadAsync(string key, CancellationToken cancellationToken)
    {
        if (catalogue.Find(key) is not { } queue)
        {
            return false;
        }

        Queue = queue;
        Now = clock.GetUtcNow();
        CurrentUserId = StaffUser.Id(User);
        PageNumber = Math.Max(1, PageNumber);
        var priorities = Priority.Select(p => Enum.TryParse<TriagePriority>(p, out var parsed) && Enum.IsDefined(parsed) ? parsed : (TriagePriority?)null).OfType<TriagePriority>().ToList();
        var filter = new QueueFilter
        {
            Channels = Channel,
            Sources = Source,
            Priorities = priorities,
            IncludeNoPriority = Priority.Contains(NoPriority),
            Ages = Age,
            Assigned = AssignedFilter,
            MatchedToPerson = MatchedFilter,
            Sort = SortBy,
            Descending = Descending,
        };
        Contacts = await queries.ListAsync(queue.Key, filter, PageSize, PageNumber, StaffUser.Actor(User), cancellationToken);

        // Shown back as applied: "either" is the one chosen when no (or no known) answer was given.
        Assigned = AssignedFilter switch { true => "yes", false => "no", null => string.Empty };
        Matched = MatchedFilter switch { true => "yes", false => "no", null => string.Empty };
        return true;
    }

    private string WithQuery(params (string Key, string Value)[] replace) =>
        SortLinks.WithQuery(Request, QueueWords.QueueHref(Queue.Key), replace, [PageNumberKey]);

    private static bool? YesNo(string? value) => value switch { "yes" => true, "no" => false, _ => null };
}
