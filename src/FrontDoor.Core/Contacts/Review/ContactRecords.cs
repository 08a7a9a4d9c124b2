using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Contacts.Timeline;
using FrontDoor.Core.Data;
using FrontDoor.Core.Messages;
using FrontDoor.Core.People;
using FrontDoor.Core.People.Matching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontDoor.Core.Contacts.Review;

/// <summary>Which contacts a member of staff wants listed. Empty sets and nulls mean "any".</summary>
public sealed record ContactListFilter(IReadOnlyCollection<ContactStatus> Statuses, IReadOnlyCollection<ContactChannel> Channels, bool NeedsAttentionOnly)
{
    public static ContactListFilter All { get; } = new([], [], false);

    /// <summary>Who made the contact.</summary>
    public IReadOnlyCollection<ContactSource> Sources { get; init; } = [];

    /// <summary>Received on or after this day in England (not UTC: staff mean the day on the office clock).</summary>
    public DateOnly? ReceivedFrom { get; init; }

    /// <summary>Received on or before this day in England, the whole day included.</summary>
    public DateOnly? ReceivedTo { get; init; }

    /// <summary>True: tied to a person record; false: not yet (unmatched, or waiting for someone to choose).</summary>
    public bool? MatchedToPerson { get; init; }

    /// <summary>In this work queue (a team's) now: how the KPI dashboard's drill-down keeps its team.</summary>
    public string? QueueKey { get; init; }

    /// <summary>Only contacts someone phoned about to chase missing information (the chase calls KPI's drill-down).</summary>
    public bool ChaseCallsOnly { get; init; }

    /// <summary>The person's age band when the contact arrived, as the channel mix counts it (<c>KpiCalculator.AgeBands</c>, "Unknown" included).</summary>
    public string? AgeBand { get; init; }

    /// <summary>The postcode district of the person's address on record, as the channel mix counts it ("Unknown" included).</summary>
    public string? Area { get; init; }
}

/// <summary>A contact as its sender's receipt shows it.</summary>
public sealed record ContactReceipt(ContactReference Reference, int? CompletenessScore);

/// <summary>One page of a contact list, and how many contacts the filter matches in all.</summary>
public sealed record ContactListPage(IReadOnlyList<ContactListItem> Rows, int Total);

public sealed record ContactListItem(Guid Id, ContactReference Reference, DateTimeOffset ReceivedAt, ContactChannel Channel, ContactSource Source, ContactStatus Status, PersonMatchState MatchState, string? ReportedGivenName, string? ReportedFamilyName)
{
    /// <summary>The person's record the contact is linked to, if any: the list shows them, so the audit names them.</summary>
    public Guid? PersonId { get; init; }

    /// <summary>Someone was reported as in danger now: listed first and flagged.</summary>
    public bool ReportedInImmediateDanger { get; init; }

    /// <summary>The linked person's name, as their record holds it: who the contact is about, when known.</summary>
    public string? PersonName { get; init; }
}

public sealed record AttachmentSummary(Guid Id, string FileName, string ContentType, long Size, DateTimeOffset AddedAt, string AddedBy);

public sealed record MatchedPerson(Guid Id, PersonName Name, DateOnly? DateOfBirth, NhsNumber? NhsNumber, string? Postcode);

/// <summary>Everything known about one contact, told once: what arrived, what processing made of it, and what staff added since.</summary>
public sealed record ContactRecord(
    Contact Contact,
    MatchedPerson? MatchedPerson,
    IReadOnlyList<ContactAnswer> Answers,
    IReadOnlyList<AttachmentSummary> Attachments,
    IReadOnlyList<ContactTimelineEntry> Timeline,
    CompletenessResult? Completeness,
    StoredMatchExplanation MatchExplanation,
    IReadOnlyList<ContactMessage> Messages,
    IReadOnlyList<Events.ContactEvent> Events);

/// <summary>Reading contacts for staff, each read on the audit trail.</summary>
public sealed class ContactRecords(FrontDoorDbContext db, TimeProvider clock, ContactTimeline timeline, IOptions<IntakeOptions> intake)
{
    /// <summary>How many contacts are in each status, every status present (zero when none): the staff home page's figures.</summary>
    public async Task<IReadOnlyDictionary<ContactStatus, int>> CountByStatusAsync(CancellationToken cancellationToken = default)
    {
        var counts = await db.Contacts
            .GroupBy(contact => contact.Status)
            .Select(group => new { Status = group.Key, Count = group.Count() })
            .ToDictionaryAsync(row => row.Status, row => row.Count, cancellationToken);
        return Enum.GetValues<ContactStatus>().ToDictionary(status => status, status => counts.GetValueOrDefault(status));
    }

    /// <summary>
    /// One page of the contacts the filter matches: those reporting someone in danger now first, then newest first.
    /// Filtered and paged in the database, so every contact can be reached however many there are.
    /// </summary>
    public async Task<ContactListPage> ListAsync(ContactListFilter filter, int pageSize, int pageNumber, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageNumber, 1);
        var query = db.Contacts.AsNoTracking();
        if (filter.Statuses.Count > 0)
        {
            query = query.Where(c => filter.Statuses.Contains(c.Status));
        }

