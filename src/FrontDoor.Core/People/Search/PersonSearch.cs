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
/// Searches run on every keystroke of type-ahead, so the path is lean: the ranking, what each result shows and who
/// holds each person all come from memory (<see cref="PersonIndexHost"/>), and the audit shares its INSERT with
/// concurrent searches.
/// </summary>
public sealed class PersonSearch(FrontDoorDbContext db, TimeProvider clock, PersonIndexHost indexHost, AllocationStatusLookup allocations, AccessAuditWriter audit)
{
    public const int MaxResults = 50;

    public const string NameOnlyAdvice = "name only: confirm the date of birth";

    // Enough rows for a common family name's first few hundred; ranked by similarity in memory.
    private const int NameFallbackRows = 500;
    private const int ShortPrefixLength = 3;

    public Task<PersonSearchResults> SearchAsync(string? text, int max, AuditActor actor, string? origin, CancellationToken cancellationToken) =>
        SearchAsync(text, max, page: 1, actor, origin, cancellationToken);

    /// <param name="page">Which page of a search by name only, from 1: a common family name finds more people than a page shows.</param>
    public async Task<PersonSearchResults> SearchAsync(string? text, int max, int page, AuditActor actor, string? origin, CancellationToken cancellationToken)
    {
        max = Math.Clamp(max, 1, MaxResults);
        page = Math.Max(1, page);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var query = PersonSearchQueryParser.Parse(text, today, indexHost.HasCaseSystemIdsOfLength);
        if (indexHost.CurrentCaseSystemId(query.Record.LasId) is { } current && current != query.Record.LasId)
        {
            query = query with
            {
                Record = query.Record with { LasId = current },
                Understood = [.. query.Understood, $"case-system id {query.Record.LasId} was merged into {current}"],
            };
        }

        var found = new List<Found>();
        var nameOnly = false;
        var total = 0;
        if (!query.IsEmpty)
        {
            found = await ByMatchProbabilityAsync(query, max, cancellationToken);
            total = found.Count;
            if (found.Count == 0 && query.IsNameOnly)
            {
                nameOnly = true;
                (found, total) = await ByFamilyNamePrefixAsync(query, max, page, cancellationToken);
            }
            else if (query.BirthYear is { } year)
            {
                found = [.. NarrowToBirthYear(found, year)];
            }
        }

        var allocatedOn = allocations.Today;
        var statuses = allocations.StatusesOf(found.SelectMany(f => indexHost.Allocations.CurrentOf(f.Person.Id, allocatedOn)));
        var people = found.Select(f => new PersonSearchResult(
            f.Person.Id,
            f.Person.Name.Display,
            f.Person.Name.KnownAs,
            f.Person.Name.FormerFamilyName,
            f.Person.DateOfBirth,
            Person.AgeOn(f.Person.DateOfBirth, today),
            f.Person.Postcode,
            f.Person.NhsNumber?.Formatted,
            f.Person.LasId,
            f.Probability,
            f.Strength,
            f.Explanation,
            statuses.GetValueOrDefault(f.Person.Id) ?? AllocationStatus.NotAllocated)).ToList();

        await audit.RecordAsync(actor, AuditAction.Searched, "Person", null, origin,
            string.Create(CultureInfo.InvariantCulture, $"person search, {people.Count} results{(nameOnly ? ", name only" : string.Empty)}"),
            people.Select(p => p.PersonId), cancellationToken);
        return new PersonSearchResults(query, people, nameOnly) { TotalFound = total, Page = nameOnly ? page : 1, PageSize = max };
    }

