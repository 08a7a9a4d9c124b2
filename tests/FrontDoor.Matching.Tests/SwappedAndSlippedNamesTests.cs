using FrontDoor.Matching.Comparison;
using FrontDoor.Matching.Linking;
using FrontDoor.Matching.Model;

namespace FrontDoor.Matching.Tests;

/// <summary>
/// Corruptions the FEBRL benchmark misses showed (issue 15): given and family names swapped with a typo as well, a swapped
/// record that shares nothing but its address, and a three-letter name with two letters transposed.
/// </summary>
public class SwappedAndSlippedNamesTests
{
    private static readonly PersonRecord Jasper = new("jasper")
    {
        GivenName = "Jasper", FamilyName = "Desilva", DateOfBirth = "08/02/1931", NationalId = "1187147", HouseNumber = "15",
        AddressLine = "Sangster Place", Town = "Broome", Postcode = "3023",
    };

    [Fact]
    public void Dedupe_SwappedNamesWithATypo_ScoresTheSameWhicheverRecordComesFirst()
    {
        // "Desllva Jasper": the names swapped, the family name mistyped and the national id another. Read one way it was a given
        // name merely similar under the same family name at one address (a possible twin), the other way the same given name
        // and a family name one letter out; a dedupe scores each pair one way only, so the answer hung on the file's order.
        var swapped = Jasper with { Id = "swapped", GivenName = "Desllva", FamilyName = "Jasper", NationalId = "9195663" };

        var oneWay = Deduplicator.Dedupe([Jasper, swapped], threshold: 0.01, model: MatchModel.Default,
            cancellationToken: TestContext.Current.CancellationToken);
        var otherWay = Deduplicator.Dedupe([swapped, Jasper], threshold: 0.01, model: MatchModel.Default,
            cancellationToken: TestContext.Current.CancellationToken);

        var first = Assert.Single(oneWay.Pairs);
        var second = Assert.Single(otherWay.Pairs);
        Assert.Equal(first.Probability, second.Probability, 12);
        Assert.True(first.Probability >= new MatchOptions().LinkThreshold, $"p = {first.Probability}");
    }

    [Fact]
    public void Match_SwappedNamesWithNothingButTheAddressInCommon_AreFoundThroughThePostcode()
    {
        // No birth date on one record, another house number, a mistyped family name and a national id with two digits
        // transposed: no key but the postcode with the name "Sophie" (a given name on one record, a family name on the other).
        var sophie = new PersonRecord("sophie")
        {
            GivenName = "Sophie", FamilyName = "Snekl", DateOfBirth = "14/11/1923", NationalId = "8638391", HouseNumber = "38",
            AddressLine = "Vaughan Gardens", Town = "Hahndorf", Postcode = "2372",
        };
        using var index = PersonIndex.Build([sophie], MatchModel.Default);

        var result = index.Match(new PersonRecord("q")
        {
            GivenName = "Snell", FamilyName = "Sophie", NationalId = "8368391", HouseNumber = "47", AddressLine = "Vaughan Gardens",
            Town = "Hahndorf", Postcode = "2372",
        });

        var candidate = Assert.Single(result.Candidates);
        Assert.Equal("sophie", candidate.Id);
        Assert.Contains(candidate.Explanation.Fields, f => f.Field == MatchField.GivenName && f.Description.Contains("swapped", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Bne", "Ben")]
    [InlineData("Fxo", "Fox")]
    public void CompareNames_AThreeLetterNameWithTwoLettersTransposed_IsSimilarNotDifferent(string slip, string name)
    {
        var preparer = new RecordPreparer(FrontDoor.Matching.Normalisation.NicknameTable.Default);
        var a = preparer.Prepare(new PersonRecord("a") { GivenName = slip, FamilyName = slip }, share: false);
        var b = preparer.Prepare(new PersonRecord("b") { GivenName = name, FamilyName = name }, share: false);

        Assert.Equal(Levels.Given.Similar, RecordComparer.CompareGiven(a.Given!, b.Given!));
        Assert.Equal(Levels.Family.Similar, RecordComparer.CompareFamily(a.Family!, b.Family!));
    }

    [Fact]
    public void Match_ATransposedGivenNameWithAnotherFamilyName_IsNotHeldAsAStranger_ButTwoOtherNamesStillAre()
    {
        // Same national id, birth date and address; the given name typed "Bne" and the family name another (a new surname).
        var ben = new PersonRecord("ben")
        {
            GivenName = "Ben", FamilyName = "Berry", DateOfBirth = "26/09/1952", NationalId = "5956047", HouseNumber = "225",
            AddressLine = "Blamey Crescent", Town = "Willow Grove", Postcode = "2766",
        };
        using var index = PersonIndex.Build([ben], MatchModel.Default);

        var slipped = index.Match(ben with { Id = "q1", GivenName = "Bne", FamilyName = "Campbell" }).Best!;
        var stranger = index.Match(ben with { Id = "q2", GivenName = "Tom", FamilyName = "Campbell" }).Best!;

        Assert.NotEqual(Explainer.NamesDisagreeNote, slipped.Explanation.Note);
        Assert.Equal(MatchBand.Link, slipped.Band);
        Assert.Equal(Explainer.NamesDisagreeNote, stranger.Explanation.Note);
        Assert.Equal(MatchBand.NewPerson, stranger.Band);
    }
}
