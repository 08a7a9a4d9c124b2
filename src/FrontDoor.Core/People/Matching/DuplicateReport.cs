using FrontDoor.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.People.Matching;

/// <summary>Reads the latest probable-duplicates report, strongest pairs first, for data-quality staff.</summary>
public sealed class DuplicateReport(FrontDoorDbContext db)
{
    public async Task<DuplicateReportPage> ReadAsync(double minProbability, int max, CancellationToken cancellationToken)
    {
        var pairs = db.ProbableDuplicates.AsNoTracking().Where(d => d.Probability >= minProbability);
        var total = await pairs.CountAsync(cancellationToken);
        var strongest = await pairs.OrderByDescending(d => d.Probability).ThenBy(d => d.Id).Take(max).ToListAsync(cancellationToken);
        var ids = strongest.SelectMany(d => new[] { d.FirstPersonId, d.SecondPersonId }).Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var rows = strongest.Select(d => new DuplicateReportRow(people[d.FirstPersonId], people[d.SecondPersonId], d.Probability, d.Explanation)).ToList();
        var foundAt = strongest.Count > 0 ? strongest[0].FoundAt : (DateTimeOffset?)null;
        return new DuplicateReportPage(rows, total, foundAt);
    }
}

public sealed record DuplicateReportRow(Person First, Person Second, double Probability, string Explanation);

public sealed record DuplicateReportPage(IReadOnlyList<DuplicateReportRow> Rows, int Total, DateTimeOffset? FoundAt);
