using System.Linq.Expressions;
using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Data;
using FrontDoor.Core.Triage.Flows;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.WorkQueues;

/// <summary>How long ago a contact arrived, in the bands a queue page filters by.</summary>
public enum QueueAge
{
    UnderADay,
    OneToThreeDays,
    ThreeToSevenDays,
    OverSevenDays,
}

/// <summary>The order a queue page lists its contacts in; <see cref="Priority"/> is the queue's own order.</summary>
public enum QueueSort
{
    /// <summary>Most urgent first, then soonest due, then longest waiting.</summary>
    Priority,

    /// <summary>Soonest due first.</summary>
    Due,

    /// <summary>Longest waiting first.</summary>
    Received,
}

/// <summary>What a queue page narrows its contacts to; an empty list or a null means "any".</summary>
public sealed record QueueFilter
{
    public IReadOnlyList<ContactChannel> Channels { get; init; } = [];

    public IReadOnlyList<ContactSource> Sources { get; init; } = [];

    public IReadOnlyList<TriagePriority> Priorities { get; init; } = [];

    /// <summary>With <see cref="Priorities"/>: also contacts the priority rules have not looked at yet.</summary>
    public bool IncludeNoPriority { get; init; }

    public IReadOnlyList<QueueAge> Ages { get; init; } = [];

    /// <summary>True: someone is working it; false: waiting for someone to take it.</summary>
    public bool? Assigned { get; init; }

    public bool? MatchedToPerson { get; init; }

    public QueueSort Sort { get; init; } = QueueSort.Priority;

    /// <summary>Reverses the chosen order; contacts with no priority or due time still come last.</summary>
    public bool Descending { get; init; }

    public bool NarrowsByPriority => Priorities.Count > 0 || IncludeNoPriority;
}

/// <summary>One contact as a queue lists it: enough to choose and claim it, never the whole contact.</summary>
public sealed record QueueItem(
    Guid Id,
    ContactReference Reference,
    int Version,
    DateTimeOffset ReceivedAt,
    ContactChannel Channel,
    ContactSource Source,
    TriagePriority? Priority,
    DateTimeOffset? DueAt,
    string? AssignedToId,
    string? AssignedToName,
    string? ReportedGivenName,
    string? ReportedFamilyName,
    bool ReportedInImmediateDanger,
    Guid? PersonId)
{
    public bool IsOverdueAt(DateTimeOffset now) => DueAt < now;
}

public sealed record QueuePage(IReadOnlyList<QueueItem> Rows, int Total);

/// <summary>One queue at a glance, for a manager: how much waits, how much nobody has taken, how much is late, and the oldest.</summary>
public sealed record QueueSummary(WorkQueueDefinition Queue, int Open, int Unassigned, int Overdue, DateTimeOffset? OldestReceivedAt);

/// <summary>A contact someone is working, for their own list.</summary>
public sealed record MyWorkItem(Guid Id, ContactReference Reference, string? QueueKey, TriagePriority? Priority, DateTimeOffset? DueAt, DateTimeOffset ReceivedAt, ContactChannel Channel, bool ReportedInImmediateDanger)
{
    public bool IsOverdueAt(DateTimeOffset now) => DueAt < now;
}

public sealed record MyWork(IReadOnlyList<MyWorkItem> Items, int Total);

/// <summary>
/// Reads the work queues: one queue's open contacts in the order they should be worked, every queue at a glance, and a
/// member of staff's own work. Projections only, each query shaped for the queue indexes.
/// </summary>
public sealed class WorkQueueQueries(FrontDoorDbContext db, TimeProvider clock, WorkQueueCatalogue queues)
{
    /// <summary>
    /// One page of a queue's open contacts. Rows with no priority (or, sorting by due time, no due time) come after
    /// every row that has one, on both databases alike: they are read as a second, separate part of the list rather
    /// than left to each database's own NULL ordering (PostgreSQL puts NULLs last, SQLite first). The first part is
    /// read in the order of the open-contacts index, so a page costs its rows, not the queue's size.
    /// </summary>
    public async Task<QueuePage> ListAsync(string queueKey, QueueFilter filter, int pageSize, int pageNumber, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageNumber, 1);
        var query = Filtered(OpenIn(queueKey), filter);

