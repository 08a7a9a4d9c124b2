using FrontDoor.Core.Data;
using FrontDoor.Core.People;
using FrontDoor.Core.People.Matching;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.Contacts.Intake;

/// <summary>
/// The fallback matcher until the probabilistic record-linkage engine (FrontDoor.Matching) is wired in: it
/// only links on evidence that needs no judgement. In order: a valid NHS number held by exactly one person;
/// a LAS ID; the same family name, date of birth and postcode. Two or more people fit → a person reviews.
/// Typos, nicknames and missing fields are the engine's job, so anything else is "no match".
/// </summary>
public sealed class ExactIdentifierMatcher(FrontDoorDbContext db) : IContactPersonMatcher
{
    public const string Name = "exact-identifier";

    public async Task<ContactMatchOutcome> MatchAsync(ReportedPerson reported, CancellationToken cancellationToken)
    {
        if (reported.ValidNhsNumber() is { } nhsNumber)
        {
            var ids = await db.People.Where(p => p.NhsNumber == nhsNumber).Select(p => p.Id).Take(5).ToListAsync(cancellationToken);
            if (Decide(ids, "nhs-number") is { } byNhs)
            {
                return byNhs;
            }
        }

        if (reported.LasId is { Length: > 0 and <= Person.MaxLasIdLength } lasId)
        {
            var normal = lasId.Trim().ToUpperInvariant();
            var ids = await db.People.Where(p => p.LasId == normal).Select(p => p.Id).Take(5).ToListAsync(cancellationToken);
            if (Decide(ids, "las-id") is { } byLas)
            {
                return byLas;
            }
        }

        if (reported is { DateOfBirth: { } dob, FamilyName: { Length: > 0 } familyName } && reported.ValidPostcode() is { } postcode)
        {
            // The date of birth index narrows to a handful of people; names and postcodes compare here.
            var sameBirthday = await db.People.AsNoTracking().Where(p => p.DateOfBirth == dob).Take(500).ToListAsync(cancellationToken);
            var ids = sameBirthday
                .Where(p => p.Address?.Postcode == postcode && string.Equals(p.Name.FamilyName.Trim(), familyName.Trim(), StringComparison.OrdinalIgnoreCase))
                .Select(p => p.Id)
                .ToList();
            if (Decide(ids, "family-name-date-of-birth-postcode") is { } byDemographics)
            {
                return byDemographics;
            }
        }

        return ContactMatchOutcome.NoMatch(Explain("none", []));
    }

    private static ContactMatchOutcome? Decide(List<Guid> ids, string rule) => ids.Count switch
    {
        0 => null,
        1 => ContactMatchOutcome.Matched(ids[0], Explain(rule, ids)),
        _ => ContactMatchOutcome.NeedsReview(ids, Explain(rule, ids)),
    };

    private static string Explain(string rule, IReadOnlyList<Guid> candidates) =>
        new StoredMatchExplanation(Name, rule, [.. candidates.Select(id => new StoredMatchCandidate(id, null, null, []))]).ToJson();
}
