using System.Diagnostics;
using FrontDoor.Core.Demo;
using FrontDoor.Matching.Linking;
using FrontDoor.Matching.UkSynthetic;

namespace FrontDoor.Matching.Bench;

/// <summary>Dedupes the demo county's people and scores against the generator's truth (read here only, never by the engine).</summary>
internal static class UkAccuracy
{
    /// <param name="movedDuplicateFormerAddressShare">Of duplicates made after a move, the share holding the address before (the demo's 0.6 by default).</param>
    public static void Run(int people, int seed, int explain = 0, double duplicateShare = 0.02, double movedDuplicateFormerAddressShare = 0.6)
    {
        var clock = Stopwatch.StartNew();
        var history = new DemoAddressHistory { MovedDuplicateFormerAddressShare = movedDuplicateFormerAddressShare };
        var set = UkSyntheticSet.Generate(people, seed, duplicateShare, history);
        Console.WriteLine($"uk: {set.Records.Count:N0} records from the demo county (seed {seed}, {duplicateShare:P0} of people recorded twice) in {clock.Elapsed.TotalSeconds:0.0} s: " +
            $"{set.Count(DemoLikeness.Duplicate):N0} duplicates, {set.Count(DemoLikeness.Spouse):N0} spouses, {set.Count(DemoLikeness.Twin):N0} twins, " +
            $"{set.Count(DemoLikeness.Junior):N0} juniors; {set.TruePairs:N0} true pairs; " +
            $"{set.Records.Count(r => r.PreviousAddresses is { Count: > 0 }):N0} records with a former address ({history.MovedDuplicateFormerAddressShare:P0} of moved duplicates, {history.FormerAddressShare:P0} of others)");
        var options = new MatchOptions();
        clock.Restart();
        var result = Deduplicator.Dedupe(set.Records, threshold: options.ReviewThreshold, options: options);
        Console.WriteLine($"  dedupe in {clock.Elapsed.TotalSeconds:0.0} s, {result.CandidatePairs:N0} pairs compared; model: {result.Model.Source}, matches/record {result.Model.MatchesPerRecord:0.####}");
        Console.WriteLine($"  link band   {set.Score(result.Pairs, options.LinkThreshold)}");
        Console.WriteLine($"  review band {set.Score(result.Pairs, options.ReviewThreshold)}");

        // Old records under a maiden name: found only through the former family name.
        var maiden = set.MaidenNamePairs();
        int FoundAt(double threshold) => maiden.Count(m => result.Pairs.Any(p => p.Probability >= threshold
            && ((p.FirstId == m.Original && p.SecondId == m.Duplicate) || (p.FirstId == m.Duplicate && p.SecondId == m.Original))));
        Console.WriteLine($"  maiden-name duplicates: {maiden.Count}, found at the link band {FoundAt(options.LinkThreshold)}, at the review band {FoundAt(options.ReviewThreshold)}");
        Console.WriteLine("  calibration (pairs the engine returned, by probability):");
        foreach (var band in set.Calibration(result.Pairs, [0.5, 0.8, 0.9, 0.95, 0.98, 0.99, 0.999, 0.9999]))
        {
            Console.WriteLine($"    {band}");
        }

        if (explain > 0)
        {
            Explain(set, result, options, explain);
        }
    }

    // Prints a few missed and a few false links at the link threshold, with the engine's explanation.
    private static void Explain(UkSyntheticSet set, LinkResult result, MatchOptions options, int count)
    {
        var (missed, wrong) = set.Mistakes(result.Pairs, options.LinkThreshold);
        var byId = set.Records.ToDictionary(r => r.Id);
        using var index = new PersonIndex(result.Model, options);
        foreach (var (label, pairs) in new[] { ("missed", missed), ("wrong", wrong) })
        {
            foreach (var (a, b) in pairs.Take(count))
            {
                index.Add(byId[b]);
                var candidate = index.Match(byId[a] with { Id = a + "-query" }).Candidates.FirstOrDefault(c => c.Id == b);
                index.Remove(b);
                Console.WriteLine($"{label}: {byId[a]}\n    vs {byId[b]}\n    -> {candidate?.Probability:0.####} {candidate?.Explanation}");
            }
        }
    }
}