        var (hasKey, ordered, keyless) = filter.Sort switch
        {
            QueueSort.Due => (
                (Expression<Func<Contact, bool>>)(c => c.DueAt != null),
                (Func<IQueryable<Contact>, IQueryable<Contact>>)(q => filter.Descending
                    ? q.OrderByDescending(c => c.DueAt).ThenByDescending(c => c.ReceivedAt).ThenByDescending(c => c.Id)
                    : q.OrderBy(c => c.DueAt).ThenBy(c => c.ReceivedAt).ThenBy(c => c.Id)),
                true),
            QueueSort.Received => (
                c => true,
                q => filter.Descending
                    ? q.OrderByDescending(c => c.ReceivedAt).ThenByDescending(c => c.Id)
                    : q.OrderBy(c => c.ReceivedAt).ThenBy(c => c.Id),
                false),
            _ => (
                c => c.Priority != null,
                q => filter.Descending
                    ? q.OrderByDescending(c => c.Priority).ThenByDescending(c => c.DueAt).ThenByDescending(c => c.ReceivedAt).ThenByDescending(c => c.Id)
                    : q.OrderBy(c => c.Priority).ThenBy(c => c.DueAt).ThenBy(c => c.ReceivedAt).ThenBy(c => c.Id),
                true),
        };

        var withKey = query.Where(hasKey);
        var withoutKey = query.Where(Not(hasKey));
        var keyedTotal = await withKey.CountAsync(cancellationToken);
        var total = keyless ? keyedTotal + await withoutKey.CountAsync(cancellationToken) : keyedTotal;

        var skip = (pageNumber - 1) * pageSize;
        var rows = new List<QueueItem>(pageSize);
        if (skip < keyedTotal)
        {
            rows.AddRange(await Project(ordered(withKey).Skip(skip).Take(pageSize)).ToListAsync(cancellationToken));
        }

        if (keyless && rows.Count < pageSize && skip + rows.Count >= keyedTotal)
        {
            // The rows the rules have not reached yet: longest waiting first, whichever way the rest is sorted.
            rows.AddRange(await Project(withoutKey.OrderBy(c => c.ReceivedAt).ThenBy(c => c.Id).Skip(Math.Max(0, skip - keyedTotal)).Take(pageSize - rows.Count)).ToListAsync(cancellationToken));
        }

