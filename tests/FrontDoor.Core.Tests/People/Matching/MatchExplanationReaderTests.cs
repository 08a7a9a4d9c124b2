using FrontDoor.Core.People.Matching;

namespace FrontDoor.Core.Tests.People.Matching;

public sealed class MatchExplanationReaderTests
{
    private static readonly Guid Peter = Guid.Parse("0193a000-0000-7000-8000-000000000001");
    private static readonly Guid Paul = Guid.Parse("0193a000-0000-7000-8000-000000000002");

    [Fact]
    public void Read_WhatTheProbabilisticMatcherStores_GivesBackEveryCandidateAndReason()
    {
        var stored = new StoredMatchExplanation("probabilistic", "more than one record is in the link band: a person must choose",
        [
            new StoredMatchCandidate(Peter, 0.995, "Link", [new StoredFieldContribution("DateOfBirth", "exact", 9.1, "same date of birth"), new StoredFieldContribution("GivenName", "initial", 1.2, "initial P matches Peter")]),
            new StoredMatchCandidate(Paul, 0.7, "Review", []),
        ]).ToJson();

        var read = MatchExplanationReader.Read(stored);

        Assert.Equal(("probabilistic", "more than one record is in the link band: a person must choose", null), (read.Engine, read.Decision, read.Unreadable));
        Assert.Equal([(Peter, 0.995, "Link"), (Paul, 0.7, "Review")], read.Candidates.Select(c => (c.PersonId, c.Probability!.Value, c.Band!)));
        Assert.Equal([new StoredFieldContribution("DateOfBirth", "exact", 9.1, "same date of birth"), new StoredFieldContribution("GivenName", "initial", 1.2, "initial P matches Peter")], read.Candidates[0].Fields);
    }

    [Fact]
    public void Read_TheExactIdentifierMatchersOlderShape_GivesTheRuleAndTheCandidateIds()
    {
        var read = MatchExplanationReader.Read($$"""{"matcher":"exact-identifier","rule":"nhs-number","candidates":["{{Peter}}","{{Paul}}"]}""");

        Assert.Equal(("exact-identifier", "nhs-number"), (read.Engine, read.Decision));
        Assert.Equal([Peter, Paul], read.Candidates.Select(c => c.PersonId));
        Assert.All(read.Candidates, c => Assert.Equal((null, null, 0), (c.Probability, c.Band, c.Fields.Count)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Read_NothingStored_IsNone(string? stored)
    {
        Assert.Same(StoredMatchExplanation.None, MatchExplanationReader.Read(stored));
    }

    [Theory]
    [InlineData("Matched on NHS number")]
    [InlineData("{\"engine\":\"probabilistic\",\"decision\":\"one record is in the link band\",\"candidates\":[{\"personId\":")]
    [InlineData("\"one record is in the link band\"")]
    [InlineData("[1, 2, 3]")]
    [InlineData("42")]
    public void Read_MalformedOrForeignText_KeepsTheTextAndFindsNoCandidates(string stored)
    {
        var read = MatchExplanationReader.Read(stored);

        Assert.Equal((null, 0, stored), (read.Decision, read.Candidates.Count, read.Unreadable));
    }

    [Fact]
    public void Read_JsonWithTheWrongTypes_LeavesOutOnlyWhatItCannotRead()
    {
        var read = MatchExplanationReader.Read($$"""
            {"decision": 5, "candidates": [null, 3, {"personId": "not-an-id"}, {"probability": 0.9},
              {"personId": "{{Peter}}", "probability": "high", "band": ["Link"],
               "fields": [null, "same NHS number", {"weight": "heavy"}, {"field": "Postcode", "weight": 4.5}, {"description": "same date of birth", "weight": 9.1}]}]}
            """);

        Assert.Equal(("unknown", null, null), (read.Engine, read.Decision, read.Unreadable));
        var candidate = Assert.Single(read.Candidates);
        Assert.Equal((Peter, null, null), (candidate.PersonId, candidate.Probability, candidate.Band));
        Assert.Equal([new StoredFieldContribution("Postcode", "", 4.5, "Postcode"), new StoredFieldContribution("", "", 9.1, "same date of birth")], candidate.Fields);
    }
}
