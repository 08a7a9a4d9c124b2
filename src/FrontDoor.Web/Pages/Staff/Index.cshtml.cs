using FrontDoor.Core.CaseFileAudits;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Review;
using FrontDoor.Core.WorkQueues;
using FrontDoor.Web.Authorisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff;

/// <summary>
/// Each role's own work first: an advisor's claimed contacts and the Tier 1 queue's head; a support worker's contacts
/// and their queues; a manager's every queue with its breaches and oldest items.
/// </summary>
/// <remarks>
/// A support worker's queues are the Tier 2 queues plus every queue they are working a contact in: FrontDoor keeps no
/// team membership of its own (the case system and the identity provider do), and the work they hold says where
/// they work. All queues are one link away.
/// </remarks>
public sealed class IndexModel(ContactRecords contacts, WorkQueueQueries queues, WorkQueueCatalogue catalogue, CaseFileAuditing audits, IAuthorizationService authorisation, TimeProvider clock) : PageModel
{
    /// <summary>How many of their own contacts and of a queue's head the home page lists before linking to the rest.</summary>
    public const int ListedOnHome = 10;

    public string UserName { get; private set; } = string.Empty;

    public IReadOnlyList<string> UserRoles { get; private set; } = [];

    public DateTimeOffset Now { get; private set; }

    public int OpenContacts { get; private set; }

    /// <summary>Administrators look after the case-system imports, the matching model and the care-provider list.</summary>
    public bool CanSeeImports { get; private set; }

    public bool IsManager { get; private set; }

    /// <summary>Case file auditors see their own list of cases to audit.</summary>
    public bool IsAuditor { get; private set; }

    /// <summary>
    /// Whether the user holds a role that works contacts and queues. A case file auditor who holds none sees only their
    /// audits: no queues, counts or scripts, none of which they may open.
    /// </summary>
    public bool WorksTheFrontDoor { get; private set; }

    /// <summary>For managers: the audits past their due date (the longest overdue listed) and how many there are.</summary>
    public (IReadOnlyList<OverdueCaseRow> Rows, int Total) OverdueAudits { get; private set; } = ([], 0);

    /// <summary>For an auditor: how many of their audits are overdue.</summary>
    public int MyOverdueAudits { get; private set; }

    public IReadOnlyList<(string Label, int Count)> ContactsByStatus { get; private set; } = [];

    /// <summary>The contacts the user is working; null for a role that does not work contacts (managers, administrators).</summary>
    public MyWork? MyWork { get; private set; }

    /// <summary>An advisor's next contacts to take: the head of the Tier 1 queue.</summary>
    public (WorkQueueDefinition Queue, QueuePage Page)? QueueHead { get; private set; }

    /// <summary>A manager's every queue, or a support worker's own queues.</summary>
    public IReadOnlyList<QueueSummary> Queues { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        UserName = StaffUser.Name(User);
        UserRoles = StaffUser.RoleNames(User);
        Now = clock.GetUtcNow();
        var userId = StaffUser.Id(User);
        var advisor = User.IsInRole(Roles.Advisor);
        var supportWorker = User.IsInRole(Roles.SupportWorker);
        IsManager = (await authorisation.AuthorizeAsync(User, Policies.Managers)).Succeeded;
        IsAuditor = User.IsInRole(Roles.Auditor);
        WorksTheFrontDoor = (await authorisation.AuthorizeAsync(User, Policies.Staff)).Succeeded;
        var today = DateOnly.FromDateTime(Now.UtcDateTime);
        if (IsAuditor)
        {
            MyOverdueAudits = (await audits.OverdueAsync(today, userId, cancellationToken)).Count;
        }

        if (!WorksTheFrontDoor)
        {
            return;
        }

        CanSeeImports = (await authorisation.AuthorizeAsync(User, Policies.Administrators)).Succeeded;

        var counts = await contacts.CountByStatusAsync(cancellationToken);
        OpenContacts = counts[ContactStatus.Open];
        ContactsByStatus = [.. Enum.GetValues<ContactStatus>().Select(status => (Label(status), counts[status]))];

        if (advisor || supportWorker)
        {
            MyWork = await queues.MyWorkAsync(userId, ListedOnHome, cancellationToken);
        }

        if (advisor)
        {
            var tier1 = catalogue.All.FirstOrDefault(q => q.Kind == WorkQueueKind.Tier1) ?? catalogue.Arrival;
            QueueHead = (tier1, await queues.ListAsync(tier1.Key, new QueueFilter { Assigned = false }, ListedOnHome, 1, StaffUser.Actor(User), cancellationToken));
        }

        if (IsManager)
        {
            var overdue = await audits.OverdueAsync(today, null, cancellationToken);
            OverdueAudits = ([.. overdue.Take(ListedOnHome)], overdue.Count);
            Queues = await queues.OverviewAsync(cancellationToken);
        }
        else if (supportWorker)
        {
            var worked = await queues.QueuesWorkedByAsync(userId, cancellationToken);
            Queues = [.. (await queues.OverviewAsync(cancellationToken)).Where(s => s.Queue.Kind == WorkQueueKind.Tier2 || worked.Contains(s.Queue.Key))];
        }
    }

    private static string Label(ContactStatus status) => status switch
    {
        ContactStatus.Received => "Received, not yet processed",
        ContactStatus.NeedsAttention => "Needs attention",
        ContactStatus.Open => "Open",
        ContactStatus.Routed => "Passed on",
        ContactStatus.PassedToAllocatedWorker => "Passed to allocated worker",
        ContactStatus.Closed => "Closed",
        _ => status.ToString(),
    };
}
