using FrontDoor.Web.Authorisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Flows = FrontDoor.Core.Triage.Flows;

namespace FrontDoor.Web.Pages.Staff.TriageFlows;

/// <summary>The triage flows in force, by title; team managers can upload a new version or a new flow.</summary>
public sealed class IndexModel(Flows.TriageFlowCatalogue catalogue, IAuthorizationService authorisation) : PageModel
{
    public IReadOnlyList<Flows.TriageFlow> Flows { get; private set; } = [];

    public bool CanUpload { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Flows = await catalogue.InForceAsync(cancellationToken);
        CanUpload = (await authorisation.AuthorizeAsync(User, Policies.Managers)).Succeeded;
    }
}
