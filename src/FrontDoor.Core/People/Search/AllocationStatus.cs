using FrontDoor.Core.Data;
using FrontDoor.Core.Teams;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.People.Search;

/// <summary>
/// Who holds a person now, at a glance: the allocated worker and their team, with the team's duty line and whether
/// it is answered at this moment. <see cref="NotAllocated"/> when nobody does.
/// </summary>
public sealed record AllocationStatus(
    string? WorkerName,
    string? WorkerRole,
    string? TeamName,
    string? DutyPhone,
    string? OpeningHours,
    bool? DutyLineOpenNow,
    DateOnly? AllocatedFrom,
    string? DutyEmail = null)
{
    public static AllocationStatus NotAllocated { get; } = new(null, null, null, null, null, null, null);

    public bool IsAllocated => WorkerName is not null || TeamName is not null;

    /// <summary>"Allocated to Sam Jones (Social worker), Melton Community Team", or "Not allocated".</summary>
    public string Summary => HeldBy is { } holder ? $"Allocated to {holder}" : "Not allocated";

    /// <summary>"Sam Jones (Social worker), Melton Community Team", the worker or the team alone, or null when nobody holds the person.</summary>
    public string? HeldBy => !IsAllocated ? null
        : WorkerName is null ? TeamName
        : TeamName is null ? $"{WorkerName} ({WorkerRole})"
        : $"{WorkerName} ({WorkerRole}), {TeamName}";
}

/// <summary>Finds people's current allocations: in one query for the person page, or from the in-memory roster for search results.</summary>
public sealed class AllocationStatusLookup(FrontDoorDbContext db, TimeProvider clock)
{
    private static readonly TimeZoneInfo UkTime = FindUkTimeZone();

    public async Task<IReadOnlyDictionary<Guid, AllocationStatus>> ForAsync(IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken)
    {
        if (personIds.Count == 0)
        {
            return new Dictionary<Guid, AllocationStatus>();
        }

        // One round trip: search answers on a call, and each query costs the advisor a few milliseconds.
        var current = await Current().Where(row => personIds.Contains(row.PersonId)).ToListAsync(cancellationToken);
        return StatusesOf(current);
    }

    /// <summary>The person's current allocation with its worker and team (the newest, as <see cref="StatusesOf"/> picks); null when they have none.</summary>
    public async Task<CurrentAllocation?> CurrentForAsync(Guid personId, CancellationToken cancellationToken) =>
        (await Current().Where(row => row.PersonId == personId).ToListAsync(cancellationToken)).OrderByDescending(row => row.From).FirstOrDefault();

    /// <summary>Today in the UK, the day allocations start and end by.</summary>
    public DateOnly Today => DateOnly.FromDateTime(LocalNow());

    /// <summary>Everyone's current allocations with their worker and team, to filter in one query.</summary>
    private IQueryable<CurrentAllocation> Current()
    {
        var today = Today;
        return
            from allocation in db.Allocations.AsNoTracking()
            where allocation.From <= today && (allocation.To == null || allocation.To >= today)
            join worker in db.Workers.AsNoTracking() on allocation.WorkerId equals worker.Id into allocatedWorkers
            from worker in allocatedWorkers.DefaultIfEmpty()
            join team in db.Teams.AsNoTracking() on allocation.TeamId ?? worker.TeamId equals team.Id into allocatedTeams
            from team in allocatedTeams.DefaultIfEmpty()
            select new CurrentAllocation { PersonId = allocation.PersonId, From = allocation.From, Worker = worker, Team = team };
    }

    /// <summary>Each person's status from their current allocations: the newest wins when someone holds more than one.</summary>
    public IReadOnlyDictionary<Guid, AllocationStatus> StatusesOf(IEnumerable<CurrentAllocation> current)
    {
        var localNow = LocalNow();
        var statuses = new Dictionary<Guid, AllocationStatus>();
        foreach (var row in current.OrderByDescending(r => r.From))
        {
            if (statuses.ContainsKey(row.PersonId))
            {
                continue;
            }

            statuses[row.PersonId] = new AllocationStatus(
                row.Worker?.Name,
                row.Worker is null ? null : RoleName(row.Worker.Role),
                row.Team?.Name,
                row.Team?.DutyPhoneToDial,
                row.Team?.OpeningHours.ToString(),
                row.Team?.OpeningHours.IsOpenAt(localNow),
                row.From,
                row.Team?.DutyEmail);
        }

        return statuses;
    }

    public static string RoleName(WorkerRole role) => role switch
    {
        WorkerRole.SocialWorker => "Social worker",
        WorkerRole.SeniorPractitioner => "Senior practitioner",
        WorkerRole.OccupationalTherapist => "Occupational therapist",
        WorkerRole.CommunitySupportWorker => "Community support worker",
        WorkerRole.ReablementWorker => "Reablement worker",
        WorkerRole.ApprovedMentalHealthProfessional => "Approved mental health professional",
        WorkerRole.CustomerServiceAdvisor => "Customer service advisor",
        WorkerRole.TeamManager => "Team manager",
        _ => role.ToString(),
    };

    private DateTime LocalNow() => TimeZoneInfo.ConvertTime(clock.GetUtcNow(), UkTime).DateTime;

    // Duty lines keep UK hours; a server set to UTC would otherwise be an hour out all summer.
    private static TimeZoneInfo FindUkTimeZone() =>
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/London", out var zone) ? zone : TimeZoneInfo.Utc;
}

/// <summary>One current allocation of a person, with the worker and team that hold them (either may be missing).</summary>
/// <remarks>Init properties rather than a constructor, so EF can filter on them inside a larger query.</remarks>
public sealed record CurrentAllocation
{
    public required Guid PersonId { get; init; }

    public required DateOnly From { get; init; }

    public Worker? Worker { get; init; }

    public Team? Team { get; init; }
}
