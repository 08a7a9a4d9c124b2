using FrontDoor.Core.People.Matching;
using Microsoft.Extensions.Options;

namespace FrontDoor.Core.Tests.People.Matching;

public sealed class MatchBandsTests
{
    [Theory]
    [InlineData(0.995, MatchLikelihood.AlmostCertain)]
    [InlineData(0.99, MatchLikelihood.AlmostCertain)]
    [InlineData(0.95, MatchLikelihood.VeryLikely)]
    [InlineData(0.85, MatchLikelihood.Possible)]
    [InlineData(0.5, MatchLikelihood.Possible)]
    [InlineData(0.3, MatchLikelihood.Unlikely)]
    public void Likelihood_WithTheDefaultBands(double probability, MatchLikelihood expected) =>
        Assert.Equal(expected, Bands(new PersonMatchingOptions()).Likelihood(probability));

    [Theory]
    [InlineData(0.85, MatchLikelihood.AlmostCertain)]
    [InlineData(0.7, MatchLikelihood.VeryLikely)]
    [InlineData(0.4, MatchLikelihood.Possible)]
    [InlineData(0.25, MatchLikelihood.Unlikely)]
    public void Likelihood_FollowsBandsFromConfiguration(double probability, MatchLikelihood expected) =>
        Assert.Equal(expected, Bands(new PersonMatchingOptions { LinkThreshold = 0.8, ReviewThreshold = 0.3 }).Likelihood(probability));

    private static MatchBands Bands(PersonMatchingOptions options) => new(Options.Create(options));
}
