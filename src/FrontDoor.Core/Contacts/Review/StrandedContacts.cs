using FrontDoor.Core.Audit;
using FrontDoor.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.Contacts.Review;

/// <summary>
/// Contacts that would otherwise be left with nobody: those that reported someone but matched no record (match review
/// only holds those with candidates), and each person's own contacts, so staff can go from a person to what was said.
/// </summary>
public sealed class StrandedContacts(FrontDoorDbContext db, AuditLog audit)
{
    /// <summary>Open or routed contacts that named someone and are linked to nobody: anyone reported in danger now first, then newest first.</summary>
    /// <param name="pageNumber">From 1; a page past the end is empty.</param>
    public async Task<ContactListPage> UnmatchedAsync(int pageNumber, int pageSize, AuditActor actor, string? origin, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageNumber, 1);
        var unmatched = db.Contacts.AsNoTracking()
            .Where(c => c.MatchState == PersonMatchState.Unmatched && (c.Status == ContactStatus.Open || c.Status == ContactStatus.Routed))
            .Where(c => c.ReportedPerson.GivenName != null || c.ReportedPerson.FamilyName != null || c.ReportedPerson.DateOfBirthAsGiven != null
                || c.ReportedPerson.NhsNumberAsGiven != null || c.ReportedPerson.LasId != null || c.ReportedPerson.Postcode != null
                || c.ReportedPerson.AddressLine1 != null || c.ReportedPerson.Phone != null || c.ReportedPerson.Email != null);
        var total = await unmatched.CountAsync(cancellationToken);
        var rows = await unmatched
            .OrderByDescending(c => c.ReportedInImmediateDanger)
            .ThenByDescending(c => c.ReceivedAt)
            .ThenBy(c => c.Id)
            .Skip((pageNumber - 1) * pageSize)
            .Take(pageSize)
            .Select(c => new ContactListItem(c.Id, c.Reference, c.ReceivedAt, c.Channel, c.Source, c.Status, c.MatchState, c.ReportedPerson.GivenName, c.ReportedPerson.FamilyName) { ReportedInImmediateDanger = c.ReportedInImmediateDanger })
            .ToListAsync(cancellationToken);
        audit.Record(actor, AuditAction.Searched, nameof(Contact), null, origin, $"unmatched contacts: {rows.Count} shown");
        await db.SaveChangesAsync(cancellationToken);
        return new ContactListPage(rows, total);
    }

    /// <summary>The person's contacts, newest first. The person page that shows them audits the look at the person.</summary>
    public async Task<ContactListPage> OfPersonAsync(Guid personId, int pageNumber, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageNumber, 1);
        var theirs = db.Contacts.AsNoTracking().Where(c => c.PersonId == personId);
        var total = await theirs.CountAsync(cancellationToken);
        var rows = await theirs
            .OrderByDescending(c => c.ReceivedAt)
            .ThenBy(c => c.Id)
            .Skip((pageNumber - 1) * pageSize)
            .Take(pageSize)
            .Select(c => new ContactListItem(c.Id, c.Reference, c.ReceivedAt, c.Channel, c.Source, c.Status, c.MatchState, c.ReportedPerson.GivenName, c.ReportedPerson.FamilyName) { PersonId = c.PersonId, ReportedInImmediateDanger = c.ReportedInImmediateDanger })
            .ToListAsync(cancellationToken);
        return new ContactListPage(rows, total);
    }
}
