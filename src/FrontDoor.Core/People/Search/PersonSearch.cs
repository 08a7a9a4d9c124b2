using System.Globalization;
using FrontDoor.Core.Audit;
using FrontDoor.Core.Data;
using FrontDoor.Core.People.Matching;
using FrontDoor.Matching;
using FrontDoor.Matching.Normalisation;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.People.Search;

/// <summary>
/// The advisor's one-box person search. The matching engine ranks people by match probability, so typos,
/// nicknames and swapped dates still find the right person first. A name on its own may slip through the engine's
/// blocking; then the database is searched by family-name prefix instead, and the results say so.
/// Every search is audited, without the search text (it is personal data), before it answers.
/// Searches run on every keystroke of type-ahead, so the path is lean: the ranking is in memory, the database is asked
/// only for the few columns a result shows, and the audit shares its INSERT with concurrent searches.
/// </summary>
public sealed class PersonSearch(FrontDoorDbContext db, TimeProvider clock, PersonIndexHost indexHost, AllocationStatusLookup allocations, AccessAuditWriter audit)
{
    public const int MaxResults = 50;

    // Enough rows for a common family name's first few hundred; ranked by similarity in memory.
    private const int NameFallbackRows = 500;
    private const int ShortPrefixLength = 3;

    public async Task<PersonSearchResults> SearchAsync(string? text, int max, string actor, string? origin, CancellationToken cancellationToken)
    {
        max = Math.Clamp(max, 1, MaxResults);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var query = PersonSearchQueryParser.Parse(text, today);

        var found = new List<Found>();
        var nameOnly = false;
        if (!query.IsEmpty)
        {
            found = await ByMatchProbabilityAsync(query, max, cancellationToken);
            if (found.Count == 0 && query.IsNameOnly)
            {
                nameOnly = true;
                found = await ByFamilyNamePrefixAsync(query, max, cancellationToken);
            }
        }

        var people = found.Select(f => new PersonSearchResult(
            f.Person.Id,
            f.Person.Name.Display,
            f.Person.Name.KnownAs,
            f.Person.DateOfBirth,
            Person.AgeOn(f.Person.DateOfBirth, today),
            f.Person.Postcode?.Value,
            f.Person.NhsNumber?.Formatted,
            f.Person.LasId,
            f.Probability,
            f.Strength,
            f.Explanation,
            f.Allocation)).ToList();

        await audit.RecordAsync(actor, AuditAction.Searched, "Person", null, origin,
            string.Create(CultureInfo.InvariantCulture, $"person search, {people.Count} results{(nameOnly ? ", name only" : string.Empty)}"), cancellationToken);
        return new PersonSearchResults(query, people, nameOnly);
    }

    private async Task<List<Found>> ByMatchProbabilityAsync(PersonSearchQuery query, int max, CancellationToken cancellationToken)
    {
        var index = await indexHost.GetAsync(cancellationToken);

        // A district narrows what the engine finds, so ask it for more to narrow from.
        var result = index.Match(query.Record, query.PostcodeDistrict is null ? max : Math.Min(max * 4, 200));
        if (result.Candidates.Count == 0)
        {
            return [];
        }

        var ids = result.Candidates.Select(c => PersonMatchRecords.PersonIdOf(c.Id)).ToList();
        var shown = await ShownAsync(ids, cancellationToken);
        var ranked = new List<Found>(result.Candidates.Count);
        foreach (var candidate in result.Candidates)
        {
            // The index can be a moment ahead of or behind this node's view of the database.
            if (!shown.TryGetValue(PersonMatchRecords.PersonIdOf(candidate.Id), out var person))
            {
                continue;
            }

            var explanation = candidate.Explanation.Fields
                .Where(f => !string.IsNullOrEmpty(f.Description) && f.Weight != 0)
                .Select(f => f.Description)
                .ToList();
            ranked.Add(new Found(person.Row, candidate.Probability, StrengthOf(candidate.Band), explanation, person.Allocation));
        }

        return query.PostcodeDistrict is { } district ? [.. NarrowToDistrict(ranked, district).Take(max)] : ranked;
    }

    /// <summary>What the results show of each person, with who holds them now: one query, joined in the database.</summary>
    private async Task<Dictionary<Guid, (PersonRow Row, AllocationStatus Allocation)>> ShownAsync(List<Guid> ids, CancellationToken cancellationToken)
    {
        var rows = await (
            from p in db.People.AsNoTracking()
            where ids.Contains(p.Id)
            // The ids filter both sides, so PostgreSQL reads a few index entries instead of hashing every allocation.
            join allocation in allocations.Current().Where(a => ids.Contains(a.PersonId)) on p.Id equals allocation.PersonId into held
            from allocation in held.DefaultIfEmpty()
            select new
            {
                Person = new PersonRow(
                    p.Id, p.Name.GivenName, p.Name.FamilyName, p.Name.KnownAs, p.DateOfBirth, p.Address == null ? null : (UkPostcode?)p.Address.Postcode, p.NhsNumber, p.LasId),
                // Scalars, not the record: most people have no allocation, and the left join gives nulls.
                HeldFrom = (DateOnly?)allocation!.From,
                allocation.Worker,
                allocation.Team,
            }).ToListAsync(cancellationToken);

        var statuses = allocations.StatusesOf(rows
            .Where(r => r.HeldFrom is not null)
            .Select(r => new CurrentAllocation { PersonId = r.Person.Id, From = r.HeldFrom!.Value, Worker = r.Worker, Team = r.Team }));
        return rows.DistinctBy(r => r.Person.Id).ToDictionary(r => r.Person.Id, r => (r.Person, statuses.GetValueOrDefault(r.Person.Id) ?? AllocationStatus.NotAllocated));
    }

