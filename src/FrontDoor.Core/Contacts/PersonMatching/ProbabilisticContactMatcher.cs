using System.Globalization;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.People.Matching;
using FrontDoor.Matching;

namespace FrontDoor.Core.Contacts.PersonMatching;

/// <summary>
/// Matches each arriving contact against the person index: links automatically in the link band when one
/// record stands out, asks a person in the review band (or when two records are equally strong — twins), and
/// otherwise leaves the contact for a new person. The explanation keeps every candidate's field contributions as
/// reasons without personal data. A contact that gives no name and no identifier is never matched: a person searches.
/// </summary>
public sealed class ProbabilisticContactMatcher(PersonIndexHost host) : IContactPersonMatcher
{
    private const int CandidatesKept = 5;

    // A case-system id the case system has since merged away (from an old letter) is matched as the kept record's.
    public async Task<ContactMatchOutcome> MatchAsync(ReportedPerson reported, CancellationToken cancellationToken) =>
        reported.IsEmpty ? NothingGiven() : Decide(await host.GetAsync(cancellationToken), reported with { LasId = host.CurrentCaseSystemId(reported.LasId) });

    /// <summary>
    /// The decision and its stored explanation for one contact against <paramref name="index"/>: what intake
    /// records, and what the demo county records for its contacts awaiting review.
    /// </summary>
    public static ContactMatchOutcome Decide(PersonIndex index, ReportedPerson reported)
    {
        if (reported.IsEmpty)
        {
            return NothingGiven();
        }

        // A date of birth (or an address) alone is shared by strangers: offering them for review would put other
        // people's records in front of a reviewer. Left unmatched, a person searches with what the contact said.
        if (!NamesOrIdentifiesSomeone(reported))
        {
            return ContactMatchOutcome.NoMatch(Explain("no name or identifier was given: search for the person by hand", []));
        }

        var result = index.Match(ToQuery(reported), CandidatesKept);
        var inReview = result.Candidates.Where(c => c.Band != MatchBand.NewPerson).ToList();
        var links = result.Candidates.Count(c => c.Band == MatchBand.Link);
        if (links == 1)
        {
            var best = result.Candidates[0];
            return ContactMatchOutcome.Matched(PersonMatchRecords.PersonIdOf(best.Id), Explain("one record is in the link band", result.Candidates));
        }

        if (inReview.Count > 0)
        {
            var reason = links > 1 ? "more than one record is in the link band: a person must choose" : "the best record is in the review band";
            return ContactMatchOutcome.NeedsReview(inReview.Select(c => PersonMatchRecords.PersonIdOf(c.Id)).ToList(), Explain(reason, result.Candidates));
        }

        return ContactMatchOutcome.NoMatch(Explain(result.Candidates.Count == 0 ? "no record shares enough with the contact to compare" : "no record is likely enough", result.Candidates));
    }

    private static bool NamesOrIdentifiesSomeone(ReportedPerson reported) =>
        new[] { reported.GivenName, reported.FamilyName, reported.KnownAs, reported.FormerFamilyName, reported.NhsNumberAsGiven, reported.LasId, reported.Phone, reported.Email }
            .Any(value => !string.IsNullOrWhiteSpace(value));

    public static PersonRecord ToQuery(ReportedPerson reported) => new("contact")
    {
        GivenName = reported.GivenName,
        FamilyName = reported.FamilyName,
        KnownAs = reported.KnownAs,
        FormerFamilyName = reported.FormerFamilyName,
        DateOfBirth = reported.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? reported.DateOfBirthAsGiven,
        NhsNumber = reported.NhsNumberAsGiven,
        LasId = reported.LasId,
        HouseNumber = HouseNumberOf(reported.AddressLine1),
        AddressLine = PersonMatchRecords.StreetOf(reported.AddressLine1),
        Town = reported.Town,
        Postcode = reported.Postcode,
        Phone = reported.Phone,
        Email = reported.Email,
    };

    private static string? HouseNumberOf(string? line1)
    {
        var first = line1?.Trim().Split(' ', 2)[0];
        return first is { Length: > 0 } && char.IsAsciiDigit(first[0]) ? first.TrimEnd(',') : null;
    }

    private static ContactMatchOutcome NothingGiven() => ContactMatchOutcome.NoMatch(Explain("nothing was given about the person", []));

    // Reasons and record ids only: candidates who are not the person are stored too, so no name, date or postcode is
    // written here. The review screen shows the records themselves, to those allowed, and audits that.
    private static string Explain(string decision, IReadOnlyList<MatchCandidate> candidates) => new StoredMatchExplanation(
        "probabilistic",
        decision,
        [.. candidates.Select(c => new StoredMatchCandidate(
            PersonMatchRecords.PersonIdOf(c.Id),
            Math.Round(c.Probability, 6),
            c.Band.ToString(),
            [.. c.Explanation.Fields.Select(f => new StoredFieldContribution(f.Field.ToString(), f.Level, Math.Round(f.Weight, 2), f.Reason))]))]).ToJson();
}
