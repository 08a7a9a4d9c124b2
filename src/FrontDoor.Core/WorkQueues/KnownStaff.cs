using FrontDoor.Core.Audit;
using FrontDoor.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontDoor.Core.WorkQueues;

/// <summary>A member of staff a contact can be given to: their stable id, their name and role as they last signed in.</summary>
public sealed record StaffMember(string Id, string Name, string? Role);

/// <summary>
/// The people who work in FrontDoor, as the sign-in audit knows them: FrontDoor keeps no staff list of its own (the
/// council's identity provider does), so anyone who has signed in lately can be given work, under the name they last
/// used. "Lately" is <see cref="WorkQueueOptions.AssignableStaffActiveDays"/>: someone who left the council a year ago
/// is not offered.
/// </summary>
public sealed class KnownStaff(FrontDoorDbContext db, TimeProvider clock, IOptions<WorkQueueOptions> options)
{
    /// <summary>Everyone who has signed in within the last <see cref="WorkQueueOptions.AssignableStaffActiveDays"/> days, by name.</summary>
    public async Task<IReadOnlyList<StaffMember>> AllAsync(CancellationToken cancellationToken = default)
    {
        var since = clock.GetUtcNow().AddDays(-options.Value.AssignableStaffActiveDays);
        var signIns = await db.AuditEvents.AsNoTracking()
            .Where(a => a.Action == AuditAction.SignedIn && a.OccurredAt >= since)
            .GroupBy(a => new { a.Actor, a.ActorName, a.ActorRole })
            .Select(g => new { g.Key.Actor, g.Key.ActorName, g.Key.ActorRole, Last = g.Max(a => a.OccurredAt) })
            .ToListAsync(cancellationToken);

        return
        [
            .. signIns
                .GroupBy(s => s.Actor, StringComparer.Ordinal)
                .Select(g => g.MaxBy(s => s.Last)!)
                .Select(s => new StaffMember(s.Actor, s.ActorName ?? s.Actor, s.ActorRole))
                .OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase),
        ];
    }

    public async Task<StaffMember?> FindAsync(string? id, CancellationToken cancellationToken = default) =>
        id is null ? null : (await AllAsync(cancellationToken)).FirstOrDefault(s => s.Id == id);
}