    private async Task<List<Found>> ByMatchProbabilityAsync(PersonSearchQuery query, int max, CancellationToken cancellationToken)
    {
        var index = await indexHost.GetAsync(cancellationToken);

        // A district narrows what the engine finds, so ask it for more to narrow from.
        var result = index.Match(query.Record, query.PostcodeDistrict is null ? max : Math.Min(max * 4, 200));
        var ranked = new List<Found>(result.Candidates.Count);
        foreach (var candidate in result.Candidates)
        {
            var explanation = candidate.Explanation.Fields
                .Where(f => !string.IsNullOrEmpty(f.Description) && f.Weight != 0)
                .Select(f => f.Description)
                .ToList();
            // With nothing but a name to go on, no band means anything: rank by how well the name agrees and say so.
            if (query.IsNameOnly)
            {
                explanation.Insert(0, NameOnlyAdvice);
            }

            ranked.Add(new Found((PersonListing)candidate.Tag!, candidate.Probability, query.IsNameOnly ? MatchStrength.NameOnly : StrengthOf(candidate.Band), explanation));
        }

        return query.PostcodeDistrict is { } district ? [.. NarrowToDistrict(ranked, district).Take(max)] : ranked;
    }

    /// <summary>Those in the district first (keeping the engine's order), then the rest, each saying which it is.</summary>
    private static IEnumerable<Found> NarrowToDistrict(List<Found> ranked, string district) =>
        ranked.Where(f => f.Person.IsInDistrict(district)).Select(f => f with { Explanation = [.. f.Explanation, $"in postcode district {district}"] })
            .Concat(ranked.Where(f => !f.Person.IsInDistrict(district)).Select(f => f with { Explanation = [.. f.Explanation, $"not in postcode district {district}"] }));

    /// <summary>Those born in <paramref name="year"/> first (keeping their order), then the rest, each saying which it is.</summary>
    private static IEnumerable<Found> NarrowToBirthYear(List<Found> ranked, int year) =>
        ranked.Where(f => f.Person.DateOfBirth?.Year == year).Select(f => f with { Explanation = [.. f.Explanation, $"born in {year}"] })
            .Concat(ranked.Where(f => f.Person.DateOfBirth?.Year != year).Select(f => f with { Explanation = [.. f.Explanation, $"not born in {year}"] }));

    private async Task<(List<Found> Page, int Total)> ByFamilyNamePrefixAsync(PersonSearchQuery query, int max, int page, CancellationToken cancellationToken)
    {
        var typedFamily = query.Record.FamilyName!.ToLowerInvariant();
        var typedGiven = query.Record.GivenName?.ToLowerInvariant();

        // A family name on its own finds everyone who has it: all of them, a page at a time, in an order an advisor can
        // scan (the name as typed first, then by given name and date of birth), never just the first few hidden among many.
        if (typedGiven is null && query.PostcodeDistrict is null)
        {
            var matching = WithFamilyNamePrefix(typedFamily, query.BirthYear);
            var total = await matching.CountAsync(cancellationToken);
            if (total > 0)
            {
                var listed = await Listings(matching
                    .OrderBy(p => EF.Functions.Like(p.Name.FamilyName.ToLower(), typedFamily) ? 0 : 1)
                    .ThenBy(p => p.Name.FamilyName)
                    .ThenBy(p => p.Name.GivenName)
                    .ThenBy(p => p.DateOfBirth)
                    .ThenBy(p => p.Id)
                    .Skip((page - 1) * max)
                    .Take(max), cancellationToken);
                return ([.. listed.Select(person => new Found(person, null, MatchStrength.NameOnly,
                [
                    string.Create(CultureInfo.InvariantCulture, $"family name {person.Name.FamilyName} starts like {query.Record.FamilyName}"),
                    NameOnlyAdvice,
                ]))], total);
            }
        }

        var rows = await Listings(WithFamilyNamePrefix(typedFamily, query.BirthYear).OrderBy(p => p.Name.FamilyName).ThenBy(p => p.Name.GivenName).Take(NameFallbackRows), cancellationToken);

        // Widen to the first few letters, so a typo later in the name ("Smtih") still finds Smith.
        if (rows.Count < max && typedFamily.Length > ShortPrefixLength)
        {
            var wider = await Listings(WithFamilyNamePrefix(typedFamily[..ShortPrefixLength], query.BirthYear).OrderBy(p => p.Name.FamilyName).ThenBy(p => p.Name.GivenName).Take(NameFallbackRows), cancellationToken);
            rows = [.. rows.Concat(wider).DistinctBy(p => p.Id)];
        }

        if (query.PostcodeDistrict is { } district)
        {
            rows = [.. rows.Where(p => p.IsInDistrict(district))];
        }

        var ranked = rows
            .Select(person => (Person: person, Similarity: NameSimilarity(person.Name, typedFamily, typedGiven)))
            .OrderByDescending(row => row.Similarity)
            .ThenBy(row => row.Person.Name.FamilyName, StringComparer.OrdinalIgnoreCase)
            .ThenBy(row => row.Person.Name.GivenName, StringComparer.OrdinalIgnoreCase)
            .ThenBy(row => row.Person.DateOfBirth)
            .ToList();
        return ([.. ranked
            .Skip((page - 1) * max)
            .Take(max)
            .Select(row => new Found(row.Person, null, MatchStrength.NameOnly,
            [
                string.Create(CultureInfo.InvariantCulture, $"family name {row.Person.Name.FamilyName} starts like {query.Record.FamilyName}"),
                string.Create(CultureInfo.InvariantCulture, $"name similarity {row.Similarity:0.00} (searched by name only)"),
            ]))], ranked.Count);
    }

