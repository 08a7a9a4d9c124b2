namespace FrontDoor.Core.CaseSystem;

public enum CaseSystemImportStatus
{
    /// <summary>Rows are being applied, batch by batch; a run left here by a stopped process shows as interrupted.</summary>
    Running,

    /// <summary>Every row was read; the good ones applied, the bad ones refused and listed.</summary>
    Completed,

    /// <summary>The file was not an export of its kind (wrong headers, binary, empty): nothing was written.</summary>
    Refused,

    /// <summary>Something outside the file stopped it (the database went away); whole batches applied stay applied and a rerun finishes the job.</summary>
    Failed,
}

/// <summary>
/// One import of one case-system export: which file, of what kind, when, by whom, and its report. Counts are
/// updated with each batch in the batch's own transaction, so they always say what is in the database.
/// </summary>
public sealed class CaseSystemImportRun
{
    public const int MaxFileNameLength = 260;
    public const int MaxActorLength = 200;
    public const int MaxMessageLength = 1000;

    /// <summary>Refused rows kept with the run; a file with more has its count but only the first ones listed.</summary>
    public const int MaxRefusalsKept = 1000;

    public CaseSystemImportRun(Guid id, CaseSystemFileKind kind, string fileName, bool full, string importedBy, string? importedByName, DateTimeOffset startedAt)
    {
        Id = id;
        Kind = kind;
        FileName = (string.IsNullOrWhiteSpace(fileName) ? "(no name)" : Path.GetFileName(fileName.Trim())).Bounded(MaxFileNameLength);
        Full = full;
        ImportedBy = importedBy.Bounded(MaxActorLength);
        ImportedByName = importedByName?.Bounded(MaxActorLength);
        StartedAt = startedAt;
        LastProgressAt = startedAt;
        Status = CaseSystemImportStatus.Running;
    }

    private CaseSystemImportRun()
    {
        FileName = null!;
        ImportedBy = null!;
    }

    public Guid Id { get; private set; }

    public CaseSystemFileKind Kind { get; private set; }

    public string FileName { get; private set; }

    /// <summary>The file was the whole list: what it left out was ended or marked as no longer in the case system.</summary>
    public bool Full { get; private set; }

    /// <summary>A staff member's id as on the audit trail, the command line's user, or the watched folder.</summary>
    public string ImportedBy { get; private set; }

    public string? ImportedByName { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    /// <summary>When the last batch was applied: a running import that stops moving was interrupted.</summary>
    public DateTimeOffset LastProgressAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public CaseSystemImportStatus Status { get; private set; }

    public int RowsRead { get; private set; }

    public int Added { get; private set; }

    public int Changed { get; private set; }

    public int Unchanged { get; private set; }

    /// <summary>Allocations ended, and people, teams or workers marked as no longer in the case system, by a full file.</summary>
    public int Ended { get; private set; }

    public int Refused { get; private set; }

    /// <summary>Why the whole file was refused, what stopped the run, or why a full file ended nothing; never personal data.</summary>
    public string? Message { get; private set; }

    /// <summary>How many of the refused rows are kept (as <see cref="CaseSystemImportRefusal"/>), the first <see cref="MaxRefusalsKept"/>.</summary>
    public int RefusalsKept { get; private set; }

    public bool IsInterrupted(DateTimeOffset now, TimeSpan quietFor) => Status == CaseSystemImportStatus.Running && now - LastProgressAt > quietFor;

    /// <summary>Adds a batch's counts; returns the refusals to keep, which the caller adds to the same unit of work.</summary>
    public IReadOnlyList<CaseSystemImportRefusal> Count(CaseSystemImportTally tally, DateTimeOffset now)
    {
        RowsRead += tally.RowsRead;
        Added += tally.Added;
        Changed += tally.Changed;
        Unchanged += tally.Unchanged;
        Ended += tally.Ended;
        Refused += tally.Refusals.Count;
        var kept = tally.Refusals.Take(MaxRefusalsKept - RefusalsKept).Select(r => new CaseSystemImportRefusal(Id, r.Line, r.Reason)).ToList();
        RefusalsKept += kept.Count;
        LastProgressAt = now;
        return kept;
    }

    public void Complete(DateTimeOffset now)
    {
        Status = CaseSystemImportStatus.Completed;
        FinishedAt = now;
        LastProgressAt = now;
    }

    /// <summary>The rows were imported but a full file's ending was held back, for the reason given.</summary>
    public void HoldBack(string reason) => Message = reason.Bounded(MaxMessageLength);

    public void Refuse(string reason, DateTimeOffset now)
    {
        Status = CaseSystemImportStatus.Refused;
        Message = reason.Bounded(MaxMessageLength);
        FinishedAt = now;
    }

    public void Fail(string reason, DateTimeOffset now)
    {
        Status = CaseSystemImportStatus.Failed;
        Message = reason.Bounded(MaxMessageLength);
        FinishedAt = now;
    }

    /// <summary>"1,000 rows read: 990 added, 0 changed, 0 unchanged, 0 ended, 10 refused".</summary>
    public string Summary => $"{RowsRead:N0} rows read: {Added:N0} added, {Changed:N0} changed, {Unchanged:N0} unchanged, {Ended:N0} ended, {Refused:N0} refused";
}

/// <summary>A row the import refused, with its line in the file and why (naming the column, never its value).</summary>
public sealed class CaseSystemImportRefusal(Guid runId, int line, string reason)
{
    public const int MaxReasonLength = 500;

    public Guid RunId { get; private set; } = runId;

    public int Line { get; private set; } = line;

    public string Reason { get; private set; } = reason.Bounded(MaxReasonLength);

    public override string ToString() => $"Line {Line}: {Reason}";
}

/// <summary>What one batch (or the ending of a full file) did, added to its run in the batch's transaction.</summary>
public sealed class CaseSystemImportTally
{
    public int RowsRead { get; set; }

    public int Added { get; set; }

    public int Changed { get; set; }

    public int Unchanged { get; set; }

    public int Ended { get; set; }

    public List<RowRefusal> Refusals { get; } = [];

    public void Refuse(int line, string reason) => Refusals.Add(new RowRefusal(line, reason));

    public readonly record struct RowRefusal(int Line, string Reason);
}
