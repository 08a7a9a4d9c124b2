using FrontDoor.Core.Triage.Flows;

namespace FrontDoor.Web.Pages.Staff.TriageFlows;

/// <summary>One box in the diagram: a step (a question) or an outcome, at its place in the drawing.</summary>
public sealed record FlowDiagramNode(string Id, IReadOnlyList<string> Lines, bool IsOutcome, bool IsStart, double X, double Y);

/// <summary>An arrow from one box to the next, labelled with the answer that takes it when the step branches.</summary>
public sealed record FlowDiagramEdge(double X1, double Y1, double X2, double Y2, string? Label);

/// <summary>
/// Lays a flow out top to bottom for an SVG drawn on the server (no script needed): each box on the row of its
/// longest path from the start, so every arrow points down, and boxes in a row in the order the flow reaches them.
/// The page gives the same flow as text beside it, which is what screen readers and keyboards use.
/// </summary>
public sealed class FlowDiagram
{
    public const double BoxWidth = 230;
    public const double BoxHeight = 78;
    private const double ColumnGap = 30;
    private const double RowGap = 64;
    private const double Margin = 10;
    private const int CharactersPerLine = 30;

    // Outcomes are in bold, which is wider.
    private const int OutcomeCharactersPerLine = 25;
    private const int MaxLines = 4;

    private FlowDiagram(IReadOnlyList<FlowDiagramNode> nodes, IReadOnlyList<FlowDiagramEdge> edges, double width, double height)
    {
        Nodes = nodes;
        Edges = edges;
        Width = width;
        Height = height;
    }

    public IReadOnlyList<FlowDiagramNode> Nodes { get; }

    public IReadOnlyList<FlowDiagramEdge> Edges { get; }

    public double Width { get; }

    public double Height { get; }

    public static FlowDiagram Of(TriageFlow flow)
    {
        var row = Rows(flow);
        var order = ReachOrder(flow);
        var rows = order.GroupBy(id => row[id]).OrderBy(g => g.Key).Select(g => g.ToList()).ToList();
        var widest = rows.Max(r => r.Count);
        var width = (widest * BoxWidth) + ((widest - 1) * ColumnGap) + (2 * Margin);

        var nodes = new Dictionary<string, FlowDiagramNode>(StringComparer.Ordinal);
        for (var r = 0; r < rows.Count; r++)
        {
            // Each row is centred, so a single box sits under the middle of a wide row above it.
            var rowWidth = (rows[r].Count * BoxWidth) + ((rows[r].Count - 1) * ColumnGap);
            var left = (width - rowWidth) / 2;
            for (var c = 0; c < rows[r].Count; c++)
            {
                var id = rows[r][c];
                var step = flow.Step(id);
                var text = step?.Question ?? TriageWords.Ending(flow.Outcome(id)!);
                nodes[id] = new FlowDiagramNode(id, Wrap(text, step is null ? OutcomeCharactersPerLine : CharactersPerLine), step is null, id == flow.Start, left + (c * (BoxWidth + ColumnGap)), Margin + (r * (BoxHeight + RowGap)));
            }
        }

        var edges = new List<FlowDiagramEdge>();
        foreach (var step in flow.Steps.Where(s => nodes.ContainsKey(s.Id)))
        {
            var from = nodes[step.Id];
            foreach (var next in step.Leads.Distinct(StringComparer.Ordinal))
            {
                var to = nodes[next];
                edges.Add(new FlowDiagramEdge(from.X + (BoxWidth / 2), from.Y + BoxHeight, to.X + (BoxWidth / 2), to.Y, EdgeLabel(step, next)));
            }
        }

        var height = (rows.Count * BoxHeight) + ((rows.Count - 1) * RowGap) + (2 * Margin);
        return new FlowDiagram([.. order.Select(id => nodes[id])], edges, width, height);
    }

    /// <summary>The row of each step and outcome: its longest path from the start (flows have no loops).</summary>
    private static Dictionary<string, int> Rows(TriageFlow flow)
    {
        var rows = new Dictionary<string, int>(StringComparer.Ordinal);
        void Place(string id, int row)
        {
            if (rows.TryGetValue(id, out var placed) && placed >= row)
            {
                return;
            }

            rows[id] = row;
            foreach (var next in flow.Step(id)?.Leads ?? [])
            {
                Place(next, row + 1);
            }
        }

        Place(flow.Start, 0);
        return rows;
    }

    private static List<string> ReachOrder(TriageFlow flow)
    {
        var order = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { flow.Start };
        var queue = new Queue<string>([flow.Start]);
        while (queue.TryDequeue(out var id))
        {
            order.Add(id);
            foreach (var next in flow.Step(id)?.Leads ?? [])
            {
                if (seen.Add(next))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return order;
    }

    /// <summary>The answer that takes this arrow; one arrow for several answers that lead to the same place.</summary>
    private static string? EdgeLabel(FlowStep step, string next)
    {
        if (!step.Branches)
        {
            return null;
        }

        var answers = step.Options.Where(o => o.Next == next).ToList();
        if (answers.Count == step.Options.Count)
        {
            return "Any answer";
        }

        var label = answers.Count == 1 ? answers[0].Label : $"{answers.Count} answers";
        return label.Length <= 28 ? label : $"{label[..26].TrimEnd()}…";
    }

    /// <summary>Words wrapped to the box, the last line cut with an ellipsis when the question is longer.</summary>
    public static IReadOnlyList<string> Wrap(string text, int charactersPerLine = CharactersPerLine)
    {
        var lines = new List<string>();
        var line = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > charactersPerLine)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : $"{line} {word}";
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        if (lines.Count > MaxLines)
        {
            lines = lines[..MaxLines];
            lines[^1] = $"{(lines[^1].Length > charactersPerLine - 1 ? lines[^1][..(charactersPerLine - 1)] : lines[^1]).TrimEnd()}…";
        }

        return lines;
    }
}