    /// <summary>Those in the district first (keeping the engine's order), then the rest, each saying which it is.</summary>
    private static IEnumerable<Found> NarrowToDistrict(List<Found> ranked, string district)
    {
        bool InDistrict(Found f) => f.Person.Postcode is { } postcode && postcode.Outward == district;
        return ranked.Where(InDistrict).Select(f => f with { Explanation = [.. f.Explanation, $"in postcode district {district}"] })
            .Concat(ranked.Where(f => !InDistrict(f)).Select(f => f with { Explanation = [.. f.Explanation, $"not in postcode district {district}"] }));
    }

    private async Task<List<Found>> ByFamilyNamePrefixAsync(PersonSearchQuery query, int max, CancellationToken cancellationToken)
    {
        var typedFamily = query.Record.FamilyName!.ToLowerInvariant();
        var typedGiven = query.Record.GivenName?.ToLowerInvariant();
        var rows = await WithFamilyNamePrefixAsync(typedFamily, cancellationToken);

        // Widen to the first few letters, so a typo later in the name ("Smtih") still finds Smith.
        if (rows.Count < max && typedFamily.Length > ShortPrefixLength)
        {
            var wider = await WithFamilyNamePrefixAsync(typedFamily[..ShortPrefixLength], cancellationToken);
            rows = [.. rows.Concat(wider).DistinctBy(p => p.Id)];
        }

        if (query.PostcodeDistrict is { } district)
        {
            rows = [.. rows.Where(p => p.Postcode is { } postcode && postcode.Outward == district)];
        }

        var best = rows
            .Select(person => (Person: person, Similarity: NameSimilarity(person, typedFamily, typedGiven)))
            .OrderByDescending(row => row.Similarity)
            .ThenBy(row => row.Person.Name.FamilyName, StringComparer.OrdinalIgnoreCase)
            .ThenBy(row => row.Person.Name.GivenName, StringComparer.OrdinalIgnoreCase)
            .Take(max)
            .ToList();
        var statuses = await allocations.ForAsync([.. best.Select(row => row.Person.Id)], cancellationToken);
        return [.. best.Select(row => new Found(row.Person, null, MatchStrength.NameOnly,
            [
                string.Create(CultureInfo.InvariantCulture, $"family name {row.Person.Name.FamilyName} starts like {query.Record.FamilyName}"),
                string.Create(CultureInfo.InvariantCulture, $"name similarity {row.Similarity:0.00} (searched by name only)"),
            ],
            statuses.GetValueOrDefault(row.Person.Id) ?? AllocationStatus.NotAllocated))];
    }

    // lower() on both sides gives the same case-insensitive prefix match on SQLite and PostgreSQL. The parser only
    // lets letters, apostrophes and hyphens into a name, so the prefix holds no LIKE wildcards.
    private Task<List<PersonRow>> WithFamilyNamePrefixAsync(string lowerCasePrefix, CancellationToken cancellationToken) =>
        Rows(db.People
            .Where(p => EF.Functions.Like(p.Name.FamilyName.ToLower(), lowerCasePrefix + "%"))
            .OrderBy(p => p.Name.FamilyName)
            .ThenBy(p => p.Name.GivenName)
            .Take(NameFallbackRows))
            .ToListAsync(cancellationToken);

    /// <summary>Just what a result shows: not the whole record (phones, needs), which costs more to read than to rank.</summary>
    private static IQueryable<PersonRow> Rows(IQueryable<Person> people) =>
        people.AsNoTracking().Select(p => new PersonRow(
            p.Id, p.Name.GivenName, p.Name.FamilyName, p.Name.KnownAs, p.DateOfBirth, p.Address == null ? null : (UkPostcode?)p.Address.Postcode, p.NhsNumber, p.LasId));

    private static double NameSimilarity(PersonRow person, string typedFamily, string? typedGiven)
    {
        var family = StringSimilarity.JaroWinkler(typedFamily, person.Name.FamilyName.ToLowerInvariant());
        if (typedGiven is null)
        {
            return family;
        }

        var given = Math.Max(
            StringSimilarity.JaroWinkler(typedGiven, person.Name.GivenName.ToLowerInvariant()),
            person.Name.KnownAs is { } knownAs ? StringSimilarity.JaroWinkler(typedGiven, knownAs.ToLowerInvariant()) : 0);
        return (0.6 * family) + (0.4 * given);
    }

    private static MatchStrength StrengthOf(MatchBand band) => band switch
    {
        MatchBand.Link => MatchStrength.VeryLikely,
        MatchBand.Review => MatchStrength.Possible,
        _ => MatchStrength.Unlikely,
    };

    private sealed record Found(PersonRow Person, double? Probability, MatchStrength Strength, IReadOnlyList<string> Explanation, AllocationStatus Allocation);

    // Flat columns: EF reads a complex property passed to a constructor by loading the whole entity.
    private sealed record PersonRow(Guid Id, string GivenName, string FamilyName, string? KnownAs, DateOnly? DateOfBirth, UkPostcode? Postcode, NhsNumber? NhsNumber, string? LasId)
    {
        public PersonName Name { get; } = new(GivenName, FamilyName, KnownAs);
    }
}
