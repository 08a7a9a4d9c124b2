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
    DateOnly? AllocatedFrom)
{
    public static AllocationStatus NotAllocated { get; } = new(null, null, null, null, null, null, null);

    public bool IsAllocated => WorkerName is not null || TeamName is not null;

    /// <summary>"Allocated to Sam Jones (Social worker), Melton Community Team", or "Not allocated".</summary>
    public string Summary => !IsAllocated ? "Not allocated"
        : WorkerName is null ? $"Allocated to {TeamName}"
        : TeamName is null ? $"Allocated to {WorkerName} ({WorkerRole})"
        : $"Allocated to {WorkerName} ({WorkerRole}), {TeamName}";
}

/// <summary>Finds the current allocation of several people in two queries, for search results and the person page.</summary>
public sealed class AllocationStatusLookup(FrontDoorDbContext db, TimeProvider clock)
{
    private static readonly TimeZoneInfo UkTime = FindUkTimeZone();

    public async Task<IReadOnlyDictionary<Guid, AllocationStatus>> ForAsync(IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken)
    {
        if (personIds.Count == 0)
        {
            return new Dictionary<Guid, AllocationStatus>();
        }

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), UkTime).DateTime);
        var current = await db.Allocations.AsNoTracking()
            .Where(a => personIds.Contains(a.PersonId) && a.From <= today && (a.To == null || a.To >= today))
            .ToListAsync(cancellationToken);
        if (current.Count == 0)
        {
            return new Dictionary<Guid, AllocationStatus>();
        }

        var workerIds = current.Where(a => a.WorkerId is not null).Select(a => a.WorkerId!.Value).Distinct().ToList();
        var workers = workerIds.Count == 0
            ? new Dictionary<Guid, Worker>()
            : await db.Workers.AsNoTracking().Where(w => workerIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, cancellationToken);
        var teamIds = current.Select(a => a.TeamId ?? (a.WorkerId is { } w && workers.TryGetValue(w, out var worker) ? worker.TeamId : (Guid?)null))
            .OfType<Guid>().Distinct().ToList();
        var teams = await db.Teams.AsNoTracking().Where(t => teamIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);

        var localNow = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), UkTime).DateTime;
        var statuses = new Dictionary<Guid, AllocationStatus>();

        // The newest current allocation wins when someone holds more than one.
        foreach (var allocation in current.OrderByDescending(a => a.From))
        {
            if (statuses.ContainsKey(allocation.PersonId))
            {
                continue;
            }

            var worker = allocation.WorkerId is { } workerId ? workers.GetValueOrDefault(workerId) : null;
            var teamId = allocation.TeamId ?? worker?.TeamId;
            var team = teamId is { } id ? teams.GetValueOrDefault(id) : null;
            statuses[allocation.PersonId] = new AllocationStatus(
                worker?.Name,
                worker is null ? null : RoleName(worker.Role),
                team?.Name,
                team?.DutyPhone.National,
                team?.OpeningHours.ToString(),
                team?.OpeningHours.IsOpenAt(localNow),
                allocation.From);
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

    // Duty lines keep UK hours; a server set to UTC would otherwise be an hour out all summer.
    private static TimeZoneInfo FindUkTimeZone() =>
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/London", out var zone) ? zone : TimeZoneInfo.Utc;
}