        if (filter.Channels.Count > 0)
        {
            query = query.Where(c => filter.Channels.Contains(c.Channel));
        }

        if (filter.Sources.Count > 0)
        {
            query = query.Where(c => filter.Sources.Contains(c.Source));
        }

        if (filter.ReceivedFrom is { } from)
        {
            var start = StartOfDayInEngland(from);
            query = query.Where(c => c.ReceivedAt >= start);
        }

        if (filter.ReceivedTo is { } to)
        {
            var end = StartOfDayInEngland(to.AddDays(1));
            query = query.Where(c => c.ReceivedAt < end);
        }

        if (filter.QueueKey is { } queueKey)
        {
            query = query.Where(c => c.QueueKey == queueKey);
        }

        if (filter.MatchedToPerson is { } matched)
        {
            query = matched ? query.Where(c => c.PersonId != null) : query.Where(c => c.PersonId == null);
        }

        if (filter.ChaseCallsOnly)
        {
            var chase = nameof(CallBacks.OutboundCallPurpose.ChaseMissingInformation);
            query = query.Where(c => db.ContactEvents.Any(e => e.ContactId == c.Id && e.Kind == Events.ContactEventKind.OutboundCallMade && e.To == chase));
        }

        if (filter.AgeBand is not null || filter.Area is not null)
        {
            query = await InChannelMixGroupAsync(query, filter.AgeBand, filter.Area, cancellationToken);
        }

        if (filter.NeedsAttentionOnly)
        {
            // The same rule as the needs-attention list: failed, or received and never processed.
            var stuckBefore = clock.GetUtcNow() - intake.Value.StuckAfter;
            query = query.Where(c => c.Status == ContactStatus.NeedsAttention || (c.Status == ContactStatus.Received && c.StatusChangedAt < stuckBefore));
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query
            .OrderByDescending(c => c.ReportedInImmediateDanger)
            .ThenByDescending(c => c.ReceivedAt)
            .ThenByDescending(c => c.Id)
            .Skip((pageNumber - 1) * pageSize)
            .Take(pageSize)
            .Select(c => new ContactListItem(c.Id, c.Reference, c.ReceivedAt, c.Channel, c.Source, c.Status, c.MatchState, c.ReportedPerson.GivenName, c.ReportedPerson.FamilyName) { PersonId = c.PersonId, ReportedInImmediateDanger = c.ReportedInImmediateDanger })
            .ToListAsync(cancellationToken);
        items = await WithPersonNamesAsync(items, cancellationToken);
        new AuditLog(db, clock).Record(actor, AuditAction.Searched, nameof(Contact), null, null, $"contact list: {items.Count} shown",
            items.Where(i => i.PersonId is not null).Select(i => i.PersonId!.Value));
        await db.SaveChangesAsync(cancellationToken);
        return new ContactListPage(items, total);
    }

    /// <summary>
    /// Narrows to the contacts the channel mix puts in an age band or postcode district, by the same rules
    /// (<see cref="Insight.KpiCalculator.AgeBandAt"/>): the matched contacts are read and grouped here, as the
    /// calculator does; "Unknown" also takes every contact not matched to a person.
    /// </summary>
    private async Task<IQueryable<Contact>> InChannelMixGroupAsync(IQueryable<Contact> query, string? ageBand, string? area, CancellationToken cancellationToken)
    {
        var matched = await query.Where(c => c.PersonId != null)
            .Join(db.People.AsNoTracking(), c => c.PersonId, p => (Guid?)p.Id, (c, p) => new { c.Id, c.ReceivedAt, p.DateOfBirth, p.Address })
            .ToListAsync(cancellationToken);
        var ids = matched
            .Where(m => ageBand is null || Insight.KpiCalculator.AgeBandAt(m.DateOfBirth, DateOnly.FromDateTime(m.ReceivedAt.UtcDateTime)) == ageBand)
            .Where(m => area is null || (m.Address?.Postcode.Outward ?? Insight.KpiCalculator.Unknown) == area)
            .Select(m => m.Id)
            .ToList();
        var unmatchedToo = (ageBand ?? Insight.KpiCalculator.Unknown) == Insight.KpiCalculator.Unknown && (area ?? Insight.KpiCalculator.Unknown) == Insight.KpiCalculator.Unknown;
        return unmatchedToo ? query.Where(c => c.PersonId == null || ids.Contains(c.Id)) : query.Where(c => ids.Contains(c.Id));
    }

