using System.Text.Json;
using FrontDoor.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontDoor.Core.Insight.KeptMonths;

/// <summary>Figures and the moment they describe: when the kept month's calculation began, or now if computed live.</summary>
public sealed record KeptKpiResult(KpiFigures Figures, DateTimeOffset AsAt);

/// <summary>
/// The KPIs for a period, for the whole front door or one team, read from the kept rows where the period is one that
/// is kept (a whole calendar month, or the baseline) with a row of this calculator version that is either fresh
/// (computed within <see cref="InsightOptions.KeptMonthsRefreshInterval"/>, so at most one refresh behind, as the issue
/// allows) or older but not marked stale by a save since; computed live by <see cref="KpiCalculator"/> otherwise (part
/// months, several months together, a channel or source filter, periods not yet kept, or a marked row older than the
/// interval because the refresh is not running). So the dashboard's current month costs one row read per view, not a
/// month's calculation, and is never more than a refresh interval old.
/// </summary>
public sealed class KeptKpiFigures(FrontDoorDbContext db, KpiCalculator calculator, TimeProvider clock, IOptions<InsightOptions> options)
{
    public async Task<KpiFigures> CalculateAsync(KpiRange range, CancellationToken cancellationToken = default) =>
        (await ReadAsync(range, cancellationToken)).Figures;

    /// <summary>The figures for the range and when they were as at.</summary>
    public Task<KeptKpiResult> ReadAsync(KpiRange range, CancellationToken cancellationToken = default) =>
        ReadAsync(range, null, cancellationToken);

    /// <summary>The figures for the range, narrowed by the filter (kept for a team; live for a channel or source), and when they were as at.</summary>
    public async Task<KeptKpiResult> ReadAsync(KpiRange range, KpiFilter? filter, CancellationToken cancellationToken = default) =>
        (await KeptOrLiveAsync([range], filter, cancellationToken))[0];

    /// <summary>Each calendar month the range touches (cut to the range), oldest first, as <see cref="KpiCalculator.MonthlyAsync"/>.</summary>
    public Task<IReadOnlyList<KpiFigures>> MonthlyAsync(KpiRange range, CancellationToken cancellationToken = default) =>
        MonthlyAsync(range, null, cancellationToken);

    /// <inheritdoc cref="MonthlyAsync(KpiRange, CancellationToken)"/>
    public async Task<IReadOnlyList<KpiFigures>> MonthlyAsync(KpiRange range, KpiFilter? filter, CancellationToken cancellationToken = default) =>
        [.. (await KeptOrLiveAsync(range.Months(), filter, cancellationToken)).Select(r => r.Figures)];

    private async Task<IReadOnlyList<KeptKpiResult>> KeptOrLiveAsync(IReadOnlyList<KpiRange> ranges, KpiFilter? filter, CancellationToken cancellationToken)
    {
        var scope = KeptKpiScopes.Of(filter);
        var version = KpiMonthRefresher.CalculatorVersion;
        var kept = new Dictionary<KpiRange, (string FiguresJson, DateTimeOffset ComputedAt)>();
        if (scope is not null)
        {
            var firstDays = ranges.Select(r => r.From).Distinct().ToList();
            var rows = await db.Set<KpiMonth>().AsNoTracking()
                .Where(m => firstDays.Contains(m.Month) && m.Scope == scope && m.CalculatorVersion == version)
                .Select(m => new { m.Month, m.LastDay, m.FiguresJson, m.ComputedAt })
                .ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                kept[new KpiRange(row.Month, row.LastDay)] = (row.FiguresJson, row.ComputedAt);
            }
        }

        var now = clock.GetUtcNow();
        var freshSince = now - options.Value.KeptMonthsRefreshInterval;
        bool IsFresh(DateTimeOffset computedAt) => computedAt > freshSince;

        // Only rows older than a refresh interval need the marks: a fresh row is served whatever was saved since.
        var old = ranges.Where(r => kept.TryGetValue(r, out var row) && !IsFresh(row.ComputedAt)).ToList();
        var stale = old.Count > 0 ? await StaleMonthsAsync([.. old.SelectMany(MonthsOf).Distinct()], cancellationToken) : [];
        var results = new List<KeptKpiResult>(ranges.Count);
        foreach (var range in ranges)
        {
            results.Add(kept.TryGetValue(range, out var row) && (IsFresh(row.ComputedAt) || !MonthsOf(range).Any(stale.Contains))
                ? new KeptKpiResult(JsonSerializer.Deserialize<KpiFigures>(row.FiguresJson, KpiMonthRefresher.Json)!, row.ComputedAt)
                : new KeptKpiResult(await calculator.CalculateAsync(range, filter, cancellationToken), now));
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

    /// <summary>The first days of the calendar months a period touches: what a stale mark names.</summary>
    private static IEnumerable<DateOnly> MonthsOf(KpiRange range) => range.Months().Select(m => new DateOnly(m.From.Year, m.From.Month, 1));
}
