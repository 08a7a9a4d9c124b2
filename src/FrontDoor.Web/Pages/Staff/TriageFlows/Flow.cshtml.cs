using FrontDoor.Web.Authorisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Flows = FrontDoor.Core.Triage.Flows;

namespace FrontDoor.Web.Pages.Staff.TriageFlows;

/// <summary>
/// One flow as a diagram and, for reading aloud or by keyboard, the same flow as text: the version in force, or an
/// earlier one (<c>?version=</c>), with every version listed; team managers can put an earlier one back.
/// </summary>
public sealed class FlowModel(Flows.TriageFlowCatalogue catalogue, IAuthorizationService authorisation) : PageModel
{
    public Flows.TriageFlow Flow { get; private set; } = null!;

    public FlowDiagram Diagram { get; private set; } = null!;

    public IReadOnlyList<Flows.FlowVersionEntry> Versions { get; private set; } = [];

    /// <summary>The version in force now, when the page shows another.</summary>
    public int InForceVersion { get; private set; }

    public bool ShowsVersionInForce => Flow.Version == InForceVersion;

    public bool CanManage { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, int? version, CancellationToken cancellationToken)
    {
        if (await catalogue.FindAsync(id, cancellationToken) is not { } inForce)
        {
            return NotFound();
        }

        var shown = version is { } asked && asked != inForce.Version ? await catalogue.GetVersionAsync(id, asked, cancellationToken) : inForce;
        if (shown is null)
        {
            return NotFound();
        }

        Flow = shown;
        InForceVersion = inForce.Version;
        Diagram = FlowDiagram.Of(shown);
        Versions = await catalogue.VersionsAsync(id, cancellationToken);
        CanManage = (await authorisation.AuthorizeAsync(User, Policies.Managers)).Succeeded;
        return Page();
    }

    /// <summary>Where a step or outcome is on the page, for "go to" links.</summary>
    public string AnchorOf(string id) => Flow.Step(id) is null ? $"outcome-{id}" : $"step-{id}";

    /// <summary>What a step or outcome id is called on the page, for "go to" links.</summary>
    public string NameOf(string id) => Flow.Step(id)?.Question ?? $"Outcome: {TriageWords.Ending(Flow.Outcome(id)!)}";
}
