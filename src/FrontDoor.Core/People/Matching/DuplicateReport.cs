using FrontDoor.Core.Audit;
using FrontDoor.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.People.Matching;

/// <summary>The latest duplicate check as data-quality staff work through it: pairs still to decide, strongest first. Each look is audited.</summary>
public sealed class DuplicateReport(FrontDoorDbContext db, MatchBands bands, AuditLog audit)
{
    /// <param name="almostCertainOnly">Only pairs in the link band; otherwise the review band too.</param>
    /// <param name="pageSize">Pairs to a page.</param>
    /// <param name="pageNumber">From 1; a page past the end is empty.</param>
    public async Task<DuplicateReportPage> ReadAsync(bool almostCertainOnly, int pageSize, int pageNumber, AuditActor actor, string? origin, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageNumber, 1);
        var minProbability = almostCertainOnly ? bands.LinkThreshold : bands.ReviewThreshold;
        var found = db.ProbableDuplicates.AsNoTracking().Where(d => d.Probability >= minProbability);
        var undecided = found.Where(d => !db.DuplicateDecisions.Any(x =>
            (x.LowerPersonId == d.FirstPersonId && x.HigherPersonId == d.SecondPersonId) || (x.LowerPersonId == d.SecondPersonId && x.HigherPersonId == d.FirstPersonId)));
        var total = await undecided.CountAsync(cancellationToken);
        var decided = await found.CountAsync(cancellationToken) - total;
        var strongest = await undecided.OrderByDescending(d => d.Probability).ThenBy(d => d.Id).Skip((pageNumber - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        var toMerge = await db.DuplicateDecisions.CountAsync(d => d.Verdict == DuplicateVerdict.SamePerson, cancellationToken);

        var ids = strongest.SelectMany(d => new[] { d.FirstPersonId, d.SecondPersonId }).Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var rows = strongest
            .Select(d => new DuplicateReportRow(d.Id, people[d.FirstPersonId], people[d.SecondPersonId], d.Probability, bands.Likelihood(d.Probability), DuplicateReasons.Readable(d.Explanation)))
            .ToList();
        var foundAt = await db.ProbableDuplicates.AsNoTracking().MaxAsync(d => (DateTimeOffset?)d.FoundAt, cancellationToken);
        audit.Record(actor, AuditAction.Viewed, "ProbableDuplicates", null, origin, $"duplicates report, {rows.Count} pairs shown", rows.SelectMany(r => new[] { r.First.Id, r.Second.Id }));
        await db.SaveChangesAsync(cancellationToken);
        return new DuplicateReportPage(rows, total, decided, toMerge, foundAt);
    }

    /// <summary>The undecided pairs one person's record is in, strongest first: what the person page offers a manager to decide.</summary>
    public async Task<IReadOnlyList<DuplicateReportRow>> OfPersonAsync(Guid personId, AuditActor actor, string? origin, CancellationToken cancellationToken)
    {
        var pairs = await db.ProbableDuplicates.AsNoTracking()
            .Where(d => d.Probability >= bands.ReviewThreshold && (d.FirstPersonId == personId || d.SecondPersonId == personId))
            .Where(d => !db.DuplicateDecisions.Any(x =>
                (x.LowerPersonId == d.FirstPersonId && x.HigherPersonId == d.SecondPersonId) || (x.LowerPersonId == d.SecondPersonId && x.HigherPersonId == d.FirstPersonId)))
            .OrderByDescending(d => d.Probability)
            .ThenBy(d => d.Id)
            .ToListAsync(cancellationToken);
        var ids = pairs.SelectMany(d => new[] { d.FirstPersonId, d.SecondPersonId }).Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var rows = pairs
            .Where(d => people.ContainsKey(d.FirstPersonId) && people.ContainsKey(d.SecondPersonId))
            .Select(d => new DuplicateReportRow(d.Id, people[d.FirstPersonId], people[d.SecondPersonId], d.Probability, bands.Likelihood(d.Probability), DuplicateReasons.Readable(d.Explanation)))
            .ToList();
        if (rows.Count > 0)
        {
            audit.Record(actor, AuditAction.Viewed, "ProbableDuplicates", null, origin, $"person's duplicates, {rows.Count} pairs shown", rows.SelectMany(r => new[] { r.First.Id, r.Second.Id }).Distinct());
            await db.SaveChangesAsync(cancellationToken);
        }

        return rows;
    }
}

public sealed record DuplicateReportRow(Guid Id, Person First, Person Second, double Probability, MatchLikelihood Likelihood, string Explanation);

/// <param name="Total">Pairs still to decide at this strength.</param>
/// <param name="Decided">Pairs at this strength someone has already decided.</param>
/// <param name="ToMerge">Pairs decided to be one person, waiting to be merged in the case management system (see <see cref="RecordsToMerge"/>).</param>
public sealed record DuplicateReportPage(IReadOnlyList<DuplicateReportRow> Rows, int Total, int Decided, int ToMerge, DateTimeOffset? FoundAt);
