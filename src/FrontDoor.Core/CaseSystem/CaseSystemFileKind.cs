namespace FrontDoor.Core.CaseSystem;

/// <summary>
/// The exports FrontDoor reads from the council's case system, in the order a nightly drop is imported: a worker
/// names a team, an allocation names a person, a worker and a team, and a merge names two people.
/// </summary>
public enum CaseSystemFileKind
{
    Teams,
    Workers,
    People,
    Allocations,
    Merges,
}

public static class CaseSystemFileKinds
{
    /// <summary>Every kind in the order they must be imported.</summary>
    public static IReadOnlyList<CaseSystemFileKind> InImportOrder { get; } =
        [CaseSystemFileKind.Teams, CaseSystemFileKind.Workers, CaseSystemFileKind.People, CaseSystemFileKind.Allocations, CaseSystemFileKind.Merges];

    /// <summary>"people", as the command line and file names spell it.</summary>
    public static string Name(this CaseSystemFileKind kind) => kind.ToString().ToLowerInvariant();

    public static bool TryParse(string? text, out CaseSystemFileKind kind)
    {
        foreach (var candidate in InImportOrder)
        {
            if (string.Equals(text?.Trim(), candidate.Name(), StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }

    /// <summary>What a row of the export is about, for messages: "person", "team".</summary>
    public static string RowNoun(this CaseSystemFileKind kind) => kind switch
    {
        CaseSystemFileKind.Teams => "team",
        CaseSystemFileKind.Workers => "worker",
        CaseSystemFileKind.People => "person",
        CaseSystemFileKind.Allocations => "allocation",
        _ => "merge",
    };
}
