namespace FrontDoor.Core.CaseSystem;

/// <summary>The columns of each export, as the README, <c>--help</c> and the imports page describe them.</summary>
public static class CaseSystemExportFormats
{
    public static IReadOnlyList<string> RequiredColumns(CaseSystemFileKind kind) => kind switch
    {
        CaseSystemFileKind.Teams => ["team_id", "name", "duty_phone", "duty_email"],
        CaseSystemFileKind.Workers => ["worker_id", "name", "role", "team_id"],
        CaseSystemFileKind.People => ["person_id", "given_name", "family_name"],
        CaseSystemFileKind.Allocations => ["allocation_id", "person_id", "start_date"],
        _ => ["kept_id", "merged_id"],
    };

    public static IReadOnlyList<string> OptionalColumns(CaseSystemFileKind kind) => kind switch
    {
        CaseSystemFileKind.Teams => ["opens", "closes", "open_weekends"],
        CaseSystemFileKind.Workers => ["work_phone"],
        CaseSystemFileKind.People =>
        [
            "known_as", "former_family_name", "date_of_birth", "nhs_number", "address_line1", "address_line2", "address_line3", "town", "postcode",
            "phones", "email", "interpreter_language", "british_sign_language", "easy_read", "large_print", "other_communication_needs",
        ],
        CaseSystemFileKind.Allocations => ["worker_id", "team_id", "end_date"],
        _ => [],
    };

    /// <summary>"person_id,given_name,family_name required; known_as, … optional".</summary>
    public static string Describe(CaseSystemFileKind kind)
    {
        var optional = OptionalColumns(kind);
        var extra = kind == CaseSystemFileKind.Allocations ? " (with worker_id, team_id or both)" : string.Empty;
        return optional.Count == 0
            ? $"{string.Join(',', RequiredColumns(kind))} required"
            : $"{string.Join(',', RequiredColumns(kind))} required{extra}; {string.Join(',', optional)} optional";
    }
}