        // The list names people: who saw whom is on the audit trail, as for every staff list.
        new AuditLog(db, clock).Record(actor, AuditAction.Searched, nameof(Contact), null, null, $"work queue {queueKey}: {rows.Count} shown",
            rows.Where(r => r.PersonId is not null).Select(r => r.PersonId!.Value));
        await db.SaveChangesAsync(cancellationToken);
        return new QueuePage(rows, total);
    }

    /// <summary>Every configured queue, in configured order, with its counts; a queue with nothing open shows zeros.</summary>
    public async Task<IReadOnlyList<QueueSummary>> OverviewAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var counts = await db.Contacts.AsNoTracking()
            .Where(c => c.QueueKey != null && c.Status != ContactStatus.Closed)
            .GroupBy(c => c.QueueKey!)
            .Select(g => new
            {
                Key = g.Key,
                Open = g.Count(),
                Unassigned = g.Count(c => c.AssignedToId == null),
                Overdue = g.Count(c => c.DueAt < now),
                Oldest = g.Min(c => (DateTimeOffset?)c.ReceivedAt),
            })
            .ToDictionaryAsync(row => row.Key, cancellationToken);

        return
        [
            .. queues.All.Select(queue => counts.TryGetValue(queue.Key, out var row)
                ? new QueueSummary(queue, row.Open, row.Unassigned, row.Overdue, row.Oldest)
                : new QueueSummary(queue, 0, 0, 0, null)),
        ];
    }

    /// <summary>The open contacts assigned to someone, soonest due first (those with no due time last), then most urgent.</summary>
    public async Task<MyWork> MyWorkAsync(string userId, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var mine = db.Contacts.AsNoTracking().Where(c => c.AssignedToId == userId && c.Status != ContactStatus.Closed);
        var total = await mine.CountAsync(cancellationToken);

        // One person's work is short: sorting it with an explicit NULLs-last key is cheap and the same on both databases.
        var items = await mine
            .OrderBy(c => c.DueAt == null)
            .ThenBy(c => c.DueAt)
            .ThenBy(c => c.Priority == null)
            .ThenBy(c => c.Priority)
            .ThenBy(c => c.ReceivedAt)
            .Take(limit)
            .Select(c => new MyWorkItem(c.Id, c.Reference, c.QueueKey, c.Priority, c.DueAt, c.ReceivedAt, c.Channel, c.ReportedInImmediateDanger))
            .ToListAsync(cancellationToken);
        return new MyWork(items, total);
    }

    /// <summary>The queues a member of staff has open contacts in, by key: where their work comes from.</summary>
    public async Task<IReadOnlyList<string>> QueuesWorkedByAsync(string userId, CancellationToken cancellationToken = default) =>
        await db.Contacts.AsNoTracking()
            .Where(c => c.AssignedToId == userId && c.Status != ContactStatus.Closed && c.QueueKey != null)
            .Select(c => c.QueueKey!)
            .Distinct()
            .ToListAsync(cancellationToken);

    /// <summary>
    /// A contact as the work pages show it (queue, assignment, priority, version). Not audited: those pages show its
    /// reference and work, not the person's details.
    /// </summary>
    public async Task<Contact?> ForWorkAsync(Guid contactId, CancellationToken cancellationToken = default) =>
        await db.Contacts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == contactId, cancellationToken);

    // Written as the open-contacts index's filter is, so both databases use it.
    private IQueryable<Contact> OpenIn(string queueKey) =>
        db.Contacts.AsNoTracking().Where(c => c.QueueKey == queueKey && c.Status != ContactStatus.Closed);

    private IQueryable<Contact> Filtered(IQueryable<Contact> query, QueueFilter filter)
    {
        if (filter.Channels.Count > 0)
        {
            query = query.Where(c => filter.Channels.Contains(c.Channel));
        }

        if (filter.Sources.Count > 0)
        {
            query = query.Where(c => filter.Sources.Contains(c.Source));
        }

        if (filter.NarrowsByPriority)
        {
            var priorities = filter.Priorities.Select(p => (TriagePriority?)p).ToList();
            query = filter.IncludeNoPriority
                ? query.Where(c => c.Priority == null || priorities.Contains(c.Priority))
                : query.Where(c => priorities.Contains(c.Priority));
        }

        if (filter.Ages.Count > 0)
        {
            query = query.Where(ReceivedWithin(filter.Ages.Distinct(), clock.GetUtcNow()));
        }

        if (filter.Assigned is { } assigned)
        {
            query = assigned ? query.Where(c => c.AssignedToId != null) : query.Where(c => c.AssignedToId == null);
        }

        if (filter.MatchedToPerson is { } matched)
        {
            query = matched ? query.Where(c => c.PersonId != null) : query.Where(c => c.PersonId == null);
        }

        return query;
    }

    /// <summary>Received in any of the age bands, measured back from now.</summary>
    private static Expression<Func<Contact, bool>> ReceivedWithin(IEnumerable<QueueAge> ages, DateTimeOffset now)
    {
        Expression<Func<Contact, bool>>? any = null;
        foreach (var age in ages)
        {
            var (newest, oldest) = age switch
            {
                QueueAge.UnderADay => (now, now.AddDays(-1)),
                QueueAge.OneToThreeDays => (now.AddDays(-1), now.AddDays(-3)),
                QueueAge.ThreeToSevenDays => (now.AddDays(-3), now.AddDays(-7)),
                _ => (now.AddDays(-7), DateTimeOffset.MinValue),
            };

            // Bands meet without overlapping: exactly a day old is "1 to 3 days". The newest band has no upper end,
            // so a contact stamped a moment ahead of this server's clock still shows.
            Expression<Func<Contact, bool>> band = age switch
            {
                QueueAge.UnderADay => c => c.ReceivedAt > oldest,
                QueueAge.OverSevenDays => c => c.ReceivedAt <= newest,
                _ => c => c.ReceivedAt <= newest && c.ReceivedAt > oldest,
            };
            any = any is null ? band : Or(any, band);
        }

        return any ?? (c => true);
    }

    private static IQueryable<QueueItem> Project(IQueryable<Contact> query) =>
        query.Select(c => new QueueItem(c.Id, c.Reference, c.Version, c.ReceivedAt, c.Channel, c.Source, c.Priority, c.DueAt, c.AssignedToId, c.AssignedToName,
            c.ReportedPerson.GivenName, c.ReportedPerson.FamilyName, c.ReportedInImmediateDanger, c.PersonId));

    private static Expression<Func<Contact, bool>> Not(Expression<Func<Contact, bool>> predicate) =>
        Expression.Lambda<Func<Contact, bool>>(Expression.Not(predicate.Body), predicate.Parameters);

    private static Expression<Func<Contact, bool>> Or(Expression<Func<Contact, bool>> left, Expression<Func<Contact, bool>> right)
    {
        var body = new ReplaceParameter(right.Parameters[0], left.Parameters[0]).Visit(right.Body);
        return Expression.Lambda<Func<Contact, bool>>(Expression.OrElse(left.Body, body), left.Parameters);
    }

    private sealed class ReplaceParameter(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
