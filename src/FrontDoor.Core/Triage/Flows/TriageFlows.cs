namespace FrontDoor.Core.Triage.Flows;

/// <summary>
/// The triage flows shipped with FrontDoor, read and checked once when the app starts (a broken flow stops the start
/// with the file, line and reason, rather than failing in front of an advisor on a call). The flows in force are these
/// with managers' uploads over them: <see cref="TriageFlowCatalogue"/>.
/// </summary>
public sealed class TriageFlows
{
    private readonly Dictionary<string, TriageFlow> _byId;

    public TriageFlows()
        : this(TriageFlowFiles.ReadShipped())
    {
    }

    public TriageFlows(FlowSet set)
    {
        if (!set.IsValid)
        {
            var more = set.Problems.Count > 1 ? $" (and {set.Problems.Count - 1} more problems: run frontdoor flows validate)" : string.Empty;
            throw new InvalidConfigurationException($"A triage flow is not valid: {set.Problems[0]}{more}");
        }

        All = [.. set.Flows.OrderBy(f => f.Title, StringComparer.Ordinal)];
        _byId = set.Flows.ToDictionary(f => f.Id, StringComparer.Ordinal);
    }

    /// <summary>By title, as advisors choose from them.</summary>
    public IReadOnlyList<TriageFlow> All { get; }

    public TriageFlow? Find(string id) => _byId.GetValueOrDefault(id);
}
