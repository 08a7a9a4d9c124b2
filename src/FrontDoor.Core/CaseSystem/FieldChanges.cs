using System.Text.Json;

namespace FrontDoor.Core.CaseSystem;

/// <summary>The fields an import changed on one record, with their values before and after, for its history.</summary>
internal sealed class FieldChanges
{
    private readonly Dictionary<string, string?> _before = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _after = new(StringComparer.Ordinal);

    public bool Any => _after.Count > 0;

    /// <summary>Notes the field when its value differs; true when it does.</summary>
    public bool Compare<T>(string field, T before, T after)
    {
        if (EqualityComparer<T>.Default.Equals(before, after))
        {
            return false;
        }

        _before[field] = before?.ToString();
        _after[field] = after?.ToString();
        return true;
    }

    public CaseSystemChange ToChange(CaseSystemImportScope scope, CaseSystemFileKind kind, Guid recordId, string caseSystemId, CaseSystemChangeKind change = CaseSystemChangeKind.Changed) =>
        new(Guid.CreateVersion7(scope.Now), scope.Run.Id, kind, recordId, caseSystemId, change, scope.Now,
            string.Join(", ", _after.Keys), JsonSerializer.Serialize(_before), JsonSerializer.Serialize(_after));
}
