using FrontDoor.Matching.Model;

namespace FrontDoor.Matching.Tests;

public class MatchingTests
{
    private static PersonIndex IndexOf(params PersonRecord[] records) => PersonIndex.Build(records, MatchModel.Default);

    private static string Explain(MatchCandidate candidate) => candidate.Explanation.ToString();

    [Fact]
    public void Match_SamePerson_IsLinkedWithSameNhsNumberExplained()
    {
        using var index = IndexOf(TestData.Person("a"), TestData.Person("b") with { GivenName = "Mary", NhsNumber = "4010232137", DateOfBirth = "01/01/1960", Email = null, Phone = null });
        var result = index.Match(TestData.Person("query"));
        Assert.Equal("a", result.Best!.Id);
        Assert.Equal(MatchBand.Link, result.Band);
        Assert.Contains(result.Best.Explanation.Fields, f => f.Field == MatchField.NhsNumber && f.Description == "same NHS number" && f.Weight > 10);
    }

    [Fact]
    public void Match_Nickname_IsExplainedAsKnownAsName()
    {
        using var index = IndexOf(TestData.Person("a"));
        var best = index.Match(TestData.Person("q") with { GivenName = "Bill" }).Best!;
        Assert.Contains("known-as name Bill = William", Explain(best), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Eddie", "Edward")]
    [InlineData("Edward", "Eddie")]
    [InlineData("Bill", "William")]
    [InlineData("Peggy", "Margaret")]
    public void Match_NicknameWithNothingElseInCommonButTheFamilyName_StillFindsThePerson(string asked, string stored)
    {
        // Moved house, no date of birth or NHS number given: only the name pair can meet, and only through the nickname.
        using var index = IndexOf(
            new PersonRecord("moved") { GivenName = stored, FamilyName = "Ward", Postcode = "LE12 6AE" },
            new PersonRecord("neighbour") { GivenName = "Sanjay", FamilyName = "Ward", Postcode = "LE12 5NA" });

        var result = index.Match(new PersonRecord("q") { GivenName = asked, FamilyName = "Ward", Postcode = "LE12 5NA" });

        Assert.Contains(result.Candidates, c => c.Id == "moved");
        Assert.Equal("moved", result.Best!.Id);
    }

    [Fact]
    public void Match_DayMonthSwapped_IsExplained()
    {
        using var index = IndexOf(TestData.Person("a") with { DateOfBirth = "04/03/1948" });
        var best = index.Match(TestData.Person("q") with { DateOfBirth = "03/04/1948", NhsNumber = null }).Best!;
        var dob = best.Explanation.Fields.Single(f => f.Field == MatchField.DateOfBirth);
        Assert.Equal("DayMonthSwapped", dob.Level);
        Assert.StartsWith("date of birth day/month swapped", dob.Description, StringComparison.Ordinal);
        Assert.True(dob.Weight > 0);
    }

    [Fact]
    public void Match_DifferentValidNhsNumbers_IsStrongEvidenceAgainst()
    {
        using var index = IndexOf(TestData.Person("a"));
        var best = index.Match(TestData.Person("q") with { NhsNumber = "4010232137" }).Best!;
        var nhs = best.Explanation.Fields.Single(f => f.Field == MatchField.NhsNumber);
        Assert.Equal("different valid NHS numbers", nhs.Description);
        Assert.True(nhs.Weight < -3);
    }

    [Fact]
    public void Match_InvalidNhsNumber_IsIgnoredAndSaysSo()
    {
        using var index = IndexOf(TestData.Person("a"));
        var best = index.Match(TestData.Person("q") with { NhsNumber = "9434765918" }).Best!;
        var nhs = best.Explanation.Fields.Single(f => f.Field == MatchField.NhsNumber);
        Assert.Equal("NHS number invalid (check digit) — ignored", nhs.Description);
        Assert.Equal(0, nhs.Weight);
    }

    [Fact]
    public void Match_SwappedNames_AreRecognised()
    {
        using var index = IndexOf(TestData.Person("a") with { NhsNumber = null });
        var best = index.Match(TestData.Person("q") with { GivenName = "Hargreaves", FamilyName = "William", NhsNumber = null }).Best!;
        Assert.Contains("given and family names swapped", Explain(best), StringComparison.Ordinal);
        Assert.True(best.Weight > 20);
    }

    [Fact]
    public void Match_MaidenName_FindsTheRecordMadeUnderItAndSaysSo()
    {
        // Her old record has the name she was born with; her current record says she was formerly Smith.
        var married = new PersonRecord("married") { GivenName = "Mary", FamilyName = "Jones", FormerFamilyName = "Smith", DateOfBirth = "14/03/1948", Postcode = "LE2 7XA" };
        using var index = IndexOf(
            married,
            new PersonRecord("namesake") { GivenName = "Mary", FamilyName = "Smyth", DateOfBirth = "02/11/1977", Postcode = "LE5 4NF" },
            new PersonRecord("stranger") { GivenName = "Margery", FamilyName = "Jonas", DateOfBirth = "14/03/1948", Postcode = "LE1 2HD" });

        var best = index.Match(new PersonRecord("old") { GivenName = "Mary", FamilyName = "Smith", DateOfBirth = "14/03/1948" }).Best!;

        Assert.Equal("married", best.Id);
        var family = best.Explanation.Fields.Single(f => f.Field == MatchField.FamilyName);
        Assert.Equal(("FormerName", "former family name Smith (now Jones) = family name Smith"), (family.Level, family.Description));
        Assert.True(family.Weight > 0);

        // And the other way round: the current record, formerly Smith, finds the old one.
        using var old = IndexOf(new PersonRecord("old") { GivenName = "Mary", FamilyName = "Smith", DateOfBirth = "14/03/1948" });
        Assert.Equal("old", old.Match(married with { Id = "q", Postcode = null }).Best?.Id);
    }

    [Fact]
    public void Match_SisterWhoseFamilyNameIsTheMaidenName_IsNeverLinked()
    {
        // Same address and phone, and her family name is the other's maiden name: sisters, not one person.
        using var index = IndexOf(new PersonRecord("mary") { GivenName = "Mary", FamilyName = "Jones", FormerFamilyName = "Smith", DateOfBirth = "14/03/1948", HouseNumber = "3", AddressLine = "High Street", Postcode = "LE2 7XA", Phone = "0116 496 0123" });
        var best = index.Match(new PersonRecord("anne") { GivenName = "Anne", FamilyName = "Smith", DateOfBirth = "14/03/1948", HouseNumber = "3", AddressLine = "High Street", Postcode = "LE2 7XA", Phone = "0116 496 0123" }).Best;
        Assert.NotEqual(MatchBand.Link, best?.Band);
    }

    [Fact]
    public void Match_TwinAtTheSameAddress_IsOnlyAPossibleMatchForReview_WhateverTheWeightsSay()
    {
        // Everything agrees but the given name: the summed weights say "certain", but so would a twin's.
        var sam = new PersonRecord("sam") { GivenName = "Samuel", FamilyName = "Osei", DateOfBirth = "02/05/1990", HouseNumber = "8", AddressLine = "Mill Lane", Postcode = "LE11 2TP", Phone = "01509 496 123" };
        var twin = sam with { Id = "q", GivenName = "Daniel" };
        using var index = IndexOf(sam);

        var best = index.Match(twin).Best!;

        Assert.Equal(MatchBand.Review, best.Band);
        Assert.InRange(best.Probability, 0.5, 0.51);
        Assert.StartsWith("looks like a relative", best.Explanation.Note, StringComparison.Ordinal);

        // Thresholds set to one value leave no review band: a look-alike is then a new person, never a link.
        using var strict = PersonIndex.Build([sam], MatchModel.Default, new MatchOptions { ReviewThreshold = 0.99, LinkThreshold = 0.99 });
        Assert.Equal(MatchBand.NewPerson, strict.Match(twin).Best!.Band);
    }

    [Theory]
    [InlineData("😀😀😀")]
    [InlineData("")]
    [InlineData("31/02/1950")]
    [InlineData("∅ null ∅")]
    public void Match_GarbageFields_NeverThrow(string garbage)
    {
        using var index = IndexOf(TestData.Person("a"));
        var query = new PersonRecord("q")
        {
            GivenName = garbage, FamilyName = garbage, KnownAs = garbage, DateOfBirth = garbage, NhsNumber = garbage, LasId = garbage,
            HouseNumber = garbage, AddressLine = garbage, Town = garbage, Postcode = garbage, Phone = garbage, Email = garbage,
        };
        var result = index.Match(query);
        Assert.NotNull(result);
    }

    [Fact]
    public void Match_TenKilobyteStrings_DoNotThrow()
    {
        var huge = new string('x', 10_240);
        using var index = IndexOf(TestData.Person("a"));
        var result = index.Match(TestData.Person("q") with { GivenName = huge, FamilyName = huge, AddressLine = huge, Email = huge, Phone = huge, Postcode = huge, DateOfBirth = huge, NhsNumber = huge });
        Assert.NotNull(result);
    }

    [Fact]
    public void Match_ImpossibleDate_IsComparedInPartAndSaysSo()
    {
        using var index = IndexOf(TestData.Person("a") with { DateOfBirth = "14/02/1950" });
        var best = index.Match(TestData.Person("q") with { DateOfBirth = "31/02/1950" }).Best!;
        var dob = best.Explanation.Fields.Single(f => f.Field == MatchField.DateOfBirth);
        Assert.Contains("31/02/1950 is not a valid date", dob.Description, StringComparison.Ordinal);
        Assert.Equal("SameYearMonth", dob.Level);
    }

    [Fact]
    public void Match_EmojiOnlyName_IsUnreadable()
    {
        using var index = IndexOf(TestData.Person("a"));
        var best = index.Match(TestData.Person("q") with { GivenName = "😀" }).Best!;
        Assert.Contains(best.Explanation.Fields, f => f.Field == MatchField.GivenName && f.Description == "given name unreadable — ignored" && f.Weight == 0);
    }

    [Theory]
    [InlineData(0.995, MatchBand.Link)]
    [InlineData(0.99, MatchBand.Link)]
    [InlineData(0.7, MatchBand.Review)]
    [InlineData(0.2, MatchBand.NewPerson)]
    public void BandOf_UsesThresholds(double probability, MatchBand band) => Assert.Equal(band, new MatchOptions().BandOf(probability));

    [Fact]
    public void Options_RaisedLinkThreshold_SendsToReview()
    {
        var options = new MatchOptions { LinkThreshold = 1.0, ReviewThreshold = 0.5 };
        using var index = PersonIndex.Build([TestData.Person("a")], MatchModel.Default, options);
        var result = index.Match(TestData.Person("q") with { NhsNumber = null, Email = null, Phone = null, GivenName = "Will", DateOfBirth = "1948" });
        Assert.Equal(MatchBand.Review, result.Band);
    }

    [Fact]
    public void Index_AddRemoveUpdate_AreSeenByMatch()
    {
        using var index = new PersonIndex(MatchModel.Default);
        Assert.Null(index.Match(TestData.Person("q")).Best);
        index.Add(TestData.Person("a"));
        Assert.Equal("a", index.Match(TestData.Person("q")).Best!.Id);
        index.Update(TestData.Person("a") with { GivenName = "Zebedee", FamilyName = "Quartermaine", NhsNumber = null, DateOfBirth = "01/01/2001", Postcode = "ZZ9 9ZZ", Phone = null, Email = null, AddressLine = "Nowhere", HouseNumber = "99" });
        Assert.Equal(1, index.Count);
        Assert.NotEqual(MatchBand.Link, index.Match(TestData.Person("q")).Band);
        Assert.True(index.Remove("a"));
        Assert.False(index.Remove("a"));
        Assert.Null(index.Match(TestData.Person("q")).Best);
        index.Add(TestData.Person("b"));
        Assert.Equal("b", index.Match(TestData.Person("q")).Best!.Id);
    }

    [Fact]
    public void Match_TaggedRecords_HandTheirTagBackWithEachCandidateAndAnUpdateReplacesIt()
    {
        using var index = PersonIndex.Build([TestData.Person("a") with { Tag = "first" }, TestData.Person("b") with { GivenName = "Mary", NhsNumber = null, Tag = 2 }], MatchModel.Default);
        index.Update(TestData.Person("b") with { GivenName = "Mary", NhsNumber = null, Tag = "second" });

        var candidates = index.Match(TestData.Person("query")).Candidates;

        Assert.Equal("first", candidates.Single(c => c.Id == "a").Tag);
        Assert.Equal("second", candidates.Single(c => c.Id == "b").Tag);
    }

    [Fact]
    public void Explanation_WeightsAddUpToTheCandidateWeight()
    {
        using var index = IndexOf(TestData.Person("a"));
        var best = index.Match(TestData.Person("q") with { GivenName = "Bill", Postcode = "LE11 3AZ" }).Best!;
        Assert.Equal(best.Weight, best.Explanation.Fields.Sum(f => f.Weight), 6);
        Assert.Equal(MatchModel.Probability(best.Explanation.TotalWeight), best.Probability, 9);
    }

    [Fact]
    public void Model_JsonRoundTrip_KeepsParameters()
    {
        var model = MatchModel.Estimate(TestData.Febrl("dataset1.csv"));
        var copy = MatchModel.FromJson(model.ToJson());
        Assert.Equal(model.MatchesPerRecord, copy.MatchesPerRecord, 9);
        Assert.Equal(model.M(MatchField.GivenName, 1), copy.M(MatchField.GivenName, 1), 12);
        Assert.Equal(model.U(MatchField.DateOfBirth, 1), copy.U(MatchField.DateOfBirth, 1), 12);
        Assert.StartsWith("estimated from 1000 records", model.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_EstimatesTheSameModelEveryTime_HoweverTheWorkersFinish()
    {
        var records = TestData.Febrl("dataset2.csv");

        var models = Enumerable.Range(0, 3).Select(_ =>
        {
            using var index = PersonIndex.Build(records);
            return index.Model.ToJson();
        }).ToList();

        Assert.All(models, json => Assert.Equal(models[0], json));
    }

    [Fact]
    public void Build_WithEstimationOptions_LearnsFromTheSampleAsked()
    {
        var records = TestData.Febrl("dataset2.csv");

        using var full = PersonIndex.Build(records);
        using var sampled = PersonIndex.Build(records, estimation: new EstimationOptions { MaxEmRecords = 500, RandomPairs = 50_000 });

        Assert.StartsWith("estimated from 5000 records", sampled.Model.Source, StringComparison.Ordinal);
        Assert.NotEqual(full.Model.Source, sampled.Model.Source);
        Assert.InRange(sampled.Model.MatchesPerRecord, full.Model.MatchesPerRecord * 0.7, full.Model.MatchesPerRecord * 1.3);
    }
}
