using System.Text.Json;
using FrontDoor.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontDoor.Core.Insight.KeptMonths;

/// <summary>Figures and the moment they describe: when the kept month's calculation began, or now if computed live.</summary>
public sealed record KeptKpiResult(KpiFigures Figures, DateTimeOffset AsAt);

/// <summary>
/// The KPIs for a period, read from the kept months where the period is a whole calendar month with a row of this
/// calculator version that is either fresh (computed within <see cref="InsightOptions.KeptMonthsRefreshInterval"/>, so
/// at most one refresh behind, as the issue allows) or older but not marked stale by a save since; computed live by
/// <see cref="KpiCalculator"/> otherwise (part months, several months together, filters, months not yet kept, or a
/// marked month whose row is older than the interval because the refresh is not running). So the dashboard's current
/// month costs one row read per view, not a month's calculation, and is never more than a refresh interval old.
/// </summary>
public sealed class KeptKpiFigures(FrontDoorDbContext db, KpiCalculator calculator, TimeProvider clock, IOptions<InsightOptions> options)
{
    public async Task<KpiFigures> CalculateAsync(KpiRange range, CancellationToken cancellationToken = default) =>
        (await ReadAsync(range, cancellationToken)).Figures;

    /// <summary>The figures for the range and when they were as at.</summary>
    public async Task<KeptKpiResult> ReadAsync(KpiRange range, CancellationToken cancellationToken = default) =>
        (await MonthlyOrWholeAsync([range], cancellationToken))[0];

    /// <summary>Each calendar month the range touches (cut to the range), oldest first, as <see cref="KpiCalculator.MonthlyAsync"/>.</summary>
    public async Task<IReadOnlyList<KpiFigures>> MonthlyAsync(KpiRange range, CancellationToken cancellationToken = default) =>
        [.. (await MonthlyOrWholeAsync(range.Months(), cancellationToken)).Select(r => r.Figures)];

    private async Task<IReadOnlyList<KeptKpiResult>> MonthlyOrWholeAsync(IReadOnlyList<KpiRange> ranges, CancellationToken cancellationToken)
    {
        var wholeMonths = ranges.Where(IsWholeMonth).Select(r => r.From).ToList();
        var version = KpiMonthRefresher.CalculatorVersion;
        var kept = new Dictionary<DateOnly, (string FiguresJson, DateTimeOffset ComputedAt)>();
        if (wholeMonths.Count > 0)
        {
            var rows = await db.Set<KpiMonth>().AsNoTracking()
                .Where(m => wholeMonths.Contains(m.Month) && m.CalculatorVersion == version)
                .Select(m => new { m.Month, m.FiguresJson, m.ComputedAt })
                .ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                kept[row.Month] = (row.FiguresJson, row.ComputedAt);
            }
        }

        var now = clock.GetUtcNow();
        var freshSince = now - options.Value.KeptMonthsRefreshInterval;
        bool IsFresh(DateTimeOffset computedAt) => computedAt > freshSince;

        // Only rows older than a refresh interval need the marks: a fresh row is served whatever was saved since.
        var stale = kept.Values.Any(k => !IsFresh(k.ComputedAt)) ? await StaleMonthsAsync(wholeMonths, cancellationToken) : [];
        var results = new List<KeptKpiResult>(ranges.Count);
        foreach (var range in ranges)
        {
            results.Add(IsWholeMonth(range) && kept.TryGetValue(range.From, out var row) && (IsFresh(row.ComputedAt) || !stale.Contains(range.From))
                ? new KeptKpiResult(JsonSerializer.Deserialize<KpiFigures>(row.FiguresJson, KpiMonthRefresher.Json)!, row.ComputedAt)
                : new KeptKpiResult(await calculator.CalculateAsync(range, cancellationToken: cancellationToken), now));
        }

        return results;
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
