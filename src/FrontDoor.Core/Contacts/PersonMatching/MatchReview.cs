using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Contacts.Repeat;
using FrontDoor.Core.Contacts.Timeline;
using FrontDoor.Core.Data;
using FrontDoor.Core.Messages;
using FrontDoor.Core.People;
using FrontDoor.Core.People.Matching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontDoor.Core.Contacts.PersonMatching;

/// <summary>
/// The human half of matching: contacts the engine could not decide are reviewed side by side, and the
/// reviewer's decision is recorded on the contact's timeline and the audit trail.
/// </summary>
public sealed class MatchReview(FrontDoorDbContext db, TimeProvider clock, AuditLog audit, RepeatContacts repeats, IOptions<MessagesOptions>? messages = null)
{
    /// <summary>Contacts waiting for someone to choose their person: anyone reported in danger now first, then oldest first.</summary>
    public async Task<IReadOnlyList<MatchReviewItem>> QueueAsync(int max, CancellationToken cancellationToken)
    {
        var waiting = await db.Contacts.AsNoTracking()
            .Where(c => c.MatchState == PersonMatchState.NeedsReview && c.Status != ContactStatus.Closed)
            .OrderByDescending(c => c.ReportedInImmediateDanger)
            .ThenBy(c => c.ReceivedAt)
            .Take(max)
            .Select(c => new { c.Id, c.Reference, c.Channel, c.ReceivedAt, c.ReportedPerson, c.MatchExplanation, c.ReportedInImmediateDanger })
            .ToListAsync(cancellationToken);
        return waiting.Select(c => new MatchReviewItem(c.Id, c.Reference, c.Channel, c.ReceivedAt, Describe(c.ReportedPerson), MatchExplanationReader.Read(c.MatchExplanation).Candidates.Count) { ReportedInImmediateDanger = c.ReportedInImmediateDanger }).ToList();
    }

    /// <summary>What the contact said beside each candidate record, with the engine's reasons.</summary>
    public async Task<MatchComparison?> CompareAsync(Guid contactId, AuditActor actor, string? origin, CancellationToken cancellationToken)
    {
        var contact = await db.Contacts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == contactId, cancellationToken);
        if (contact is null)
        {
            return null;
        }

        var explanation = MatchExplanationReader.Read(contact.MatchExplanation);
        var ids = explanation.Candidates.Select(c => c.PersonId).ToList();
        var people = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var candidates = explanation.Candidates
            .Where(c => people.ContainsKey(c.PersonId))
            .Select(c => new MatchComparisonCandidate(people[c.PersonId], c))
            .ToList();

        audit.Record(actor, AuditAction.Viewed, "Contact", AuditEvent.IdOf(contactId), origin, $"match review, {candidates.Count} candidate records", candidates.Select(c => c.Person.Id));
        await db.SaveChangesAsync(cancellationToken);
        return new MatchComparison(contact, explanation.Decision ?? "not matched yet", candidates);
    }

    /// <summary>
    /// Records the reviewer's choice: the person the contact is about, or none of the candidates (the contact goes
    /// back to unmatched so the advisor can search or create a record).
    /// </summary>
    public async Task DecideAsync(Guid contactId, Guid? chosenPersonId, AuditActor actor, string? origin, CancellationToken cancellationToken)
    {
        var contact = await db.Contacts.SingleOrDefaultAsync(c => c.Id == contactId, cancellationToken)
            ?? throw new DomainValidationException("ContactId", "That contact no longer exists");
        if (contact.MatchState != PersonMatchState.NeedsReview)
        {
            throw new DomainValidationException("ContactId", "Someone has already decided who this contact is about");
        }

        var now = clock.GetUtcNow();
        string text;
        if (chosenPersonId is { } personId)
        {
            var candidates = MatchExplanationReader.Read(contact.MatchExplanation).Candidates;
            if (candidates.All(c => c.PersonId != personId) || !await db.People.AnyAsync(p => p.Id == personId, cancellationToken))
            {
                throw new DomainValidationException("PersonId", "Choose one of the records shown, or none of them");
            }

            contact.MatchTo(personId);
            text = "Reviewed: linked to the chosen person record.";
            await repeats.FlagIfRecurringAsync(contact, cancellationToken);
            if (AllocatedWorkerEmail.IsWritten(contact.Channel))
            {
                await new AllocatedWorkerEmail(db, clock, messages?.Value.StaffSiteUrl).AddAsync(contact, personId, cancellationToken);
            }
        }
        else
        {
            contact.LeaveUnmatched();
            text = "Reviewed: none of the suggested records is this person.";
        }

        db.ContactTimelineEntries.Add(new ContactTimelineEntry(Guid.CreateVersion7(now), contact.Id, now, actor.Id, TimelineEntryKind.Matched, text));
        audit.Record(actor, AuditAction.Linked, "Contact", AuditEvent.IdOf(contactId), origin,
            chosenPersonId is { } chosen ? $"match review: person {AuditEvent.IdOf(chosen)}" : "match review: none of these", chosenPersonId is { } linked ? [linked] : null);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Describe(ReportedPerson reported) =>
        string.Join(" ", new[] { reported.GivenName, reported.FamilyName }.Where(s => !string.IsNullOrWhiteSpace(s))) is { Length: > 0 } name ? name : "No name given";
}

public sealed record MatchReviewItem(Guid ContactId, ContactReference Reference, ContactChannel Channel, DateTimeOffset ReceivedAt, string ReportedName, int Candidates)
{
    /// <summary>Someone was reported as in danger now: listed first and flagged.</summary>
    public bool ReportedInImmediateDanger { get; init; }
}

public sealed record MatchComparison(Contact Contact, string Decision, IReadOnlyList<MatchComparisonCandidate> Candidates);

public sealed record MatchComparisonCandidate(Person Person, StoredMatchCandidate Match);
