using FrontDoor.Matching.Linking;
using FrontDoor.Matching.Model;

namespace FrontDoor.Matching.Tests;

/// <summary>
/// Where one person recorded twice and two people of one household look alike: short forms of one name, twins given
/// names the general nickname table calls equivalent, two NHS numbers, and someone who moved house.
/// </summary>
public class OnePersonOrRelativeTests
{
    private static readonly PersonRecord Elizabeth = new("elizabeth")
    {
        GivenName = "Elizabeth", FamilyName = "Osei", DateOfBirth = "02/05/1941", HouseNumber = "8", AddressLine = "Mill Lane",
        Town = "Loughborough", Postcode = "LE11 2TP", Phone = "01509 496 123",
    };

    [Theory]
    [InlineData("Liz", "02/05/1941")]
    [InlineData("Lizzie", "05/02/1941")]
    public void Match_ABritishShortFormWithTheSameBirthDateAtTheSameAddress_IsLinked(string shortForm, string dateOfBirth)
    {
        // Parents do not call twins Elizabeth and Liz: one woman recorded twice (the second time with a day/month slip).
        using var index = PersonIndex.Build([Elizabeth], MatchModel.Default);

        var best = index.Match(Elizabeth with { Id = "q", GivenName = shortForm, DateOfBirth = dateOfBirth }).Best!;

        Assert.Equal(MatchBand.Link, best.Band);
        Assert.Null(best.Explanation.Note);
    }

