using System.Globalization;
using System.Text.Json;

namespace FrontDoor.Core.Triage.Flows;

/// <summary>
/// What a flow must be beyond its shape: one flow per file, named by its id; ids unique; every branch leading to a
/// step or outcome of this flow; every step and outcome reachable from the start; and no loops, so every path ends
/// in an outcome.
/// </summary>
internal static class FlowRules
{
    public static List<FlowProblem> Problems(string file, TriageFlow flow, YamlAsJson yaml)
    {
        var problems = new List<FlowProblem>();
        void Add(string pointer, string reason) => problems.Add(new FlowProblem(file, yaml.LineOf(pointer), reason));

        var fileName = Path.GetFileNameWithoutExtension(file);
        if (!string.Equals(fileName, flow.Id, StringComparison.Ordinal))
        {
            Add("/id", $"the flow's id is \"{flow.Id}\" but the file is named {Path.GetFileName(file)}: name it {flow.Id}.yaml");
        }

        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, pointer) in flow.Steps.Select((s, i) => (s.Id, $"/steps/{I(i)}/id")).Concat(flow.Outcomes.Select((o, i) => (o.Id, $"/outcomes/{I(i)}/id"))))
        {
            if (!ids.TryAdd(id, pointer))
            {
                Add(pointer, $"the id \"{id}\" is used twice (first at line {I(yaml.LineOf(ids[id]))}): steps and outcomes each need their own");
            }
        }

        // Endings that suggest the same outcome are told apart by their titles, in the diagram and on the contact.
        for (var i = 0; i < flow.Outcomes.Count; i++)
        {
            var ending = flow.Outcomes[i];
            var alike = flow.Outcomes.Where(o => o.Outcome == ending.Outcome).ToList();
            if (alike.Count > 1 && (ending.Title is null || alike.Count(o => o.Title == ending.Title) > 1))
            {
                Add($"/outcomes/{I(i)}", $"outcome \"{ending.Id}\": {alike.Count} endings suggest {JsonNamingPolicy.KebabCaseLower.ConvertName(ending.Outcome.ToString())}; give each its own title to tell them apart");
            }
        }

        if (flow.Step(flow.Start) is null)
        {
            Add("/start", flow.Outcome(flow.Start) is null ? $"start: no step has the id \"{flow.Start}\"" : $"start: \"{flow.Start}\" is an outcome; a flow starts with a step");
        }

        for (var i = 0; i < flow.Steps.Count; i++)
        {
            StepProblems(flow, flow.Steps[i], $"/steps/{I(i)}", ids, Add);
        }

        if (problems.Count == 0)
        {
            ReachProblems(flow, Add);
        }

        return [.. problems.OrderBy(p => p.Line)];
    }

    private static void StepProblems(TriageFlow flow, FlowStep step, string pointer, Dictionary<string, string> ids, Action<string, string> add)
    {
        var where = $"step \"{step.Id}\"";
        if (step.Branches)
        {
            if (step.Options.Count == 0)
            {
                add(pointer, $"{where}: a {Words(step.Answer)} question needs options, each with its next");
            }

            if (step.Next is not null)
            {
                add($"{pointer}/next", $"{where}: a {Words(step.Answer)} question goes on by its options; remove next");
            }
        }
        else
        {
            if (step.Next is null)
            {
                add(pointer, $"{where}: a {Words(step.Answer)} question needs next: the step or outcome that follows");
            }

            if (step.Options.Count > 0)
            {
                add($"{pointer}/options", $"{where}: a {Words(step.Answer)} question has no options; make it choice or yes-no, or remove them");
            }
        }

        if (step.Answer == FlowAnswerKind.YesNo && step.Options.Count > 0
            && !step.Options.Select(o => o.Value).Order(StringComparer.Ordinal).SequenceEqual(["no", "yes"]))
        {
            add($"{pointer}/options", $"{where}: a yes-no question has exactly two options, yes and no");
        }

        var values = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < step.Options.Count; i++)
        {
            var option = step.Options[i];
            if (!values.Add(option.Value))
            {
                add($"{pointer}/options/{I(i)}/value", $"{where}: the option \"{option.Value}\" is listed twice");
            }

            if (!ids.ContainsKey(option.Next))
            {
                add($"{pointer}/options/{I(i)}/next", $"{where}, option \"{option.Value}\": next \"{option.Next}\" is not a step or outcome in this flow");
            }
        }

        if (step.Next is { } next && !ids.ContainsKey(next))
        {
            add($"{pointer}/next", $"{where}: next \"{next}\" is not a step or outcome in this flow");
        }

        if (step.Leads.Contains(step.Id, StringComparer.Ordinal))
        {
            add(pointer, $"{where} leads back to itself: every path must end in an outcome");
        }
    }

    /// <summary>Walks from the start: a step that leads back to one on the current path is a loop; whatever is never reached is dead.</summary>
    private static void ReachProblems(TriageFlow flow, Action<string, string> add)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var onPath = new HashSet<string>(StringComparer.Ordinal);
        var looped = new HashSet<string>(StringComparer.Ordinal);

        void Visit(string id)
        {
            if (onPath.Contains(id))
            {
                looped.Add(id);
                return;
            }

            if (!reached.Add(id) || flow.Step(id) is not { } step)
            {
                return;
            }

            onPath.Add(id);
            foreach (var next in step.Leads)
            {
                Visit(next);
            }

            onPath.Remove(id);
        }

        Visit(flow.Start);
        for (var i = 0; i < flow.Steps.Count; i++)
        {
            var step = flow.Steps[i];
            if (looped.Contains(step.Id))
            {
                add($"/steps/{I(i)}", $"step \"{step.Id}\" is reached again from a later step: a loop, so a path could never end in an outcome");
            }
            else if (!reached.Contains(step.Id))
            {
                add($"/steps/{I(i)}", $"step \"{step.Id}\" is never reached from the start");
            }
        }

        for (var i = 0; i < flow.Outcomes.Count; i++)
        {
            if (!reached.Contains(flow.Outcomes[i].Id))
            {
                add($"/outcomes/{I(i)}", $"outcome \"{flow.Outcomes[i].Id}\" is never reached from the start");
            }
        }
    }

    private static string Words(FlowAnswerKind kind) => kind switch
    {
        FlowAnswerKind.YesNo => "yes-no",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);
}
