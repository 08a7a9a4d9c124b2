using FrontDoor.Core.Data;
using FrontDoor.Matching;
using FrontDoor.Matching.Linking;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.People.Matching;

/// <summary>
/// Finds probable duplicate people across the whole index (at or above the review band) and stores them as the
/// latest data-quality report, each pair with the engine's explanation.
/// </summary>
public sealed class DuplicatePeopleCheck(FrontDoorDbContext db, PersonIndexHost host, TimeProvider clock)
{
    public async Task<DuplicateCheckSummary> RunAsync(IProgress<LinkProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var started = clock.GetTimestamp();
        var index = await host.GetAsync(cancellationToken);
        var records = new List<PersonRecord>();
        await foreach (var person in db.People.AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            records.Add(PersonMatchRecords.From(person));
        }

        var byId = records.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var result = Deduplicator.Dedupe(records, host.MatchOptions.ReviewThreshold, index.Model, host.MatchOptions, progress, cancellationToken);
        var now = clock.GetUtcNow();
        var found = result.Pairs.Select(pair => new ProbableDuplicate(
            Guid.CreateVersion7(now),
            PersonMatchRecords.PersonIdOf(pair.FirstId),
            PersonMatchRecords.PersonIdOf(pair.SecondId),
            pair.Probability,
            Explain(index, byId[pair.FirstId], pair.SecondId),
            now)).ToList();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.ProbableDuplicates.ExecuteDeleteAsync(cancellationToken);
        db.ProbableDuplicates.AddRange(found);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        return new DuplicateCheckSummary(records.Count, result.CandidatePairs, found.Count, found.Count(d => d.Probability >= host.MatchOptions.LinkThreshold), clock.GetElapsedTime(started));
    }

    /// <summary>The same field-by-field reasons a contact match gets, in words, so staff read one language.</summary>
    private static string Explain(PersonIndex index, PersonRecord first, string secondId) =>
        index.Match(first, max: 20).Candidates.FirstOrDefault(c => c.Id == secondId) is { } match
            ? DuplicateReasons.InWords(match.Explanation).Bounded(ProbableDuplicate.MaxExplanationLength)
            : "found by the batch check";
}

public sealed record DuplicateCheckSummary(int People, long PairsCompared, int ProbableDuplicates, int AlmostCertain, TimeSpan Took)
{
    public override string ToString() =>
        $"{People:N0} people checked, {PairsCompared:N0} candidate pairs compared: {ProbableDuplicates:N0} probable duplicates ({AlmostCertain:N0} almost certain) in {Took.TotalSeconds:N1} s";
}
