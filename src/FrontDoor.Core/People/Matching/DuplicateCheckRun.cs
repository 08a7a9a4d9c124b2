namespace FrontDoor.Core.People.Matching;

public enum DuplicateCheckState
{
    /// <summary>Asked for; the next node free to run it will.</summary>
    Waiting,

    Running,

    Finished,

    Failed,
}

/// <summary>
/// One run of the duplicate check that a manager asked for from the duplicates page. A background job on whichever
/// node holds the check's lease runs it and writes its progress here, so the status page reads the same on every node.
/// </summary>
public sealed class DuplicateCheckRun
{
    public const int MaxActorLength = 200;
    public const int MaxStageLength = 50;
    public const int MaxOutcomeLength = 500;

    public DuplicateCheckRun(Guid id, string requestedBy, string? requestedByName, DateTimeOffset requestedAt)
    {
        Id = id;
        RequestedBy = requestedBy.Bounded(MaxActorLength);
        RequestedByName = requestedByName?.Bounded(MaxActorLength);
        RequestedAt = requestedAt;
        State = DuplicateCheckState.Waiting;
    }

    private DuplicateCheckRun()
    {
        RequestedBy = null!;
    }

    public Guid Id { get; private set; }

    /// <summary>The staff member's id, as on the audit trail.</summary>
    public string RequestedBy { get; private set; }

    /// <summary>Their name when they asked, to show on the status page.</summary>
    public string? RequestedByName { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public DuplicateCheckState State { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    /// <summary>When the running node last wrote progress; a run that stops beating was on a node that died.</summary>
    public DateTimeOffset? HeartbeatAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    /// <summary>The engine's stage ("normalising", "comparing"), in its words.</summary>
    public string? Stage { get; private set; }

    public long Done { get; private set; }

    public long Total { get; private set; }

    /// <summary>What the finished check found, or why it failed (an exception's type, never its message).</summary>
    public string? Outcome { get; private set; }

    public bool IsUnderWay => State is DuplicateCheckState.Waiting or DuplicateCheckState.Running;
}
