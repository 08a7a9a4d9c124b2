using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Data;
using FrontDoor.Core.Jobs;
using FrontDoor.Core.Triage.Flows;
using FrontDoor.Core.Triage.Running;
using FrontDoor.Core.WorkQueues;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDoor.Core.Triage.Priority;

/// <summary>
/// Keeps priorities true as time passes and fills in what older contacts lack: an open contact with no queue goes
/// to the arrival queue, one with no priority gets one, and one waiting on a hospital discharge date is looked at
/// again as the date comes nearer, with the risks its triage flow's answers reveal. Any node may run it; a contact another node changed meanwhile is left to it.
/// </summary>
public sealed class PriorityReview(TimeProvider clock) : IRecurringJob
{
    public const string BackfilledReason = "Put in a queue when FrontDoor gained work queues";
    private const int BatchSize = 200;

    public string Name => "priority review";

    public TimeSpan Interval { get; } = TimeSpan.FromHours(1);

    public bool RunsAtStart => true;

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<FrontDoorDbContext>();
        await ReviewAsync(db, services.GetRequiredService<ContactPrioritiser>(), services.GetRequiredService<WorkQueueCatalogue>(), services.GetRequiredService<TriageFlowCatalogue>(), cancellationToken);
    }

    /// <summary>One pass over the open contacts that need it; how many were changed.</summary>
    public async Task<int> ReviewAsync(FrontDoorDbContext db, ContactPrioritiser prioritiser, WorkQueueCatalogue queues, TriageFlowCatalogue flows, CancellationToken cancellationToken)
    {
        var changed = 0;
        Guid? after = null;
        while (true)
        {
            // Keyset paging by id: each batch is the next ids, whatever the previous batch changed. Processing owns a
            // contact until it opens (it queues and prioritises it then), so one received or needing attention is left
            // alone: a save here would make a retry of its processing look like a claim another node won.
            var query = db.Contacts.Where(c => c.Status != ContactStatus.Closed && c.Status != ContactStatus.Received && c.Status != ContactStatus.NeedsAttention && !c.PriorityOverridden
                && (c.Priority == null
                    || (c.Status == ContactStatus.Open && c.QueueKey == null)
                    || (db.ContactAnswers.Any(a => a.ContactId == c.Id && a.Key == PriorityFactsReader.AnswerKeys.DischargeDate))));
            if (after is { } last)
            {
                query = query.Where(c => c.Id.CompareTo(last) > 0);
            }

            var batch = await query.OrderBy(c => c.Id).Take(BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return changed;
            }

            var ids = batch.Select(c => c.Id).ToList();
            var answers = (await db.ContactAnswers.AsNoTracking().Where(a => ids.Contains(a.ContactId)).ToListAsync(cancellationToken)).ToLookup(a => a.ContactId);
            var runs = await ContactFlowRuns.RunsAsync(db, flows, batch, answers, cancellationToken);
            var now = clock.GetUtcNow();
            foreach (var contact in batch)
            {
                if (contact.Status == ContactStatus.Open && contact.QueueKey is null)
                {
                    contact.MoveToQueue(queues.Arrival.Key, BackfilledReason, now, Contacts.Events.ContactEvent.System);
                }

                // A flow's risks and its outcome's priority count as they did when the advisor answered.
                var run = runs.GetValueOrDefault(contact.Id);
                prioritiser.Prioritise(contact, answers[contact.Id], now, run?.Risks, run?.Outcome?.Priority);
            }

            changed += db.ChangeTracker.Entries<Contact>().Count(e => e.State == EntityState.Modified);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Staff or another node changed one of them meanwhile: their change stands; the next run looks again.
            }

            db.ChangeTracker.Clear();
            after = ids[^1];
        }
    }
}
