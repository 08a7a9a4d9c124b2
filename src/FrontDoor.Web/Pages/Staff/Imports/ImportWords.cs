using FrontDoor.Core.CaseSystem;

namespace FrontDoor.Web.Pages.Staff.Imports;

/// <summary>How import runs read on the imports pages.</summary>
public static class ImportWords
{
    /// <summary>"People", for a table cell or summary key.</summary>
    public static string Kind(CaseSystemFileKind kind) => kind switch
    {
        CaseSystemFileKind.Teams => "Teams",
        CaseSystemFileKind.Workers => "Workers",
        CaseSystemFileKind.People => "People",
        CaseSystemFileKind.Allocations => "Allocations",
        _ => "Merges",
    };

    public static string Scope(CaseSystemImportRun run) => run.Full ? "Full list" : "Changes";

    public static string Who(CaseSystemImportRun run) => run.ImportedByName ?? run.ImportedBy;

    /// <summary>A running import that has stopped moving died with its process: it shows as interrupted.</summary>
    public static string Status(CaseSystemImportRun run, bool interrupted) => interrupted ? "Interrupted" : run.Status switch
    {
        CaseSystemImportStatus.Running => "Running",
        CaseSystemImportStatus.Completed => "Completed",
        CaseSystemImportStatus.Refused => "Refused",
        _ => "Failed",
    };

    public static string StatusColour(CaseSystemImportRun run, bool interrupted) => interrupted ? "orange" : run.Status switch
    {
        CaseSystemImportStatus.Running => "blue",
        CaseSystemImportStatus.Completed => "green",
        _ => "red",
    };
}
