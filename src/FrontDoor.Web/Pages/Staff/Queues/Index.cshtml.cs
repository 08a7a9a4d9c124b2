using FrontDoor.Core.WorkQueues;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.Queues;

public sealed class IndexModel(WorkQueueQueries queries, TimeProvider clock) : PageModel
{
    public IReadOnlyList<QueueSummary> Queues { get; private set; } = [];

    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Now = clock.GetUtcNow();
        Queues = await queries.OverviewAsync(cancellationToken);
    }
}
