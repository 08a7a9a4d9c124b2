using FrontDoor.Core.Triage.Flows;
using FrontDoor.Web.Authorisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.TriageFlows.Manage;

/// <summary>
/// A team manager puts an earlier version of a flow back in force, after confirming. It goes in as the next version
/// number, so what was in force when stays readable for every contact triaged with it.
/// </summary>
public sealed class PutBackModel(TriageFlowCatalogue catalogue) : PageModel
{
    public TriageFlow Earlier { get; private set; } = null!;

    public TriageFlow InForce { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id, int version, CancellationToken cancellationToken) =>
        await LoadAsync(id, version, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string id, int version, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, version, cancellationToken))
        {
            return NotFound();
        }

        if (await catalogue.PutBackAsync(id, version, StaffUser.Actor(User), HttpContext.Connection.RemoteIpAddress?.ToString(), cancellationToken) is not { } stored)
        {
            // Another manager changed the flow in between: show the page as it is now.
            return Redirect(TriageFlowLinks.Flow(id));
        }

        TempData[TriageFlowLinks.ChangedMessage] = $"Version {version} of {Earlier.Title} is back in force, as version {stored.Version}.";
        return Redirect(TriageFlowLinks.Flow(id));
    }

    private async Task<bool> LoadAsync(string id, int version, CancellationToken cancellationToken)
    {
        if (await catalogue.FindAsync(id, cancellationToken) is not { } inForce
            || inForce.Version == version
            || await catalogue.GetVersionAsync(id, version, cancellationToken) is not { } earlier)
        {
            return false;
        }

        (InForce, Earlier) = (inForce, earlier);
        return true;
    }
}
