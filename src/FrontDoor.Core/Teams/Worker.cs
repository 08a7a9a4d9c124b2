using FrontDoor.Core.CaseSystem;
using FrontDoor.Core.People;

namespace FrontDoor.Core.Teams;

public enum WorkerRole
{
    SocialWorker,
    SeniorPractitioner,
    OccupationalTherapist,
    CommunitySupportWorker,
    ReablementWorker,
    ApprovedMentalHealthProfessional,
    CustomerServiceAdvisor,
    TeamManager,
}

/// <summary>A member of staff people can be allocated to.</summary>
public sealed class Worker : ICaseSystemListed
{
    public Worker(Guid id, string name, WorkerRole role, Guid teamId, PhoneNumber? workPhone)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainValidationException(nameof(Name), "Enter the worker's name");
        }

        Id = id;
        Name = name.Trim();
        Role = role;
        TeamId = teamId;
        WorkPhone = workPhone;
    }

    private Worker()
    {
        Name = null!;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public WorkerRole Role { get; private set; }

    public Guid TeamId { get; private set; }

    public PhoneNumber? WorkPhone { get; private set; }

    /// <summary>The worker's id in the council's case system; null for a worker FrontDoor holds only itself.</summary>
    public string? CaseSystemId { get; private set; }

    /// <summary>When a full export from the case system last came without this worker (kept: allocations point to them).</summary>
    public DateTimeOffset? LeftCaseSystemAt { get; private set; }

    public void MoveToTeam(Guid teamId) => TeamId = teamId;

    public void SetCaseSystemId(string? caseSystemId) => CaseSystemId = caseSystemId;

    /// <summary>What the case system now says about the worker.</summary>
    public void Update(string name, WorkerRole role, Guid teamId, PhoneNumber? workPhone)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainValidationException(nameof(Name), "Enter the worker's name");
        }

        Name = name.Trim();
        Role = role;
        TeamId = teamId;
        WorkPhone = workPhone;
    }

    public void LeaveCaseSystem(DateTimeOffset now) => LeftCaseSystemAt = now;

    public void ReturnToCaseSystem() => LeftCaseSystemAt = null;
}
