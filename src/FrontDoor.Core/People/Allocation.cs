namespace FrontDoor.Core.People;

/// <summary>
/// Who is responsible for a person, and for how long: a named worker, a team, or both. An allocation with no
/// end date is current.
/// </summary>
public sealed class Allocation
{
    public Allocation(Guid id, Guid personId, Guid? workerId, Guid? teamId, DateOnly from, DateTimeOffset recordedAt, DateOnly? to = null)
    {
        if (workerId is null && teamId is null)
        {
            throw new DomainValidationException(nameof(WorkerId), "Choose a worker or a team to allocate to");
        }

        if (to is { } end && end < from)
        {
            throw new DomainValidationException(nameof(To), "End date must be the same as or after the start date");
        }

        Id = id;
        PersonId = personId;
        WorkerId = workerId;
        TeamId = teamId;
        From = from;
        To = to;
        UpdatedAt = recordedAt;
    }

    private Allocation()
    {
    }

    public Guid Id { get; private set; }

    public Guid PersonId { get; private set; }

    public Guid? WorkerId { get; private set; }

    public Guid? TeamId { get; private set; }

    public DateOnly From { get; private set; }

    public DateOnly? To { get; private set; }

    /// <summary>When this row last changed, so every node's in-memory copy of who holds whom can catch up.</summary>
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>The allocation's id in the council's case system; null for one FrontDoor recorded itself.</summary>
    public string? CaseSystemId { get; private set; }

    public bool IsCurrentOn(DateOnly day) => From <= day && (To is null || To >= day);

    public void SetCaseSystemId(string? caseSystemId) => CaseSystemId = caseSystemId;

    /// <summary>What the case system now says: whose, to whom, from and to when.</summary>
    public void Update(Guid personId, Guid? workerId, Guid? teamId, DateOnly from, DateOnly? to, DateTimeOffset now)
    {
        if (workerId is null && teamId is null)
        {
            throw new DomainValidationException(nameof(WorkerId), "Choose a worker or a team to allocate to");
        }

        if (to is { } end && end < from)
        {
            throw new DomainValidationException(nameof(To), "End date must be the same as or after the start date");
        }

        PersonId = personId;
        WorkerId = workerId;
        TeamId = teamId;
        From = from;
        To = to;
        UpdatedAt = now;
    }

    /// <summary>The person's record was merged into another: the allocation follows the kept record.</summary>
    public void MoveToPerson(Guid personId, DateTimeOffset now)
    {
        PersonId = personId;
        UpdatedAt = now;
    }

    public void End(DateOnly on, DateTimeOffset now)
    {
        if (on < From)
        {
            throw new DomainValidationException(nameof(To), "End date must be the same as or after the start date");
        }

        To = on;
        UpdatedAt = now;
    }
}