    private static readonly TimeZoneInfo England = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    // Midnight always exists in England (clocks change at 1am and 2am), so the offset at midnight is the day's start.
    private static DateTimeOffset StartOfDayInEngland(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, England.GetUtcOffset(midnight)).ToUniversalTime();
    }

    /// <summary>What a sender's receipt shows of the contact they made: its reference and completeness score. Not audited: it holds no one's details.</summary>
    public async Task<ContactReceipt?> ReceiptAsync(Guid contactId, CancellationToken cancellationToken = default) =>
        await db.Contacts.AsNoTracking()
            .Where(c => c.Id == contactId)
            .Select(c => new ContactReceipt(c.Reference, c.CompletenessScore))
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>The contact with this reference, if there is one. Not audited: a reference is not personal data, and opening the contact is.</summary>
    public async Task<Guid?> FindByReferenceAsync(ContactReference reference, CancellationToken cancellationToken = default) =>
        await db.Contacts.AsNoTracking().Where(c => c.Reference == reference).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(cancellationToken);

    /// <summary>Adds the linked person's name to each row that has one, in one read.</summary>
    private async Task<List<ContactListItem>> WithPersonNamesAsync(List<ContactListItem> items, CancellationToken cancellationToken)
    {
        var ids = items.Where(i => i.PersonId is not null).Select(i => i.PersonId!.Value).Distinct().ToList();
        if (ids.Count == 0)
        {
            return items;
        }

        var names = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.Name }).ToDictionaryAsync(p => p.Id, p => p.Name.Display, cancellationToken);
        return [.. items.Select(i => i.PersonId is { } id && names.TryGetValue(id, out var name) ? i with { PersonName = name } : i)];
    }

    public async Task<ContactRecord?> OpenAsync(Guid contactId, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var contact = await db.Contacts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == contactId, cancellationToken);
        if (contact is null)
        {
            return null;
        }

        var answers = await db.ContactAnswers.AsNoTracking().Where(a => a.ContactId == contactId).OrderBy(a => a.Position).ToListAsync(cancellationToken);
        var attachments = await db.ContactAttachments.AsNoTracking()
            .Where(a => a.ContactId == contactId)
            .OrderBy(a => a.AddedAt)
            .Select(a => new AttachmentSummary(a.Id, a.FileName, a.ContentType, a.Size, a.AddedAt, a.AddedBy))
            .ToListAsync(cancellationToken);
        var person = contact.PersonId is { } personId
            ? await db.People.AsNoTracking().Where(p => p.Id == personId).Select(p => new { p.Id, p.Name, p.DateOfBirth, p.NhsNumber, p.Address }).SingleOrDefaultAsync(cancellationToken)
            : null;
        var completeness = ReferralCompleteness.PartnerTypeFor(contact.Source) is { } partnerType
            ? ReferralCompleteness.Score(partnerType, new ReferralEvidence(contact.ReportedPerson, contact.Caller, contact.Story, contact.Consent, contact.ImmediateRisk, contact.CommunicationNeeds, [.. answers.Where(a => a.Answer.Length > 0).Select(a => a.Key)]))
            : null;

        new AuditLog(db, clock).Record(actor, AuditAction.Viewed, nameof(Contact), AuditEvent.IdOf(contactId), null, "contact page", contact.PersonId is { } linked ? [linked] : null);
        await db.SaveChangesAsync(cancellationToken);

        return new ContactRecord(
            contact,
            person is null ? null : new MatchedPerson(person.Id, person.Name, person.DateOfBirth, person.NhsNumber, person.Address?.Postcode.Value),
            answers,
            attachments,
            InStoryOrder(await timeline.ListAsync(contactId, cancellationToken)),
            completeness,
            MatchExplanationReader.Read(contact.MatchExplanation),
            [.. (await db.OutboxMessages.AsNoTracking().Where(m => m.ContactId == contactId).ToListAsync(cancellationToken)).OrderBy(m => m.CreatedAt).ThenBy(m => m.Id).Select(ContactMessage.Of)],
            await db.ContactEvents.AsNoTracking().Where(e => e.ContactId == contactId).OrderBy(e => e.ContactVersion).ToListAsync(cancellationToken));
    }

    // Staff additions made in the same instant as processing (a frozen clock, a fast advisor) still come after it.
    private static List<ContactTimelineEntry> InStoryOrder(IReadOnlyList<ContactTimelineEntry> entries) =>
        [.. entries.OrderBy(e => e.At).ThenBy(e => e.Kind is TimelineEntryKind.Note or TimelineEntryKind.CallBack or TimelineEntryKind.Document)];

    /// <summary>A file kept with the contact, for download; the download is on the audit trail as data leaving FrontDoor.</summary>
    public async Task<ContactAttachment?> DownloadAttachmentAsync(Guid contactId, Guid attachmentId, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var attachment = await db.ContactAttachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == attachmentId && a.ContactId == contactId, cancellationToken);
        if (attachment is not null)
        {
            new AuditLog(db, clock).Record(actor, AuditAction.Exported, nameof(ContactAttachment), attachmentId.ToString(), null, $"downloaded from contact {contactId}");
            await db.SaveChangesAsync(cancellationToken);
        }

        return attachment;
    }
}
