using FrontDoor.Core.Audit;
using FrontDoor.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.People.Search;

/// <summary>One person as an advisor needs them on a call: who they are, how to reach them, and who holds them now.</summary>
public sealed record PersonSummary(
    Guid PersonId,
    string Name,
    string GivenName,
    string FamilyName,
    string? KnownAs,
    string? FormerFamilyName,
    DateOnly? DateOfBirth,
    int? Age,
    string? NhsNumber,
    string? LasId,
    IReadOnlyList<string> Address,
    IReadOnlyList<string> Phones,
    string? Email,
    IReadOnlyList<string> CommunicationNeeds,
    AllocationStatus Allocation,
    DateTimeOffset? LeftCaseSystemAt = null,
    Guid? MergedIntoId = null);

/// <summary>Opens a person's record for a member of staff, and audits that they looked.</summary>
public sealed class PersonSummaryLookup(FrontDoorDbContext db, TimeProvider clock, AllocationStatusLookup allocations, AuditLog audit)
{
    /// <summary>The person, or null when there is nobody with that id (nothing is audited then).</summary>
    public async Task<PersonSummary?> OpenAsync(Guid personId, AuditActor actor, string? origin, string reason, CancellationToken cancellationToken)
    {
        if (await ReadAsync(personId, cancellationToken) is not var (person, allocation))
        {
            return null;
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        await RecordOpenedAsync(personId, actor, origin, reason, cancellationToken);

        return new PersonSummary(
            person.Id,
            person.Name.Display,
            person.Name.GivenName,
            person.Name.FamilyName,
            person.Name.KnownAs,
            person.Name.FormerFamilyName,
            person.DateOfBirth,
            person.AgeOn(today),
            person.NhsNumber?.Formatted,
            person.LasId,
            person.Address is { } address ? [.. address.Lines()] : [],
            [.. person.Phones.Select(p => p.National)],
            person.Email,
            [.. person.CommunicationNeeds.Describe()],
            allocation ?? AllocationStatus.NotAllocated,
            person.LeftCaseSystemAt,
            person.MergedIntoId);
    }

    /// <summary>The record itself and who holds them, for a page that works on it (a call being recorded); not audited here.</summary>
    public async Task<(Person Person, AllocationStatus? Allocation)?> ReadAsync(Guid personId, CancellationToken cancellationToken)
    {
        var person = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == personId, cancellationToken);
        return person is null ? null : (person, (await allocations.ForAsync([personId], cancellationToken)).GetValueOrDefault(personId));
    }

    /// <summary>Audits that a member of staff had <paramref name="personId"/>'s record in front of them.</summary>
    public async Task RecordOpenedAsync(Guid personId, AuditActor actor, string? origin, string reason, CancellationToken cancellationToken)
    {
        audit.RecordPersonViewed(actor, personId, origin, reason);
        await db.SaveChangesAsync(cancellationToken);
    }
}
