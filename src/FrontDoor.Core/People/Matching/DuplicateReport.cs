using FrontDoor.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.People.Matching;

/// <summary>The latest duplicate check as data-quality staff work through it: pairs still to decide, and pairs to merge.</summary>
public sealed class DuplicateReport(FrontDoorDbContext db, MatchBands bands)
{
    /// <param name="almostCertainOnly">Only pairs in the link band; otherwise the review band too.</param>
    /// <param name="pageSize">Pairs to a page, of the pairs to decide and of the pairs to merge.</param>
    /// <param name="pageNumber">From 1; a page past the end is empty.</param>
    public async Task<DuplicateReportPage> ReadAsync(bool almostCertainOnly, int pageSize, int pageNumber, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageNumber, 1);
        var minProbability = almostCertainOnly ? bands.LinkThreshold : bands.ReviewThreshold;
        var found = db.ProbableDuplicates.AsNoTracking().Where(d => d.Probability >= minProbability);
        var undecided = found.Where(d => !db.DuplicateDecisions.Any(x =>
            (x.LowerPersonId == d.FirstPersonId && x.HigherPersonId == d.SecondPersonId) || (x.LowerPersonId == d.SecondPersonId && x.HigherPersonId == d.FirstPersonId)));
        var total = await undecided.CountAsync(cancellationToken);
        var decided = await found.CountAsync(cancellationToken) - total;
        var strongest = await undecided.OrderByDescending(d => d.Probability).ThenBy(d => d.Id).Skip((pageNumber - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        var toMerge = await db.DuplicateDecisions.AsNoTracking()
            .Where(d => d.Verdict == DuplicateVerdict.SamePerson)
            .OrderBy(d => d.DecidedAt)
            .Take(pageSize)
            .ToListAsync(cancellationToken);

        var ids = strongest.SelectMany(d => new[] { d.FirstPersonId, d.SecondPersonId })
            .Concat(toMerge.SelectMany(d => new[] { d.LowerPersonId, d.HigherPersonId }))
            .Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var rows = strongest.Select(d => new DuplicateReportRow(d.Id, people[d.FirstPersonId], people[d.SecondPersonId], d.Probability, bands.Likelihood(d.Probability), d.Explanation)).ToList();
        var merges = toMerge.Select(d => new DuplicateToMerge(people[d.LowerPersonId], people[d.HigherPersonId], d.DecidedAt)).ToList();
        var foundAt = await db.ProbableDuplicates.AsNoTracking().MaxAsync(d => (DateTimeOffset?)d.FoundAt, cancellationToken);
        return new DuplicateReportPage(rows, total, decided, merges, foundAt);
    }
}

public sealed record DuplicateReportRow(Guid Id, Person First, Person Second, double Probability, MatchLikelihood Likelihood, string Explanation);

/// <summary>Two records someone decided are one person, waiting to be merged in the case management system.</summary>
public sealed record DuplicateToMerge(Person First, Person Second, DateTimeOffset DecidedAt);

/// <param name="Total">Pairs still to decide at this strength.</param>
/// <param name="Decided">Pairs at this strength someone has already decided.</param>
public sealed record DuplicateReportPage(IReadOnlyList<DuplicateReportRow> Rows, int Total, int Decided, IReadOnlyList<DuplicateToMerge> ToMerge, DateTimeOffset? FoundAt);
