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
    public Worker(Guid id, string name, WorkerRole role, Guid teamId, PhoneNumber? workPhone, string? email = null)
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
        Email = Checked(email);
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

    /// <summary>The worker's work email as the case system gives it; null when it gives none (their team's duty inbox is used).</summary>
    public string? Email { get; private set; }

    /// <summary>The worker's id in the council's case system; null for a worker FrontDoor holds only itself.</summary>
    public string? CaseSystemId { get; private set; }

    /// <summary>When a full export from the case system last came without this worker (kept: allocations point to them).</summary>
    public DateTimeOffset? LeftCaseSystemAt { get; private set; }

    public void MoveToTeam(Guid teamId) => TeamId = teamId;

    public void SetCaseSystemId(string? caseSystemId) => CaseSystemId = caseSystemId;

    /// <summary>What the case system now says about the worker.</summary>
    public void Update(string name, WorkerRole role, Guid teamId, PhoneNumber? workPhone, string? email)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainValidationException(nameof(Name), "Enter the worker's name");
        }

        Name = name.Trim();
        Role = role;
        TeamId = teamId;
        WorkPhone = workPhone;
        Email = Checked(email);
    }

    public void LeaveCaseSystem(DateTimeOffset now) => LeftCaseSystemAt = now;

    public void ReturnToCaseSystem() => LeftCaseSystemAt = null;

    private static string? Checked(string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return null;
        }

        email = email.Trim();
        if (email.Length > Person.MaxEmailLength || !System.Net.Mail.MailAddress.TryCreate(email, out var address) || address.Address != email)
        {
            throw new DomainValidationException(nameof(Email), "Enter the worker's email address in the correct format, like name@example.gov.uk");
        }

        return email;
    }
}