    // lower() on both sides gives the same case-insensitive prefix match on SQLite and PostgreSQL. The parser only
    // lets letters, apostrophes and hyphens into a name, so the prefix holds no LIKE wildcards.
    private IQueryable<Person> WithFamilyNamePrefix(string lowerCasePrefix, int? bornIn)
    {
        var people = db.People.AsNoTracking().Where(p => p.MergedIntoId == null && EF.Functions.Like(p.Name.FamilyName.ToLower(), lowerCasePrefix + "%"));
        if (bornIn is { } year)
        {
            var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            people = people.Where(p => p.DateOfBirth >= first && p.DateOfBirth <= last);
        }

        return people;
    }

    // Just the columns a listing shows: the whole record (phones, needs) costs more to read than to rank.
    private static async Task<List<PersonListing>> Listings(IQueryable<Person> people, CancellationToken cancellationToken)
    {
        var rows = await people
            // Flat columns: EF reads a complex property passed to a constructor by loading the whole entity.
            .Select(p => new
            {
                p.Id, p.Name.GivenName, p.Name.FamilyName, p.Name.KnownAs, p.DateOfBirth,
                Postcode = p.Address == null ? null : (UkPostcode?)p.Address.Postcode, p.NhsNumber, p.LasId,
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(p => new PersonListing(p.Id, new PersonName(p.GivenName, p.FamilyName, p.KnownAs), p.DateOfBirth, p.Postcode?.Value, p.NhsNumber, p.LasId))];
    }

    private static double NameSimilarity(PersonName name, string typedFamily, string? typedGiven)
    {
        var family = StringSimilarity.JaroWinkler(typedFamily, name.FamilyName.ToLowerInvariant());
        if (typedGiven is null)
        {
            return family;
        }

        var given = Math.Max(
            StringSimilarity.JaroWinkler(typedGiven, name.GivenName.ToLowerInvariant()),
            name.KnownAs is { } knownAs ? StringSimilarity.JaroWinkler(typedGiven, knownAs.ToLowerInvariant()) : 0);
        return (0.6 * family) + (0.4 * given);
    }

    private static MatchStrength StrengthOf(MatchBand band) => band switch
    {
        MatchBand.Link => MatchStrength.VeryLikely,
        MatchBand.Review => MatchStrength.Possible,
        _ => MatchStrength.Unlikely,
    };

    private sealed record Found(PersonListing Person, double? Probability, MatchStrength Strength, IReadOnlyList<string> Explanation);
}
