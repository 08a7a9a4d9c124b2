namespace FrontDoor.Matching.Linking;

/// <summary>Two records judged to be the same person, with the match probability and weight in bits.</summary>
public readonly record struct LinkedPair(string FirstId, string SecondId, double Probability, double Weight);

/// <summary>Progress of a long run: records done out of total in the named stage.</summary>
public readonly record struct LinkProgress(string Stage, long Done, long Total);

/// <summary>The outcome of a dedupe or link run.</summary>
public sealed record LinkResult(IReadOnlyList<LinkedPair> Pairs, long RecordsRead, long CandidatePairs, Model.MatchModel Model);
