using FrontDoor.Matching.Model;
using FrontDoor.Matching.UkSynthetic;

namespace FrontDoor.Matching.Tests;

/// <summary>
/// A case system's person index has few duplicates. The model learned from it must still give names their weight,
/// and a different person who shares a date of birth and a postcode with someone on record is never linked.
/// </summary>
public class StrangerSafetyTests
{
    private static readonly Lazy<(List<PersonRecord> Records, MatchModel Model)> CleanIndex = new(() =>
    {
        // Twenty thousand people, no duplicates: EM used to take namesakes (same name, birth dates a digit apart) for the matches.
        var records = UkSyntheticSet.Generate(20_000, 7).WithDuplicateShare(0);
        return (records, MatchModel.Estimate(records));
    });

    private static double Bits(MatchModel model, MatchField field, string level)
    {
        var index = Array.IndexOf(Comparison.Levels.Names[(int)field], level);
        return model.Weight((int)field, index);
    }

    [Fact]
    public void Estimate_OnAnIndexWithFewDuplicates_GivesNamesRealWeight()
    {
        var model = CleanIndex.Value.Model;
        Assert.InRange(Bits(model, MatchField.FamilyName, "Same"), 4, 14);
        Assert.InRange(Bits(model, MatchField.GivenName, "Same"), 3, 12);
        Assert.InRange(Bits(model, MatchField.FamilyName, "Different"), -12, -2);
        Assert.InRange(Bits(model, MatchField.GivenName, "Different"), -12, -2);
        Assert.InRange(Bits(model, MatchField.DateOfBirth, "Same"), 5, 17);
        Assert.InRange(Bits(model, MatchField.Postcode, "Same"), 2, 17);
    }

    [Fact]
    public void Estimate_OnAnyIndex_AgreementNeverCountsAgainstAndDisagreementNeverFor()
    {
        foreach (var model in new[] { CleanIndex.Value.Model, MatchModel.Default })
        {
            foreach (var field in Enum.GetValues<MatchField>())
            {
                var names = Comparison.Levels.Names[(int)field];
                Assert.True(model.Weight((int)field, 1) >= 0, $"{field} Same {model.Weight((int)field, 1)}");
                var different = Array.IndexOf(names, "Different");
                if (different > 0)
                {
                    Assert.True(model.Weight((int)field, different) <= 0, $"{field} Different {model.Weight((int)field, different)}");
                }
            }
        }
    }

    [Fact]
    public void Match_StrangerWithSameDateOfBirthAndPostcode_IsNeverLinked_WithTheEstimatedModel()
    {
        var (records, model) = CleanIndex.Value;
        using var index = PersonIndex.Build(records, model);
        var someone = records.First(r => r.DateOfBirth is not null && r.Postcode is not null && r.GivenName is not null && r.FamilyName is not null);
        var stranger = new PersonRecord("stranger") { GivenName = "Xavier", FamilyName = "Quiggenbottom", DateOfBirth = someone.DateOfBirth, Postcode = someone.Postcode };

        var result = index.Match(stranger);

        Assert.DoesNotContain(result.Candidates, c => c.Band == MatchBand.Link);
        Assert.DoesNotContain(result.Candidates, c => c.Id == someone.Id && c.Band != MatchBand.NewPerson);
    }

    [Fact]
    public void Match_BothNamesDifferent_IsNeverLinked_WhateverElseAgrees()
    {
        // Everything but the names agrees, NHS number aside: the hard rule holds whatever the weights say.
        using var index = PersonIndex.Build([TestData.Person("a") with { NhsNumber = null }], MatchModel.Default);
        var result = index.Match(TestData.Person("q") with { GivenName = "Priya", FamilyName = "Chaudhry", NhsNumber = null });
        Assert.NotEqual(MatchBand.Link, result.Band);
        Assert.Contains("names both differ", result.Best!.Explanation.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Match_BothNamesDifferentButTheSameNhsNumber_IsStillHeldBack()
    {
        using var index = PersonIndex.Build([TestData.Person("a")], MatchModel.Default);
        var result = index.Match(TestData.Person("q") with { GivenName = "Priya", FamilyName = "Chaudhry" });
        Assert.NotEqual(MatchBand.Link, result.Band);
    }

    [Fact]
    public void Match_NicknameAndMaidenName_AreNotStrangers()
    {
        using var index = PersonIndex.Build([TestData.Person("a") with { FormerFamilyName = "Cartwright" }], MatchModel.Default);
        var result = index.Match(TestData.Person("q") with { GivenName = "Bill", FamilyName = "Cartwright" });
        Assert.Equal(MatchBand.Link, result.Band);
    }

    [Fact]
    public void Match_HalfSwappedNames_AreNotStrangers()
    {
        // "Lavis Henry" for Jordan Lavis: the family name went into the given-name field and the other was mistyped.
        using var index = PersonIndex.Build([TestData.Person("a") with { GivenName = "Jordan", FamilyName = "Lavis" }], MatchModel.Default);
        var best = index.Match(TestData.Person("q") with { GivenName = "Lavis", FamilyName = "Henry" }).Best!;
        Assert.Null(best.Explanation.Note);
    }

    [Fact]
    public void Match_RareSurname_ScoresHigherThanSmith_AllElseEqual()
    {
        var records = new List<PersonRecord>();
        for (var i = 0; i < 300; i++)
        {
            records.Add(new PersonRecord($"smith{i}") { GivenName = $"Given{i % 40}", FamilyName = "Smith", DateOfBirth = $"{1 + (i % 28):00}/{1 + (i % 12):00}/{1930 + (i % 60)}" });
        }

        records.Add(new PersonRecord("rare") { GivenName = "Anne", FamilyName = "Zagorska", DateOfBirth = "03/06/1944", Postcode = "LE2 1AB" });
        records.Add(new PersonRecord("common") { GivenName = "Anne", FamilyName = "Smith", DateOfBirth = "03/06/1944", Postcode = "LE2 1AB" });
        using var index = PersonIndex.Build(records, MatchModel.Default);

        var rare = index.Match(new PersonRecord("q1") { GivenName = "Anne", FamilyName = "Zagorska", DateOfBirth = "1944-06-03", Postcode = "LE2 1AB" }).Candidates.Single(c => c.Id == "rare");
        var common = index.Match(new PersonRecord("q2") { GivenName = "Anne", FamilyName = "Smith", DateOfBirth = "1944-06-03", Postcode = "LE2 1AB" }).Candidates.Single(c => c.Id == "common");

        Assert.True(rare.Weight > common.Weight + 1, $"rare {rare.Weight:0.00} vs Smith {common.Weight:0.00}");
        Assert.Contains(rare.Explanation.Fields, f => f.Field == MatchField.FamilyName && f.Description.Contains("(an uncommon name)", StringComparison.Ordinal));
    }

    [Fact]
    public void Explanation_Reasons_HoldNoNamesOrPostcodes()
    {
        using var index = PersonIndex.Build([TestData.Person("a")], MatchModel.Default);
        var best = index.Match(TestData.Person("q") with { GivenName = "Priya", FamilyName = "Chaudhry", Postcode = "LE2 1AB", DateOfBirth = "01/01/1970" }).Best!;
        var reasons = string.Join("; ", best.Explanation.Fields.Select(f => f.Reason));
        Assert.DoesNotContain("William", reasons, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Hargreaves", reasons, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Priya", reasons, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("LE11", reasons, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("1948", reasons, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("different family names", reasons, StringComparison.Ordinal);
    }
}
