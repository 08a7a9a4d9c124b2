using FrontDoor.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.Audit;

/// <summary>Which events to list: one person, an optional range of days (UTC, both ends included), a page of them.</summary>
public sealed record PersonAccessQuery(Guid PersonId, DateOnly? From = null, DateOnly? To = null, int Page = 1, int PageSize = PersonAccessReport.DefaultPageSize);

/// <summary>One thing someone did that showed or changed the person's record.</summary>
public sealed record PersonAccessEntry(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string ActorId,
    string? ActorName,
    string? ActorRole,
    AuditAction Action,
    string RecordType,
    string? RecordId,
    string? Detail,
    string? Origin);

/// <param name="PersonName">How the person's record names them now, for the report's heading.</param>
public sealed record PersonAccessPage(string PersonName, IReadOnlyList<PersonAccessEntry> Entries, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>
/// "Who has looked at my record": every view, search result, list appearance, export and change that named the
/// person, newest first, read through the (person, time) index. Reading the report is itself on the trail, as a
/// view of the person's record, so an administrator's look shows up in the next report.
/// </summary>
public sealed class PersonAccessReport(FrontDoorDbContext db, TimeProvider clock)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;
    public const string RecordType = "PersonAccessReport";

    /// <summary>What happened, in the words the report uses on screen and in exports.</summary>
    public static string Describe(AuditAction action) => action switch
    {
        AuditAction.Viewed => "Viewed",
        AuditAction.Searched => "Shown in search results or a list",
        AuditAction.Created => "Created",
        AuditAction.Updated => "Changed",
        AuditAction.Linked => "Linked to a contact",
        AuditAction.Exported => "Exported",
        _ => action.ToString(),
    };

    /// <summary>One page of the report, for the screen; null when there is no such person (nothing is audited then).</summary>
    public async Task<PersonAccessPage?> ReadPageAsync(PersonAccessQuery query, AuditActor actor, string? origin, CancellationToken cancellationToken)
    {
        var person = await db.People.AsNoTracking().Where(p => p.Id == query.PersonId)
            .Select(p => new { p.Name.GivenName, p.Name.FamilyName, p.Name.KnownAs })
            .SingleOrDefaultAsync(cancellationToken);
        if (person is null)
        {
            return null;
        }

        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var events = Matching(query);
        var total = await events.CountAsync(cancellationToken);

        // A page past the end (an old link, a hand-typed address) shows the last one rather than nothing.
        var page = Math.Clamp(query.Page, 1, Math.Max(1, (total + pageSize - 1) / pageSize));
        var entries = await Entries(Newest(events).Skip((page - 1) * pageSize).Take(pageSize)).ToListAsync(cancellationToken);

        Audit(query, actor, origin, AuditAction.Viewed, $"who has looked report{Range(query)}, page {page}");
        await db.SaveChangesAsync(cancellationToken);
        return new PersonAccessPage(new People.PersonName(person.GivenName, person.FamilyName, person.KnownAs).Display, entries, total, page, pageSize);
    }

    /// <summary>The whole report, for export from the command line; the export is on the trail as data leaving FrontDoor.</summary>
    public async Task<IReadOnlyList<PersonAccessEntry>> ExportAsync(PersonAccessQuery query, AuditActor actor, string? origin, string format, CancellationToken cancellationToken)
    {
        var entries = await Entries(Newest(Matching(query))).ToListAsync(cancellationToken);
        Audit(query, actor, origin, AuditAction.Exported, $"who has looked report{Range(query)}, {entries.Count} events as {format}");
        await db.SaveChangesAsync(cancellationToken);
        return entries;
    }

    private IQueryable<AuditEvent> Matching(PersonAccessQuery query)
    {
        var shown = db.AuditEventPeople.AsNoTracking().Where(p => p.PersonId == query.PersonId);
        if (query.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            shown = shown.Where(p => p.OccurredAt >= start);
        }

        if (query.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            shown = shown.Where(p => p.OccurredAt < end);
        }

        return shown.Join(db.AuditEvents.AsNoTracking(), p => p.AuditEventId, e => e.Id, (p, e) => e);
    }

    // Ids are time-ordered (version 7), so they break ties between events in the same instant.
    private static IQueryable<AuditEvent> Newest(IQueryable<AuditEvent> events) =>
        events.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id);

    private static IQueryable<PersonAccessEntry> Entries(IQueryable<AuditEvent> events) =>
        events.Select(e => new PersonAccessEntry(e.Id, e.OccurredAt, e.Actor, e.ActorName, e.ActorRole, e.Action, e.RecordType, e.RecordId, e.Detail, e.Origin));

    private void Audit(PersonAccessQuery query, AuditActor actor, string? origin, AuditAction action, string detail) =>
        new AuditLog(db, clock).Record(actor, action, RecordType, AuditEvent.IdOf(query.PersonId), origin, detail, [query.PersonId]);

    private static string Range(PersonAccessQuery query) => (query.From, query.To) switch
    {
        (null, null) => string.Empty,
        ({ } from, null) => $" from {from:yyyy-MM-dd}",
        (null, { } to) => $" to {to:yyyy-MM-dd}",
        ({ } from, { } to) => $" {from:yyyy-MM-dd} to {to:yyyy-MM-dd}",
    };
}
