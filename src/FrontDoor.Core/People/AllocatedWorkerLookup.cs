using FrontDoor.Core.Data;
using FrontDoor.Core.Teams;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.People;

/// <summary>
/// Who is responsible for a person today and how to reach them — the answer to a third of calls, shown at
/// once so the call can end there.
/// </summary>
public sealed class AllocatedWorkerLookup(FrontDoorDbContext db, TimeProvider clock)
{
    /// <summary>UK local time decides whether a duty line is open.</summary>
    private static readonly TimeZoneInfo UkTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public async Task<CurrentAllocation?> FindAsync(Guid personId, CancellationToken cancellationToken) =>
        (await FindManyAsync([personId], cancellationToken)).GetValueOrDefault(personId);

    public async Task<IReadOnlyDictionary<Guid, CurrentAllocation>> FindManyAsync(IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, UkTime).DateTime);
        var rows = await (
            from allocation in db.Allocations.AsNoTracking()
            where personIds.Contains(allocation.PersonId) && allocation.From <= today && (allocation.To == null || allocation.To >= today)
            join worker in db.Workers on allocation.WorkerId equals worker.Id into workers
            from worker in workers.DefaultIfEmpty()
            join team in db.Teams on (allocation.TeamId ?? (worker == null ? Guid.Empty : worker.TeamId)) equals team.Id into teams
            from team in teams.DefaultIfEmpty()
            select new { allocation.PersonId, allocation.From, Worker = worker, Team = team })
            .ToListAsync(cancellationToken);

        var local = TimeZoneInfo.ConvertTime(now, UkTime).DateTime;
        return rows
            .GroupBy(r => r.PersonId)
            .ToDictionary(g => g.Key, g =>
            {
                var latest = g.OrderByDescending(r => r.From).First();
                return new CurrentAllocation(latest.Worker?.Name, latest.Worker?.Role, latest.Team?.Name, latest.Team?.DutyPhone, latest.Team?.DutyEmail,
                    latest.Team?.OpeningHours, latest.Team?.OpeningHours.IsOpenAt(local) ?? false, latest.From);
            });
    }
}

/// <summary>The current allocation as the contact centre needs it: who, which team, and the duty line.</summary>
public sealed record CurrentAllocation(
    string? WorkerName,
    WorkerRole? WorkerRole,
    string? TeamName,
    PhoneNumber? DutyPhone,
    string? DutyEmail,
    OpeningHours? OpeningHours,
    bool DutyLineOpenNow,
    DateOnly Since);
