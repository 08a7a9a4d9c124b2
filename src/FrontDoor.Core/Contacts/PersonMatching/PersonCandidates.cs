using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Data;
using FrontDoor.Core.People;
using FrontDoor.Core.People.Matching;
using FrontDoor.Core.People.Search;
using FrontDoor.Matching;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.Contacts.PersonMatching;

/// <summary>
/// The records that could be the person a caller describes, best first, each with who is allocated to them —
/// what an advisor needs while the caller is still on the line.
/// </summary>
public sealed class PersonCandidates(FrontDoorDbContext db, PersonIndexHost host, MatchBands bands, AllocationStatusLookup allocations, AuditLog audit)
{
    public async Task<IReadOnlyList<PersonCandidate>> FindAsync(ReportedPerson described, int max, AuditActor actor, string? origin, CancellationToken cancellationToken)
    {
        if (described.Normalised().IsEmpty)
        {
            return [];
        }

        var index = await host.GetAsync(cancellationToken);
        var matches = index.Match(ProbabilisticContactMatcher.ToQuery(described.Normalised()), max).Candidates
            .Where(c => c.Probability >= 0.01)
            .ToList();
        var ids = matches.Select(m => PersonMatchRecords.PersonIdOf(m.Id)).ToList();
        var people = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var allocated = await allocations.ForAsync(ids, cancellationToken);
        var samePerson = await DecidedSamePersonAsync(ids, people, cancellationToken);

        var shown = matches
            .Where(m => people.ContainsKey(PersonMatchRecords.PersonIdOf(m.Id)))
            .Select(m =>
            {
                var id = PersonMatchRecords.PersonIdOf(m.Id);
                return new PersonCandidate(people[id], m.Probability, bands.Likelihood(m.Probability), m.Band, m.Explanation, allocated.GetValueOrDefault(id))
                {
                    DecidedSamePersonAs = samePerson.GetValueOrDefault(id),
                };
            })
            .ToList();
        audit.Record(actor, AuditAction.Searched, "Person", null, origin, $"phone contact person search, {shown.Count} results", shown.Select(c => c.Person.Id));
        await db.SaveChangesAsync(cancellationToken);
        return shown;
    }

    /// <summary>For each record a manager has decided is one person with another (to merge in the case system), that other record.</summary>
    private async Task<Dictionary<Guid, Person>> DecidedSamePersonAsync(List<Guid> ids, Dictionary<Guid, Person> people, CancellationToken cancellationToken)
    {
        var decisions = await db.DuplicateDecisions.AsNoTracking()
            .Where(d => d.Verdict == DuplicateVerdict.SamePerson && (ids.Contains(d.LowerPersonId) || ids.Contains(d.HigherPersonId)))
            .Select(d => new { d.LowerPersonId, d.HigherPersonId })
            .ToListAsync(cancellationToken);
        var pairs = decisions.SelectMany(d => new[] { (Of: d.LowerPersonId, Other: d.HigherPersonId), (Of: d.HigherPersonId, Other: d.LowerPersonId) })
            .Where(p => ids.Contains(p.Of))
            .ToList();
        var missing = pairs.Select(p => p.Other).Where(id => !people.ContainsKey(id)).Distinct().ToList();
        var others = missing.Count == 0 ? new Dictionary<Guid, Person>() : await db.People.AsNoTracking().Where(p => missing.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var found = new Dictionary<Guid, Person>();
        foreach (var (of, other) in pairs)
        {
            if ((people.GetValueOrDefault(other) ?? others.GetValueOrDefault(other)) is { } person)
            {
                found.TryAdd(of, person);
            }
        }

        return found;
    }
}

public sealed record PersonCandidate(Person Person, double Probability, MatchLikelihood Likelihood, MatchBand Band, MatchExplanation Explanation, AllocationStatus? Allocation)
{
    /// <summary>Another record a manager decided is this same person, waiting to be merged in the case management system.</summary>
    public Person? DecidedSamePersonAs { get; init; }
}
