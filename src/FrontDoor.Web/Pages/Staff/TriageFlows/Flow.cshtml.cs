using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Flows = FrontDoor.Core.Triage.Flows;

namespace FrontDoor.Web.Pages.Staff.TriageFlows;

/// <summary>One flow as a diagram and, for reading aloud or by keyboard, the same flow as text.</summary>
public sealed class FlowModel(Flows.TriageFlows flows) : PageModel
{
    public Flows.TriageFlow Flow { get; private set; } = null!;

    public FlowDiagram Diagram { get; private set; } = null!;

    public IActionResult OnGet(string id)
    {
        if (flows.Find(id) is not { } flow)
        {
            return NotFound();
        }

        Flow = flow;
        Diagram = FlowDiagram.Of(flow);
        return Page();
    }

    /// <summary>Where a step or outcome is on the page, for "go to" links.</summary>
    public string AnchorOf(string id) => Flow.Step(id) is null ? $"outcome-{id}" : $"step-{id}";

    /// <summary>What a step or outcome id is called on the page, for "go to" links.</summary>
    public string NameOf(string id) => Flow.Step(id)?.Question ?? $"Outcome: {TriageWords.Ending(Flow.Outcome(id)!)}";
}
