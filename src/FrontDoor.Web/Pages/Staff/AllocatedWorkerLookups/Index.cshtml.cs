using FrontDoor.Core.People.AllocatedWorker;
using FrontDoor.Web.Authorisation;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace FrontDoor.Web.Pages.Staff.AllocatedWorkerLookups;

/// <summary>NHS numbers and references someone keeps failing to match on "find your worker": a sign of guessing at a person's date of birth.</summary>
public sealed class IndexModel(AllocatedWorkerLookup lookup, IOptions<AllocatedWorkerOptions> options) : PageModel
{
    public static readonly TimeSpan Within = TimeSpan.FromDays(1);

    public IReadOnlyList<RepeatedLookupFailures> Failures { get; private set; } = [];

    public int ReportFrom => options.Value.ReportFailuresFrom;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Failures = await lookup.RepeatedFailuresAsync(Within, StaffUser.Actor(User), HttpContext.Connection.RemoteIpAddress?.ToString(), cancellationToken);
}
