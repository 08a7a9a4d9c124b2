using FrontDoor.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.Jobs;

/// <summary>
/// Named leases in the <c>job_leases</c> table. Taking one is a single conditional update (held by nobody, by us,
/// or expired), so two nodes racing for it can never both succeed, on either database.
/// </summary>
public sealed class JobLeases(FrontDoorDbContext db, TimeProvider clock)
{
    /// <summary>Takes the lease, or renews it if this holder has it already. False when another holder's lease is still running.</summary>
    public async Task<bool> TryAcquireAsync(string name, string holder, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        name = name.Bounded(JobLease.MaxNameLength);
        await EnsureExistsAsync(name, cancellationToken);
        var now = clock.GetUtcNow();
        var expires = now + duration;
        var taken = await db.JobLeases
            .Where(l => l.Name == name && (l.Holder == null || l.Holder == holder || l.ExpiresAt == null || l.ExpiresAt <= now))
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresAt, expires), cancellationToken);
        return taken == 1;
    }

    /// <summary>Gives the lease up at once (a clean shutdown or a finished pass), so the next node need not wait for it to expire.</summary>
    public Task ReleaseAsync(string name, string holder, CancellationToken cancellationToken = default)
    {
        name = name.Bounded(JobLease.MaxNameLength);
        return db.JobLeases
            .Where(l => l.Name == name && l.Holder == holder)
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.Holder, (string?)null).SetProperty(l => l.ExpiresAt, (DateTimeOffset?)null), cancellationToken);
    }

    private async Task EnsureExistsAsync(string name, CancellationToken cancellationToken)
    {
        if (await db.JobLeases.AnyAsync(l => l.Name == name, cancellationToken))
        {
            return;
        }

        var lease = new JobLease(name);
        db.JobLeases.Add(lease);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another node made the row first: the conditional update decides who holds it.
        }
        finally
        {
            db.Entry(lease).State = EntityState.Detached;
        }
    }
}
