using FrontDoor.Core.Contacts;
using FrontDoor.Core.Data;
using FrontDoor.Core.Insight.Feedback;
using FrontDoor.Core.Telephony;
using FrontDoor.Core.Triage.Referrals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FrontDoor.Core.Insight.KeptMonths;

/// <summary>
/// Adds a <see cref="KpiStaleMark"/> to every save that adds or changes what the KPIs read — a contact (its events
/// come with it, as each bumps its version), a referral, a survey invitation or a call record — so the month those
/// figures belong to is recomputed on the next refresh, whichever service made the change. Added to every
/// <see cref="FrontDoorDbContext"/> by <see cref="DatabaseSetup.Configure"/>, so no save can miss it. Bulk statements
/// (ExecuteUpdate) bypass it; none of today's touches a field the KPIs read, and a new one must mark what it changes.
/// </summary>
public sealed class KpiStaleMarker : SaveChangesInterceptor
{
    public static KpiStaleMarker Instance { get; } = new();

    private KpiStaleMarker()
    {
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Mark(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Mark(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Mark(DbContext? context)
    {
        if (context is not FrontDoorDbContext db)
        {
            return;
        }

        // The save detects changes itself once this returns; detecting them for the whole tracker here too would scan
        // every tracked entity twice, so only the four kinds of row the KPIs read are checked.
        var tracker = db.ChangeTracker;
        var detecting = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            Mark(db, tracker, detecting);
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detecting;
        }
    }

    private static void Mark(FrontDoorDbContext db, ChangeTracker tracker, bool detect)
    {
        var months = new HashSet<DateOnly>();
        var contactIds = new HashSet<Guid>();
        foreach (var contact in Changed(tracker.Entries<Contact>(), detect))
        {
            months.Add(MonthOf(contact.ReceivedAt));
        }

        foreach (var call in Changed(tracker.Entries<CallRecord>(), detect))
        {
            months.Add(MonthOf(call.OfferedAt));
        }

        contactIds.UnionWith(Changed(tracker.Entries<ContactReferral>(), detect).Select(r => r.ContactId));
        contactIds.UnionWith(Changed(tracker.Entries<SurveyInvitation>(), detect).Select(i => i.ContactId));

        // A referral or survey saved with its contact is covered by the contact's month; only strangers need looking up later.
        foreach (var contact in tracker.Entries<Contact>().Where(e => contactIds.Contains(e.Entity.Id)))
        {
            months.Add(MonthOf(contact.Entity.ReceivedAt));
            contactIds.Remove(contact.Entity.Id);
        }

        if (months.Count == 0 && contactIds.Count == 0)
        {
            return;
        }

        var marks = db.Set<KpiStaleMark>();
        foreach (var month in months)
        {
            marks.Add(new KpiStaleMark(Guid.CreateVersion7(), month, null));
        }

        foreach (var contactId in contactIds)
        {
            marks.Add(new KpiStaleMark(Guid.CreateVersion7(), null, contactId));
        }
    }

    private static IEnumerable<T> Changed<T>(IEnumerable<EntityEntry<T>> entries, bool detect)
        where T : class
    {
        foreach (var entry in entries)
        {
            // A caller that turned detection off saves only what it marked itself; so does this.
            if (detect && entry.State == EntityState.Unchanged)
            {
                entry.DetectChanges();
            }

            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            {
                yield return entry.Entity;
            }
        }
    }

    public static DateOnly MonthOf(DateTimeOffset at)
    {
        var utc = at.UtcDateTime;
        return new DateOnly(utc.Year, utc.Month, 1);
    }
}
