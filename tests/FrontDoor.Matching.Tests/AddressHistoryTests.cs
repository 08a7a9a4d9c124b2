using FrontDoor.Matching.Model;
using FrontDoor.Matching.UkSynthetic;

namespace FrontDoor.Matching.Tests;

/// <summary>
/// A case system keeps where people lived before. Someone who moved, recorded again at the new address with the old one
/// in their history, is one person; a namesake born the same day somewhere nobody on record lived is not; and a twin or
/// spouse still living at the old address is a relative, not the person.
/// </summary>
public class AddressHistoryTests
{
    // Addresses in no town the demo county has: nobody on record lives or lived there.
    private const string NewPostcode = "TR19 7AA";
    private const string UnknownPreviousPostcode = "TR20 8AB";

    private static readonly Lazy<(List<PersonRecord> Records, MatchModel Model, PersonRecord Someone)> Index = new(() =>
    {
        // A county's index with the usual 2% of duplicates; the model is learned from it, history and all, with no labels.
        var records = UkSyntheticSet.Generate(20_000, 11).Records.ToList();
        var model = MatchModel.Estimate(records);

        // Someone with the commonest name (where name and birth date are shared by strangers too), an address and no relative on record.
        var families = records.GroupBy(r => r.FamilyName).ToDictionary(g => g.Key ?? "", g => g.Count());
        var givens = records.GroupBy(r => r.GivenName).ToDictionary(g => g.Key ?? "", g => g.Count());
        var someone = records
            .Where(r => r is { FamilyName: not null, GivenName: not null, Postcode: not null, HouseNumber: not null, DateOfBirth: not null, PreviousAddresses: null })
            .OrderByDescending(r => (long)families[r.FamilyName!] * givens[r.GivenName!]).ThenBy(r => r.Id, StringComparer.Ordinal)
            .First(r => records.Count(o => o.FamilyName == r.FamilyName && (o.Postcode == r.Postcode || o.DateOfBirth == r.DateOfBirth)) == 1);
        return (records, model, someone);
    });

    /// <summary>The same name and birth date at a new address, with no NHS number, phone or email to go on.</summary>
    private static PersonRecord AtANewAddress(PersonRecord someone, params PreviousAddress[] before) => new($"{someone.Id}-again")
    {
        GivenName = someone.GivenName, FamilyName = someone.FamilyName, DateOfBirth = someone.DateOfBirth,
        HouseNumber = "4", AddressLine = "Chapel Street", Town = "Penzance", Postcode = NewPostcode,
        PreviousAddresses = before.Length == 0 ? null : before,
    };

    [Fact]
    public void Match_SomeoneWhoMovedWithTheirOldAddressOnRecord_IsLinked_WhereNameAndBirthDateAloneAreNot()
    {
        var (records, model, someone) = Index.Value;
        using var index = PersonIndex.Build(records, model);

        var withHistory = index.Match(AtANewAddress(someone, new PreviousAddress(someone.HouseNumber, someone.AddressLine, someone.Postcode))).Best!;
        var withoutHistory = index.Match(AtANewAddress(someone)).Best!;

        Assert.Equal((someone.Id, MatchBand.Link), (withHistory.Id, withHistory.Band));
        Assert.Equal("PreviousAddress", withHistory.Explanation.Fields.Single(f => f.Field == MatchField.Postcode).Level);
        Assert.Null(withHistory.Explanation.Note);
        Assert.Equal(someone.Id, withoutHistory.Id);
        Assert.True(withoutHistory.Band != MatchBand.Link, $"{someone} without history: {withoutHistory.Probability} {withoutHistory.Explanation}");
    }

    [Fact]
    public void Match_AStrangerWithTheSameNameAndBirthDate_WhoLivedWhereNobodyOnRecordDid_IsNotLinked()
    {
        var (records, model, someone) = Index.Value;
        using var index = PersonIndex.Build(records, model);

        var best = index.Match(AtANewAddress(someone, new PreviousAddress("9", "Market Jew Street", UnknownPreviousPostcode))).Best!;

        Assert.True(best.Band != MatchBand.Link, $"{someone}: {best.Probability} {best.Explanation}");
        Assert.Equal("Different", best.Explanation.Fields.Single(f => f.Field == MatchField.Postcode).Level);
    }

    [Theory]
    [InlineData("Joan", false)] // a twin: the same birth date, a name that sounds like hers
    [InlineData("Margaret", false)] // a twin sister with another name
    [InlineData("Robert", true)] // her husband, born another year
    public void Match_ATwinOrSpouseStillLivingAtTheOldAddress_IsOnlyReviewed(string givenName, bool bornAnotherYear)
    {
        var (records, model, _) = Index.Value;
        var relative = new PersonRecord("relative")
        {
            GivenName = givenName, FamilyName = "Hargreaves", DateOfBirth = bornAnotherYear ? "11/08/1946" : "14/03/1948",
            NhsNumber = "943 476 5919", HouseNumber = "27", AddressLine = "Forest Road", Town = "Loughborough", Postcode = "LE11 3NP",
        };
        using var index = PersonIndex.Build([.. records, relative], model);

        // Jean moved out; her record at the new address says she lived at 27 Forest Road, where her twin or husband still lives.
        var jean = new PersonRecord("jean")
        {
            GivenName = "Jean", FamilyName = "Hargreaves", DateOfBirth = "14/03/1948", HouseNumber = "4", AddressLine = "Chapel Street", Town = "Penzance",
            Postcode = NewPostcode, PreviousAddresses = [new PreviousAddress("27", "Forest Road", "LE11 3NP")],
        };
        var candidate = index.Match(jean).Candidates.SingleOrDefault(c => c.Id == "relative");

        // A husband born another year shares no block with her (name, birth date): he is not even a candidate.
        if (candidate is null && bornAnotherYear)
        {
            return;
        }

        Assert.NotNull(candidate);
        Assert.Equal("PreviousAddress", candidate.Explanation.Fields.Single(f => f.Field == MatchField.Postcode).Level);
        Assert.NotEqual(MatchBand.Link, candidate.Band);
        if (!bornAnotherYear)
        {
            Assert.Equal(MatchBand.Review, candidate.Band);
            Assert.StartsWith("looks like a relative", candidate.Explanation.Note, StringComparison.Ordinal);
        }
    }
}
