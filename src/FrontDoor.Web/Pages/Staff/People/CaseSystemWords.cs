using System.Text.Json;
using FrontDoor.Core.CaseSystem;

namespace FrontDoor.Web.Pages.Staff.People;

/// <summary>How the person page words what the case-system imports did to a record.</summary>
public static class CaseSystemWords
{
    public static string Change(CaseSystemChangeKind change) => change switch
    {
        CaseSystemChangeKind.Added => "Added",
        CaseSystemChangeKind.Changed => "Changed",
        CaseSystemChangeKind.Ended => "Not in a full export",
        CaseSystemChangeKind.Returned => "Back in the export",
        CaseSystemChangeKind.Merged => "Merged into another record",
        _ => change.ToString(),
    };

    /// <summary>"address: 12 High Street, Loughborough, LE11 1AA; phones: none" from the stored JSON.</summary>
    public static string Values(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return string.Empty;
        }

        var values = JsonSerializer.Deserialize<Dictionary<string, string?>>(json) ?? [];
        return string.Join("; ", values.Select(v => $"{v.Key}: {(string.IsNullOrEmpty(v.Value) ? "none" : v.Value)}"));
    }
}
