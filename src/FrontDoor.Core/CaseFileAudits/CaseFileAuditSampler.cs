using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Data;
using FrontDoor.Core.WorkQueues;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontDoor.Core.CaseFileAudits;

/// <summary>
/// Draws each team's monthly sample of closed contacts. A team is the queue a contact was closed from; a contact closed
/// before it was ever queued (closed on the first call) counts to the arrival queue, where the advisors work. Drawing is
/// idempotent: a team already sampled for the month keeps its sample, and two draws at once store one (unique index).
/// </summary>
public sealed class CaseFileAuditSampler(FrontDoorDbContext db, TimeProvider clock, IOptions<CaseFileAuditOptions> options, WorkQueueCatalogue queues)
{
    /// <summary>Draws what is missing for the month and returns every team's sample for it, in team order.</summary>
    /// <exception cref="DomainValidationException">The month has not ended yet.</exception>
    public async Task<IReadOnlyList<CaseFileAuditSample>> DrawAsync(AuditMonth month, AuditActor by, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (month.End > now)
        {
            throw new DomainValidationException("Month", $"{month.Name} has not ended yet: a month is sampled once it is over");
        }

        var closed = await db.Contacts.AsNoTracking()
            .Where(c => c.Status == ContactStatus.Closed && c.ClosedAt >= month.Start && c.ClosedAt < month.End)
            .Select(c => new { c.Id, c.QueueKey })
            .ToListAsync(cancellationToken);
        var drawn = await db.Set<CaseFileAuditSample>().Where(s => s.Month == month.FirstDay).Select(s => s.TeamKey).ToListAsync(cancellationToken);
        var arrival = queues.Arrival.Key;

        foreach (var team in closed.GroupBy(c => c.QueueKey ?? arrival).Where(t => !drawn.Contains(t.Key)).OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var seed = SampleDraw.SeedFor(month, team.Key);
            var sample = new CaseFileAuditSample(Guid.CreateVersion7(now), month, team.Key, seed, team.Count(), now, by);
            var chosen = SampleDraw.Choose(team.Select(c => c.Id), seed, options.Value.SamplePerTeam);
            db.Add(sample);
            db.AddRange(chosen.Select((contactId, i) => new SampledCase(Guid.CreateVersion7(now), sample.Id, contactId, i + 1)));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another node or manager drew this team's sample a moment ago: theirs stands, and is the same draw.
                // Any other failure (the database busy or down) is not swallowed.
                db.ChangeTracker.Clear();
                if (!await db.Set<CaseFileAuditSample>().AnyAsync(s => s.Month == month.FirstDay && s.TeamKey == team.Key, cancellationToken))
                {
                    throw;
                }
            }
        }

        return await SamplesAsync(month, cancellationToken);
    }

    public async Task<IReadOnlyList<CaseFileAuditSample>> SamplesAsync(AuditMonth month, CancellationToken cancellationToken) =>
        await db.Set<CaseFileAuditSample>().AsNoTracking().Where(s => s.Month == month.FirstDay).OrderBy(s => s.TeamKey).ToListAsync(cancellationToken);

    /// <summary>The contacts a stored sample holds, in the order drawn.</summary>
    public async Task<IReadOnlyList<Guid>> ContactsInAsync(Guid sampleId, CancellationToken cancellationToken) =>
        await db.Set<SampledCase>().AsNoTracking().Where(c => c.SampleId == sampleId).OrderBy(c => c.Position).Select(c => c.ContactId).ToListAsync(cancellationToken);
}
