using System.Collections.Concurrent;
using System.Collections.Frozen;
using FrontDoor.Core.Data;
using FrontDoor.Core.People.Matching;
using FrontDoor.Core.Teams;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.People.Search;

/// <summary>
/// Who holds whom, in memory beside the person index, so search results show each person's allocation without a
/// database read. Loaded and caught up with the index: allocations by when they changed, workers and teams (a few
/// thousand rows at most) whole, so a renamed team or a new duty number shows on the next tick.
/// </summary>
public sealed class AllocationRoster
{
    private readonly ConcurrentDictionary<Guid, Held[]> _byPerson = new();

    // Whose each allocation was when last seen: an allocation that moves (its person's record was merged) leaves the old one.
    private readonly ConcurrentDictionary<Guid, Guid> _personOf = new();
    private volatile Staff _staff = new(FrozenDictionary<Guid, Worker>.Empty, FrozenDictionary<Guid, Team>.Empty);
    private readonly ChangeWatermark _watermark = new();

    /// <summary>Reads every allocation that had not ended by <paramref name="endedBefore"/>, and all workers and teams.</summary>
    public static async Task<AllocationRoster> LoadAsync(FrontDoorDbContext db, DateOnly endedBefore, CancellationToken cancellationToken)
    {
        // An allocation that has ended can never be current again without changing, and so coming back in a catch-up.
        var roster = new AllocationRoster();
        await roster.ApplyAsync(db.Allocations.AsNoTracking().Where(a => a.To == null || a.To >= endedBefore), cancellationToken);
        await roster.ReloadStaffAsync(db, cancellationToken);
        return roster;
    }

    /// <summary>Picks up allocations changed since the last look, on any node, and reloads workers and teams.</summary>
    public async Task<int> CatchUpAsync(FrontDoorDbContext db, CancellationToken cancellationToken)
    {
        var since = _watermark.Since;
        var changed = await ApplyAsync(db.Allocations.AsNoTracking().Where(a => a.UpdatedAt > since), cancellationToken);
        await ReloadStaffAsync(db, cancellationToken);
        return changed;
    }

    /// <summary>The person's allocations current on <paramref name="today"/>, with their worker and team, for <see cref="AllocationStatusLookup.StatusesOf"/>.</summary>
    public IEnumerable<CurrentAllocation> CurrentOf(Guid personId, DateOnly today)
    {
        if (!_byPerson.TryGetValue(personId, out var held))
        {
            yield break;
        }

        var staff = _staff;
        foreach (var allocation in held)
        {
            if (allocation.From <= today && (allocation.To is null || allocation.To >= today))
            {
                var worker = allocation.WorkerId is { } workerId ? staff.Workers.GetValueOrDefault(workerId) : null;
                var teamId = allocation.TeamId ?? worker?.TeamId;
                yield return new CurrentAllocation
                {
                    PersonId = personId,
                    From = allocation.From,
                    Worker = worker,
                    Team = teamId is { } id ? staff.Teams.GetValueOrDefault(id) : null,
                };
            }
        }
    }

    private async Task<int> ApplyAsync(IQueryable<Allocation> allocations, CancellationToken cancellationToken)
    {
        var count = 0;
        await foreach (var allocation in allocations.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var held = new Held(allocation.Id, allocation.WorkerId, allocation.TeamId, allocation.From, allocation.To);

            if (_personOf.TryGetValue(allocation.Id, out var previous) && previous != allocation.PersonId)
            {
                _byPerson.AddOrUpdate(previous, [], (_, existing) => [.. existing.Where(h => h.Id != held.Id)]);
            }

            _personOf[allocation.Id] = allocation.PersonId;

            // Copy on write: searches read a person's array while this replaces it.
            _byPerson.AddOrUpdate(allocation.PersonId, [held], (_, existing) => [.. existing.Where(h => h.Id != held.Id), held]);
            _watermark.Saw(allocation.UpdatedAt);
            count++;
        }

        return count;
    }

    private async Task ReloadStaffAsync(FrontDoorDbContext db, CancellationToken cancellationToken)
    {
        var workers = await db.Workers.AsNoTracking().ToListAsync(cancellationToken);
        var teams = await db.Teams.AsNoTracking().ToListAsync(cancellationToken);
        _staff = new Staff(workers.ToFrozenDictionary(w => w.Id), teams.ToFrozenDictionary(t => t.Id));
    }

    private readonly record struct Held(Guid Id, Guid? WorkerId, Guid? TeamId, DateOnly From, DateOnly? To);

    private sealed record Staff(FrozenDictionary<Guid, Worker> Workers, FrozenDictionary<Guid, Team> Teams);
}
