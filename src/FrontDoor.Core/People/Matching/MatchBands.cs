using Microsoft.Extensions.Options;

namespace FrontDoor.Core.People.Matching;

/// <summary>How likely a probability is, in the bands staff read: the words come from the configured thresholds.</summary>
public enum MatchLikelihood
{
    Unlikely,
    Possible,
    VeryLikely,
    AlmostCertain,
}

/// <summary>
/// The matching bands as configured (<c>Matching:LinkThreshold</c> and <c>Matching:ReviewThreshold</c>), so every
/// screen that shows or filters by likelihood agrees with the engine that decided it.
/// </summary>
public sealed class MatchBands(IOptions<PersonMatchingOptions> options)
{
    public double LinkThreshold => options.Value.LinkThreshold;

    public double ReviewThreshold => options.Value.ReviewThreshold;

    /// <summary>
    /// The link band is "almost certain" and the review band "possible", its stronger half "very likely". The halves
    /// split at the midpoint in log-odds, where the engine's weights add up (about 0.91 with the default bands).
    /// </summary>
    public MatchLikelihood Likelihood(double probability)
    {
        if (probability >= LinkThreshold)
        {
            return MatchLikelihood.AlmostCertain;
        }

        if (probability < ReviewThreshold)
        {
            return MatchLikelihood.Unlikely;
        }

        return LogOdds(probability) >= (LogOdds(ReviewThreshold) + LogOdds(LinkThreshold)) / 2 ? MatchLikelihood.VeryLikely : MatchLikelihood.Possible;
    }

    public bool IsAlmostCertain(double probability) => probability >= LinkThreshold;

    private static double LogOdds(double probability)
    {
        var p = Math.Clamp(probability, 1e-9, 1 - 1e-9);
        return Math.Log(p / (1 - p));
    }
}
