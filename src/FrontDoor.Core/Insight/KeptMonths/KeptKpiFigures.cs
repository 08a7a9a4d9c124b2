using System.Text.Json;
using FrontDoor.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.Insight.KeptMonths;

/// <summary>
/// The KPIs for a period, read from the kept months where the period is a whole calendar month with a row from this
/// build that no change has marked stale since, and computed live by <see cref="KpiCalculator"/> otherwise (part
/// months, several months together, filters, months not yet kept or changed since the last refresh). So what it
/// returns is always what the calculator would say now; the refresh only decides how often that is cheap.
/// </summary>
public sealed class KeptKpiFigures(FrontDoorDbContext db, KpiCalculator calculator)
{
    public async Task<KpiFigures> CalculateAsync(KpiRange range, CancellationToken cancellationToken = default) =>
        (await MonthlyOrWholeAsync([range], cancellationToken))[0];

    /// <summary>Each calendar month the range touches (cut to the range), oldest first, as <see cref="KpiCalculator.MonthlyAsync"/>.</summary>
    public Task<IReadOnlyList<KpiFigures>> MonthlyAsync(KpiRange range, CancellationToken cancellationToken = default) =>
        MonthlyOrWholeAsync(range.Months(), cancellationToken);

    private async Task<IReadOnlyList<KpiFigures>> MonthlyOrWholeAsync(IReadOnlyList<KpiRange> ranges, CancellationToken cancellationToken)
    {
        var wholeMonths = ranges.Where(IsWholeMonth).Select(r => r.From).ToList();
        var version = KpiMonthRefresher.CalculatorVersion;
        var kept = wholeMonths.Count == 0
            ? []
            : await db.Set<KpiMonth>().AsNoTracking()
                .Where(m => wholeMonths.Contains(m.Month) && m.CalculatorVersion == version)
                .ToDictionaryAsync(m => m.Month, m => m.FiguresJson, cancellationToken);

        var stale = kept.Count == 0 ? [] : await StaleMonthsAsync(wholeMonths, cancellationToken);
        var figures = new List<KpiFigures>(ranges.Count);
        foreach (var range in ranges)
        {
            figures.Add(IsWholeMonth(range) && !stale.Contains(range.From) && kept.TryGetValue(range.From, out var json)
                ? JsonSerializer.Deserialize<KpiFigures>(json, KpiMonthRefresher.Json)!
                : await calculator.CalculateAsync(range, cancellationToken: cancellationToken));
        }

        return figures;
    }

    /// <summary>The months among these that a save has marked since the last refresh consumed its marks: a handful of rows.</summary>
    private async Task<HashSet<DateOnly>> StaleMonthsAsync(List<DateOnly> months, CancellationToken cancellationToken)
    {
        var marks = db.Set<KpiStaleMark>().AsNoTracking();
        var stale = (await marks.Where(m => m.Month != null && months.Contains(m.Month.Value)).Select(m => m.Month!.Value).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        var byContact = await marks.Where(m => m.ContactId != null)
            .Join(db.Contacts, m => m.ContactId, c => (Guid?)c.Id, (m, c) => c.ReceivedAt)
            .ToListAsync(cancellationToken);
        stale.UnionWith(byContact.Select(KpiStaleMarker.MonthOf));
        return stale;
    }

    private static bool IsWholeMonth(KpiRange range) => range.From.Day == 1 && range.To == range.From.AddMonths(1).AddDays(-1);
}
