using Microsoft.AspNetCore.Mvc.RazorPages;
using Flows = FrontDoor.Core.Triage.Flows;

namespace FrontDoor.Web.Pages.Staff.TriageFlows;

/// <summary>The triage flows advisors can run, by title.</summary>
public sealed class IndexModel(Flows.TriageFlows flows) : PageModel
{
    public IReadOnlyList<Flows.TriageFlow> Flows { get; } = flows.All;

    public void OnGet()
    {
    }
}
