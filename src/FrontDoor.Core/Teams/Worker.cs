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
public sealed class Worker
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

    public void MoveToTeam(Guid teamId) => TeamId = teamId;
}
