namespace FrontDoor.Core.CaseSystem;

public enum CaseSystemChangeKind
{
    Added,
    Changed,

    /// <summary>A full export left the record out: a person, team or worker marked as gone, an allocation ended.</summary>
    Ended,

    /// <summary>A record marked as gone came back in an export.</summary>
    Returned,

    /// <summary>The case system merged this person's record into another.</summary>
    Merged,
}

/// <summary>
/// What an import did to one record: which fields changed, with their values before and after (JSON, field by
/// field). The history of a record from the case system, kept for audit; the audit trail says who looked at it.
/// </summary>
public sealed class CaseSystemChange
{
    public CaseSystemChange(Guid id, Guid runId, CaseSystemFileKind kind, Guid recordId, string? caseSystemId, CaseSystemChangeKind change, DateTimeOffset at, string? fields = null, string? before = null, string? after = null)
    {
        Id = id;
        RunId = runId;
        Kind = kind;
        RecordId = recordId;
        CaseSystemId = caseSystemId;
        Change = change;
        At = at;
        Fields = fields;
        Before = before;
        After = after;
    }

    private CaseSystemChange()
    {
    }

    public Guid Id { get; private set; }

    public Guid RunId { get; private set; }

    public CaseSystemFileKind Kind { get; private set; }

    /// <summary>FrontDoor's id of the person, team, worker or allocation.</summary>
    public Guid RecordId { get; private set; }

    public string? CaseSystemId { get; private set; }

    public CaseSystemChangeKind Change { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>The fields that changed, as the export names them: "family_name, postcode".</summary>
    public string? Fields { get; private set; }

    public string? Before { get; private set; }

    public string? After { get; private set; }
}

/// <summary>
/// A case-system id that now belongs to another person because the case system merged the two records: a search
/// or a referral quoting the old id (from an old letter, say) finds the kept record.
/// </summary>
public sealed class CaseSystemAlias(string caseSystemId, Guid personId, DateTimeOffset mergedAt, Guid runId)
{
    public string CaseSystemId { get; private set; } = caseSystemId;

    /// <summary>The kept person.</summary>
    public Guid PersonId { get; private set; } = personId;

    public DateTimeOffset MergedAt { get; private set; } = mergedAt;

    public Guid RunId { get; private set; } = runId;

    /// <summary>When the alias last changed, so every node's in-memory copy catches up.</summary>
    public DateTimeOffset UpdatedAt { get; private set; } = mergedAt;

    /// <summary>A later merge of the kept record moves the alias on to the record that kept it in turn.</summary>
    public void MoveTo(Guid personId, DateTimeOffset now)
    {
        PersonId = personId;
        UpdatedAt = now;
    }
}