    [Theory]
    [InlineData("Ian", "John")]
    [InlineData("Hannah", "Joanna")]
    [InlineData("Mary", "Maureen")]
    [InlineData("Liam", "William")]
    [InlineData("Jack", "John")]
    [InlineData("Betty", "Elizabeth")]
    public void Match_TwinsWhoseNamesTheGeneralTableCallsEquivalent_AreOnlyReviewed(string twin, string other)
    {
        // The general table pairs these as forms of one name, and Liam, Jack and Betty are names in their own right:
        // two names a family can give two children.
        var first = Elizabeth with { Id = "first", GivenName = other };
        using var index = PersonIndex.Build([first], MatchModel.Default);

        var best = index.Match(first with { Id = "q", GivenName = twin }).Best!;

        Assert.Equal(MatchBand.Review, best.Band);
        Assert.StartsWith("looks like a relative", best.Explanation.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Match_ABritishShortFormBornYearsApart_IsStillARelative()
    {
        using var index = PersonIndex.Build([Elizabeth], MatchModel.Default);

        var best = index.Match(Elizabeth with { Id = "q", GivenName = "Liz", DateOfBirth = "02/05/1968" }).Best!;

        Assert.NotEqual(MatchBand.Link, best.Band);
    }

    [Fact]
    public void Match_TwoDifferentValidNhsNumbers_IsNeverLinked_WhateverElseAgrees()
    {
        var onRecord = TestData.Person("a");
        using var index = PersonIndex.Build([onRecord], MatchModel.Default);

        var best = index.Match(onRecord with { Id = "q", NhsNumber = "943 476 5870" }).Best!;

        Assert.Equal(MatchBand.Review, best.Band);
        Assert.Equal("two different valid NHS numbers — never linked automatically", best.Explanation.Note);
    }

    [Fact]
    public void Dedupe_TwoDifferentValidNhsNumbers_IsNotAPairAtTheLinkThreshold()
    {
        var onRecord = TestData.Person("a");

        var result = Deduplicator.Dedupe([onRecord, onRecord with { Id = "b", NhsNumber = "943 476 5870" }], model: MatchModel.Default, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Empty(result.Pairs);
    }

    [Fact]
    public void Match_SomeoneWhoMoved_IsScoredAgainstTheNewAddressOnce()
    {
        // A new postcode, house number, street and town are one fact, that they moved: the postcode says it, and the
        // rest say nothing more.
        var onRecord = TestData.Person("a") with { NhsNumber = null, Phone = null, Email = null };
        using var index = PersonIndex.Build([onRecord], MatchModel.Default);

        var best = index.Match(onRecord with { Id = "q", HouseNumber = "140", AddressLine = "Forest Road", Town = "Hinckley", Postcode = "LE10 7EG" }).Best!;

        var byField = best.Explanation.Fields.ToDictionary(f => f.Field);
        Assert.True(byField[MatchField.Postcode].Weight < 0, $"postcode {byField[MatchField.Postcode].Weight}");
        foreach (var field in new[] { MatchField.HouseNumber, MatchField.Street, MatchField.Town })
        {
            Assert.Equal(0, byField[field].Weight);
            Assert.EndsWith("counted once, with the postcode (someone who moves changes all of them)", byField[field].Reason, StringComparison.Ordinal);
        }

        Assert.Equal(best.Weight, best.Explanation.Fields.Sum(f => f.Weight), 6);
    }

    [Fact]
    public void Match_ADifferentHouseNumberAtTheSamePostcode_StillCountsAgainst()
    {
        // Next door shares the postcode: there the house number is the only thing that tells two households apart.
        var onRecord = TestData.Person("a") with { NhsNumber = null };
        using var index = PersonIndex.Build([onRecord], MatchModel.Default);

        var best = index.Match(onRecord with { Id = "q", HouseNumber = "14" }).Best!;

        Assert.True(best.Explanation.Fields.Single(f => f.Field == MatchField.HouseNumber).Weight < 0);
    }

    [Fact]
    public void Dedupe_RareSurname_ScoresHigherThanSmith_AsTheIndexDoes()
    {
        // The batch dedupe makes the index's term-frequency adjustment, so a nightly duplicates report and a live
        // match agree on a pair.
        var records = new List<PersonRecord>();
        for (var i = 0; i < 300; i++)
        {
            records.Add(new PersonRecord($"smith{i}") { GivenName = $"Given{i % 40}", FamilyName = "Smith", DateOfBirth = $"{1 + (i % 28):00}/{1 + (i % 12):00}/{1930 + (i % 60)}" });
        }

        records.Add(new PersonRecord("rare1") { GivenName = "Anne", FamilyName = "Zagorska", DateOfBirth = "03/06/1944", Postcode = "LE2 1AB" });
        records.Add(new PersonRecord("rare2") { GivenName = "Anne", FamilyName = "Zagorska", DateOfBirth = "03/06/1944", Postcode = "LE3 9ZZ" });
        records.Add(new PersonRecord("common1") { GivenName = "Anne", FamilyName = "Smith", DateOfBirth = "03/06/1944", Postcode = "LE2 1AB" });
        records.Add(new PersonRecord("common2") { GivenName = "Anne", FamilyName = "Smith", DateOfBirth = "03/06/1944", Postcode = "LE3 9ZZ" });

        var pairs = Deduplicator.Dedupe(records, threshold: 0.01, model: MatchModel.Default, cancellationToken: TestContext.Current.CancellationToken).Pairs;

        var rare = pairs.Single(p => $"{p.FirstId}{p.SecondId}" is "rare1rare2" or "rare2rare1");
        var common = pairs.Single(p => $"{p.FirstId}{p.SecondId}" is "common1common2" or "common2common1");
        Assert.True(rare.Weight > common.Weight + 1, $"rare {rare.Weight:0.00} vs Smith {common.Weight:0.00}");
    }

    [Fact]
    public void Match_NamesakesWithTwoDifferentMaidenNames_AreOnlyReviewed_ThoughTheyShareAnEmail()
    {
        // Two Kathleen Smiths born ten years apart to the day, whose generic email collides: a woman has one maiden name.
        var onRecord = new PersonRecord("a")
        {
            GivenName = "Kathleen", FamilyName = "Smith", FormerFamilyName = "Morris", DateOfBirth = "13/06/1949", Postcode = "LE10 8JS",
            Email = "kathleen.smith@example.com",
        };
        using var index = PersonIndex.Build([onRecord], MatchModel.Default);

        var best = index.Match(onRecord with { Id = "q", FormerFamilyName = "Johnson", DateOfBirth = "13/06/1959", Postcode = "LE2 9UG" }).Best!;

        Assert.NotEqual(MatchBand.Link, best.Band);
        Assert.Equal("two different former family names — never linked automatically", best.Explanation.Note);
    }

    [Fact]
    public void Match_OneRecordWithoutTheMaidenName_IsStillLinked()
    {
        var onRecord = Elizabeth with { FormerFamilyName = "Morris" };
        using var index = PersonIndex.Build([onRecord], MatchModel.Default);

        Assert.Equal(MatchBand.Link, index.Match(onRecord with { Id = "q", FormerFamilyName = null }).Best!.Band);
    }

    [Fact]
    public void Match_SameGivenNameAndBirthDateUnderAnotherFamilyNameElsewhere_IsNeverLinked_InASmallIndex()
    {
        // Margaret Cole or Margaret Smith who married and moved? Only an identifier, or a person, can say; in a small
        // index the prior no longer drowns that, and the address is no longer counted four times against it.
        PersonRecord Person(string id, string given, string family, string dateOfBirth, string postcode) =>
            new(id) { GivenName = given, FamilyName = family, DateOfBirth = dateOfBirth, AddressLine = "1 Test Street", Town = "Testtown", Postcode = postcode };
        using var index = PersonIndex.Build(
            [Person("cole", "Margaret", "Cole", "1948-03-02", "NG1 5AW"), Person("joan", "Joan", "Hughes", "1939-11-30", "LE11 3QF")], MatchModel.Default);

        var cole = index.Match(new PersonRecord("q") { GivenName = "Margaret", FamilyName = "Smith", DateOfBirth = "02/03/1948", HouseNumber = "12", AddressLine = "High Street", Town = "Loughborough", Postcode = "LE11 2TP" })
            .Candidates.Single(c => c.Id == "cole");

        Assert.NotEqual(MatchBand.Link, cole.Band);
        Assert.Equal("another family name at another address, and no identifier agrees — never linked automatically", cole.Explanation.Note);
    }

    [Theory]
    [InlineData("Mayr")]
    [InlineData("Jezn")]
    [InlineData("Maey")]
    [InlineData("Mray")]
    public void Match_AOneLetterSlipInACommonGivenName_AtTheSameAddressAndBirthDate_IsLinked(string slip)
    {
        // Nobody is called Mayr: where several people on record are called Mary, a Mayr with Mary Baker's birth date and
        // address is Mary Baker typed in a hurry, not her twin (twins are given names).
        var mary = Elizabeth with { Id = "mary", GivenName = slip is "Jezn" ? "Jean" : "Mary", FamilyName = "Baker", NhsNumber = null };
        using var index = PersonIndex.Build([mary, .. OthersCalled(mary.GivenName!)], MatchModel.Default);

        var best = index.Match(mary with { Id = "q", GivenName = slip }).Best!;

        Assert.Equal("mary", best.Id);
        Assert.Equal(MatchBand.Link, best.Band);
        Assert.Null(best.Explanation.Note);
    }

    [Theory]
    [InlineData("Joan", "Jean")]
    [InlineData("Sian", "Sean")]
    public void Match_TwinsWhoseRealNamesAreOneLetterApart_AreOnlyReviewed(string twin, string other)
    {
        // Jean and Joan are both names (the table lists them); Sian is not in the table, but other people on record are
        // called Sian, so it is a name, not a slip of Sean.
        var first = Elizabeth with { Id = "first", GivenName = other, NhsNumber = null };
        using var index = PersonIndex.Build([first, .. OthersCalled(other), .. OthersCalled(twin)], MatchModel.Default);

        var best = index.Match(first with { Id = "q", GivenName = twin }).Candidates.Single(c => c.Id == "first");

        Assert.Equal(MatchBand.Review, best.Band);
        Assert.StartsWith("looks like a relative", best.Explanation.Note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Paula", "Paul")]
    [InlineData("Louise", "Louis")]
    [InlineData("Danielle", "Daniel")]
    [InlineData("Roberta", "Robert")]
    [InlineData("Justine", "Justin")]
    public void Match_TwinsGivenABoysAndAGirlsFormOfOneName_AreOnlyReviewed_EvenWhenNoOneElseHasTheGirlsForm(string sister, string brother)
    {
        // Paul and Paula are "very similar" names (Jaro–Winkler 0.96) at one address and birth date: twins, not a typo,
        // though many others are called Paul and nobody else Paula.
        var first = Elizabeth with { Id = "first", GivenName = brother, NhsNumber = null };
        using var index = PersonIndex.Build([first, .. OthersCalled(brother)], MatchModel.Default);

        var best = index.Match(first with { Id = "q", GivenName = sister }).Candidates.Single(c => c.Id == "first");

        Assert.Equal(MatchBand.Review, best.Band);
        Assert.StartsWith("looks like a relative", best.Explanation.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Match_ASlipOfAGivenNameFewOnRecordCarry_IsStillARelative()
    {
        // With no one else on record called Mary, the index cannot tell a slip from a name it has not met: a person decides.
        var mary = Elizabeth with { Id = "mary", GivenName = "Mary", FamilyName = "Baker", NhsNumber = null };
        using var index = PersonIndex.Build([mary], MatchModel.Default);

        var best = index.Match(mary with { Id = "q", GivenName = "Mayr" }).Best!;

        Assert.Equal(MatchBand.Review, best.Band);
        Assert.StartsWith("looks like a relative", best.Explanation.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Match_ASlipOfACommonGivenNameBornYearsApart_IsStillARelative()
    {
        var mary = Elizabeth with { Id = "mary", GivenName = "Mary", FamilyName = "Baker", NhsNumber = null };
        using var index = PersonIndex.Build([mary, .. OthersCalled("Mary")], MatchModel.Default);

        var best = index.Match(mary with { Id = "q", GivenName = "Mayr", DateOfBirth = "02/05/1968" }).Candidates.Single(c => c.Id == "mary");

        Assert.NotEqual(MatchBand.Link, best.Band);
    }

    // People elsewhere in the county who carry the name: what makes it a name the index knows.
    private static IEnumerable<PersonRecord> OthersCalled(string given) =>
        Enumerable.Range(0, RecordComparerCommonUses).Select(i => new PersonRecord($"{given}-{i}")
        {
            GivenName = given, FamilyName = $"Other{(char)('a' + i)}", DateOfBirth = $"{10 + i}/0{1 + i}/19{50 + i}", Postcode = $"NG{i + 1} 5AW",
        });

    private const int RecordComparerCommonUses = FrontDoor.Matching.Comparison.RecordComparer.CommonGivenNameUses;
}
