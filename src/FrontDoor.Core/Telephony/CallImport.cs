namespace FrontDoor.Core.Telephony;

/// <summary>
/// One upload of the telephony's call records (from the page or <c>frontdoor import-calls</c>): which file, when
/// and by whom, and what came of it. Each call record names the import that brought it in.
/// </summary>
public sealed class CallImport
{
    public const int MaxFileNameLength = 260;
    public const int MaxActorLength = 200;

    public CallImport(Guid id, string fileName, string importedBy, string? importedByName, DateTimeOffset importedAt)
    {
        Id = id;
        FileName = (string.IsNullOrWhiteSpace(fileName) ? "(no name)" : Path.GetFileName(fileName.Trim())).Bounded(MaxFileNameLength);
        ImportedBy = importedBy.Bounded(MaxActorLength);
        ImportedByName = importedByName?.Bounded(MaxActorLength);
        ImportedAt = importedAt;
    }

    private CallImport()
    {
        FileName = null!;
        ImportedBy = null!;
    }

    public Guid Id { get; private set; }

    public string FileName { get; private set; }

    /// <summary>Who imported it: a staff member's id as on the audit trail, or the command line's user.</summary>
    public string ImportedBy { get; private set; }

    public string? ImportedByName { get; private set; }

    public DateTimeOffset ImportedAt { get; private set; }

    public int RowsRead { get; private set; }

    public int Imported { get; private set; }

    public int AlreadyImported { get; private set; }

    public int RowsWithErrors { get; private set; }

    public void Record(CallImportResult result)
    {
        RowsRead = result.RowsRead;
        Imported = result.Imported;
        AlreadyImported = result.AlreadyImported;
        RowsWithErrors = result.Errors.Count;
    }
}
