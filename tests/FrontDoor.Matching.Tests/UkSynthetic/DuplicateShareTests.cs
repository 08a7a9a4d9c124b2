using FrontDoor.Matching.Linking;
using FrontDoor.Matching.Model;

namespace FrontDoor.Matching.UkSynthetic;

/// <summary>
/// A case system's index may be clean, hold the odd duplicate, or be badly kept. Whatever the share, the model learned
/// from it gives names their weight and the link band holds no stranger, twin, spouse or father and son.
/// </summary>
public class DuplicateShareTests
{
    [Theory]
    [InlineData(0.0)]
    [InlineData(0.01)]
    [InlineData(0.10)]
    public void Dedupe_WhateverTheShareOfDuplicates_LearnsNameWeightsAndLinksNoRelativeOrStranger(double duplicateShare)
    {
        var set = UkSyntheticSet.Generate(people: 20_000, seed: 11, duplicateShare);
        var options = new MatchOptions();

        var result = Deduplicator.Dedupe(set.Records, options: options, cancellationToken: TestContext.Current.CancellationToken);

        var model = result.Model;
        Assert.InRange(model.WeightOf(MatchField.FamilyName, 1), 3, 14);
        Assert.InRange(model.WeightOf(MatchField.GivenName, 1), 3, 12);
        Assert.InRange(model.WeightOf(MatchField.FamilyName, Levels(MatchField.FamilyName, "Different")), -14, -2);
        Assert.InRange(model.WeightOf(MatchField.GivenName, Levels(MatchField.GivenName, "Different")), -14, -2);
        var score = set.Score(result.Pairs, options.LinkThreshold);
        Assert.True(score is { FalseTwins: 0, FalseSpouses: 0, FalseJuniors: 0, FalseOthers: 0 }, score.ToString());
        if (duplicateShare == 0)
        {
            Assert.Equal(0, score.Predicted);
        }
        else
        {
            Assert.True(score.TruePairs >= 100, score.ToString());
            // 0.970 at 1% and 0.949 at 10% with address history (a moved duplicate holds the address before 60% of the
            // time); about 0.91 without it.
            Assert.True(score.Recall >= 0.93, score.ToString());
        }
    }

    private static int Levels(MatchField field, string level) => MatchModel.LevelsOf(field).ToList().IndexOf(level);
}
