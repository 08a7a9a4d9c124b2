using System.Text.Json;
using FrontDoor.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.Insight.KeptMonths;

/// <summary>
/// The KPIs for a period, read from the kept months where the period is a whole calendar month with a row from this
/// build, and computed live by <see cref="KpiCalculator"/> otherwise (part months, several months together, filters,
/// months not yet kept). Kept figures are as fresh as the last refresh: at most one refresh interval behind.
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

        var figures = new List<KpiFigures>(ranges.Count);
        foreach (var range in ranges)
        {
            figures.Add(IsWholeMonth(range) && kept.TryGetValue(range.From, out var json)
                ? JsonSerializer.Deserialize<KpiFigures>(json, KpiMonthRefresher.Json)!
                : await calculator.CalculateAsync(range, cancellationToken: cancellationToken));
        }

        return figures;
    }

    private static bool IsWholeMonth(KpiRange range) => range.From.Day == 1 && range.To == range.From.AddMonths(1).AddDays(-1);
}
