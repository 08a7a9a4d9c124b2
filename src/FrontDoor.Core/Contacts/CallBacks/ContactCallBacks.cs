using FrontDoor.Core.Audit;
using FrontDoor.Core.Data;
using FrontDoor.Core.WorkQueues;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.Contacts.CallBacks;

/// <summary>A call back due to one member of staff, as their home page lists it: no personal details, only the contact's reference.</summary>
public sealed record CallBackDue(Guid ContactId, ContactReference Reference, DateTimeOffset DueAt, CallBackPerson Who)
{
    public bool IsOverdueAt(DateTimeOffset now) => DueAt < now;
}

/// <summary>The call backs a member of staff must make by the end of today, overdue first; and how many are due later.</summary>
public sealed record CallBacksDue(IReadOnlyList<CallBackDue> Items, int DueTodayOrOverdue, int Later);

/// <summary>
/// Staff arrange a call back by a time on a contact, move it, cancel it or mark it made. Each is a typed event written
/// with the change through <see cref="ContactWork.ChangeAsync"/>, so a page that is out of date is refused.
/// </summary>
public sealed class ContactCallBacks(FrontDoorDbContext db, TimeProvider clock, ContactWork work)
{
    public Task<Contact> ArrangeAsync(Guid contactId, int seenVersion, CallBackArrangement arrangement, AuditActor by, CancellationToken cancellationToken = default) =>
        work.ChangeAsync(contactId, seenVersion, (contact, now) => contact.ArrangeCallBack(arrangement, now, by), cancellationToken);

    public Task<Contact> RescheduleAsync(Guid contactId, int seenVersion, DateTimeOffset dueAt, string? reason, AuditActor by, CancellationToken cancellationToken = default) =>
        work.ChangeAsync(contactId, seenVersion, (contact, now) => contact.RescheduleCallBack(dueAt, reason, now, by), cancellationToken);

    public Task<Contact> DoneAsync(Guid contactId, int seenVersion, AuditActor by, CancellationToken cancellationToken = default) =>
        work.ChangeAsync(contactId, seenVersion, (contact, now) => contact.CompleteCallBack(now, by), cancellationToken);

    public Task<Contact> CancelAsync(Guid contactId, int seenVersion, string? reason, AuditActor by, CancellationToken cancellationToken = default) =>
        work.ChangeAsync(contactId, seenVersion, (contact, now) => contact.CancelCallBack(reason, now, by), cancellationToken);

    /// <summary>
    /// The member of staff's call backs due by the end of today (UK time), overdue first then soonest; those arranged
    /// for later days are only counted. Only open contacts: a closed contact has no call back due.
    /// </summary>
    public async Task<CallBacksDue> DueForAsync(string userId, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var endOfToday = CallBackTime.EndOfUkDay(clock.GetUtcNow());
        var theirs = db.Contacts.AsNoTracking().Where(c => c.CallBackForId == userId && c.CallBackDueAt != null && c.Status != ContactStatus.Closed);
        var dueByToday = theirs.Where(c => c.CallBackDueAt < endOfToday);
        var items = await dueByToday
            .OrderBy(c => c.CallBackDueAt)
            .ThenBy(c => c.Id)
            .Take(limit)
            .Select(c => new CallBackDue(c.Id, c.Reference, c.CallBackDueAt!.Value, c.CallBackWho ?? CallBackPerson.Person))
            .ToListAsync(cancellationToken);
        var dueCount = await dueByToday.CountAsync(cancellationToken);
        var later = await theirs.CountAsync(c => c.CallBackDueAt >= endOfToday, cancellationToken);
        return new CallBacksDue(items, dueCount, later);
    }

    /// <summary>Overdue call backs on open contacts, counted by the queue the contact waits in (a manager's view).</summary>
    public async Task<IReadOnlyDictionary<string, int>> OverdueByQueueAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        return await db.Contacts.AsNoTracking()
            .Where(c => c.CallBackDueAt < now && c.Status != ContactStatus.Closed && c.QueueKey != null)
            .GroupBy(c => c.QueueKey!)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, StringComparer.Ordinal, cancellationToken);
    }
}
