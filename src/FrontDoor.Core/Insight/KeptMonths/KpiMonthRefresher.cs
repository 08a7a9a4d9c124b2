using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FrontDoor.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.Insight.KeptMonths;

/// <summary>What one refresh did: the months it computed (oldest first, each for every kept scope), whether it recomputed the baseline, and the stale marks it consumed.</summary>
public sealed record KpiRefreshResult(IReadOnlyList<DateOnly> MonthsComputed, int MarksConsumed)
{
    public bool BaselineComputed { get; init; }
}

/// <summary>
/// Keeps <see cref="KpiMonth"/> rows up to date, always through <see cref="KpiCalculator"/> (the one definition of every
/// figure): each refresh recomputes the current month, the months stale marks name, and a bounded number of periods
/// with no row of this calculator version (the whole front door's first); history that did not change is never read again. Each month is kept for
/// every scope in <paramref name="scopes"/> (the whole front door, and each team), and the baseline with them when a
/// month inside it changes or it has no row yet.
/// </summary>
/// <param name="scopes">What to keep besides the whole front door's months; only those when not given.</param>
public sealed class KpiMonthRefresher(FrontDoorDbContext db, KpiCalculator calculator, TimeProvider clock, KeptKpiScopes? scopes = null)
{
    private readonly KeptKpiScopes _scopes = scopes ?? KeptKpiScopes.WholeFrontDoorOnly;

    /// <summary>The lease the refresh job and <c>frontdoor kpis rebuild</c> take, so only one node writes kept months at a time.</summary>
    public const string LeaseName = "kpi-months";

    // Bounds one run's reading of marks, so a bulk change (an import) is consumed over a few runs rather than at once.
    private const int MostMarksPerRun = 20_000;

    private const int ContactIdsPerQuery = 500;

    /// <summary>The dashboard's trend: at least this many months, to the current one, are kept even before the first contact, so no trend month is computed live.</summary>
    public const int MonthsAlwaysKept = 24;

    /// <summary>
    /// Bump by one in the same change as any change to what a KPI counts (<see cref="KpiCalculator"/>, <see cref="KpiMaths"/>,
    /// <see cref="FailureDemand"/>, or what they read): every kept month is then recomputed, over a few refreshes. A
    /// release that changes no definition keeps the months it has (docs/insight-kpis.md, "Kept months").
    /// </summary>
    public const int DefinitionsVersion = 1;

    /// <summary>
    /// What a kept month's row is tagged with: <see cref="DefinitionsVersion"/> and the shape of <see cref="KpiFigures"/>
    /// (its properties' names and types), so a figure added or renamed recomputes the months even if the bump is forgotten.
    /// </summary>
    public static string CalculatorVersion { get; } = $"{DefinitionsVersion}.{FiguresShape(typeof(KpiFigures))}";

    internal static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    private static string FiguresShape(Type figures)
    {
        var shape = string.Join(';', figures.GetProperties().OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => $"{p.Name}:{p.PropertyType}"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(shape)))[..12];
    }

    /// <param name="mostMissingCalculations">
    /// How many kept periods with no row of this calculator version to fill in this run (each one month, or the
    /// baseline, for one scope), in the order the dashboards need them: see <see cref="MissingAsync"/>.
    /// </param>
    public async Task<KpiRefreshResult> RefreshAsync(int mostMissingCalculations, CancellationToken cancellationToken = default)
    {
        var current = KpiStaleMarker.MonthOf(clock.GetUtcNow());
        var marks = await db.Set<KpiStaleMark>().AsNoTracking().OrderBy(m => m.Id).Take(MostMarksPerRun).ToListAsync(cancellationToken);
        var marked = marks.Where(m => m.Month is not null).Select(m => m.Month!.Value).ToHashSet();
        marked.UnionWith(await MonthsOfContactsAsync([.. marks.Where(m => m.ContactId is not null).Select(m => m.ContactId!.Value).Distinct()], cancellationToken));

        // The current month and every marked one, for every scope, whatever the budget: a kept row that is wrong is
        // worse than a missing one (that is computed live). A month that has not begun yet (a future-dated import)
        // has nothing kept to be wrong about.
        var months = new SortedSet<DateOnly>(marked.Where(m => m <= current)) { current };

        // Read before those are stored: a missing month also marked counts against the budget once, computed once.
        var backfill = (await MissingAsync(current, cancellationToken)).Take(mostMissingCalculations).ToList();
        foreach (var month in months)
        {
            await StoreEveryScopeAsync(KpiRange.Month(month.Year, month.Month), cancellationToken);
        }

        // The baseline is history: recomputed only when a month inside it changed, or (below) it is not kept by this version.
        var baselineComputed = false;
        if (_scopes.Baseline is { } baseline && marked.Any(m => m >= new DateOnly(baseline.From.Year, baseline.From.Month, 1) && m <= baseline.To))
        {
            await StoreEveryScopeAsync(baseline, cancellationToken);
            baselineComputed = true;
        }

        // Less what was just stored for every scope (decided once, before the loop below adds to what it reports).
        var stillMissing = backfill.Where(missing => missing.Period == _scopes.Baseline ? !baselineComputed : !months.Contains(missing.Period.From)).ToList();
        foreach (var (period, scope) in stillMissing)
        {
            await StoreAsync(period, scope, cancellationToken);
            if (period == _scopes.Baseline)
            {
                baselineComputed = true;
            }
            else
            {
                months.Add(period.From);
            }
        }

        // Only the marks read above: one written while the months were computed stays, and is consumed next run.
        foreach (var chunk in marks.Select(m => m.Id).Chunk(ContactIdsPerQuery))
        {
            await db.Set<KpiStaleMark>().Where(m => chunk.Contains(m.Id)).ExecuteDeleteAsync(cancellationToken);
        }

        return new KpiRefreshResult([.. months], marks.Count) { BaselineComputed = baselineComputed };
    }

    /// <summary>Recomputes every month from <paramref name="from"/> (or the first with any contact or call, and at least the trend's months) to the current one.</summary>
    public async Task<IReadOnlyList<DateOnly>> RebuildAsync(DateOnly? from, IProgress<(DateOnly Month, int Done, int Total)>? progress = null, CancellationToken cancellationToken = default)
    {
        var current = KpiStaleMarker.MonthOf(clock.GetUtcNow());
        var first = from is { } given ? new DateOnly(given.Year, given.Month, 1) : await FirstMonthAsync(current, cancellationToken);
        var months = MonthsBetween(first, current);
        for (var i = 0; i < months.Count; i++)
        {
            await StoreEveryScopeAsync(KpiRange.Month(months[i].Year, months[i].Month), cancellationToken);
            progress?.Report((months[i], i + 1, months.Count));
        }

        if (_scopes.Baseline is { } baseline)
        {
            await StoreEveryScopeAsync(baseline, cancellationToken);
        }

        return months;
    }

    private async Task StoreEveryScopeAsync(KpiRange period, CancellationToken cancellationToken)
    {
        foreach (var scope in _scopes.All)
        {
            await StoreAsync(period, scope, cancellationToken);
        }
    }

    private async Task StoreAsync(KpiRange period, string scope, CancellationToken cancellationToken)
    {
        // Stamped with when the calculation began: a change saved while it ran may be missing, and is marked for the next run.
        var now = clock.GetUtcNow();
        var filter = scope == KeptKpiScopes.WholeFrontDoor ? KpiFilter.None : new KpiFilter(QueueKey: scope);
        var figures = await calculator.CalculateAsync(period, filter, cancellationToken);
        var json = JsonSerializer.Serialize(figures, Json);
        var kept = await db.Set<KpiMonth>().SingleOrDefaultAsync(m => m.Month == period.From && m.LastDay == period.To && m.Scope == scope, cancellationToken);
        if (kept is null)
        {
            db.Set<KpiMonth>().Add(new KpiMonth(period, scope, CalculatorVersion, json, now));
        }
        else
        {
            kept.Replace(CalculatorVersion, json, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>
    /// The periods and scopes with no row of this calculator version, in the order a fresh install (or a release that
    /// changed a KPI) fills them: the whole front door's past months newest first, then its baseline, so the dashboard
    /// most people open is served from rows within a few runs; then the teams' months, newest first (each month for
    /// every team), then the teams' baselines. Until a team's rows are kept, its view is computed live.
    /// </summary>
    private async Task<IEnumerable<(KpiRange Period, string Scope)>> MissingAsync(DateOnly current, CancellationToken cancellationToken)
    {
        var first = await FirstMonthAsync(current, cancellationToken);
        var version = CalculatorVersion;
        var rows = await db.Set<KpiMonth>().AsNoTracking().Where(m => m.CalculatorVersion == version)
            .Select(m => new { m.Month, m.LastDay, m.Scope }).ToListAsync(cancellationToken);
        var kept = rows.Select(r => (r.Month, r.LastDay, r.Scope)).ToHashSet();
        var periods = MonthsBetween(first, current.AddMonths(-1)).Select(KpiRange.MonthOf).Reverse().ToList();
        if (_scopes.Baseline is { } baseline)
        {
            periods.Add(baseline);
        }

        // Month by month across the teams, so every team's recent months are kept before any team's old ones.
        var wholeFrontDoor = periods.Select(period => (Period: period, Scope: KeptKpiScopes.WholeFrontDoor));
        var teams = periods.SelectMany(period => _scopes.Teams.Select(team => (Period: period, Scope: team)));
        return wholeFrontDoor.Concat(teams).Where(missing => !kept.Contains((missing.Period.From, missing.Period.To, missing.Scope)));
    }

    /// <summary>The first month with any contact or call, or <see cref="MonthsAlwaysKept"/> months back if that is earlier.</summary>
    private async Task<DateOnly> FirstMonthAsync(DateOnly current, CancellationToken cancellationToken)
    {
        // Each is the first row of an index (received_at, offered_at), not a scan.
        var firstContact = await db.Contacts.AsNoTracking().OrderBy(c => c.ReceivedAt).Select(c => (DateTimeOffset?)c.ReceivedAt).FirstOrDefaultAsync(cancellationToken);
        var firstCall = await db.CallRecords.AsNoTracking().OrderBy(c => c.OfferedAt).Select(c => (DateTimeOffset?)c.OfferedAt).FirstOrDefaultAsync(cancellationToken);
        var trendStart = current.AddMonths(1 - MonthsAlwaysKept);
        var first = new[] { firstContact, firstCall }.Where(t => t is not null).Min();
        return first is { } at && KpiStaleMarker.MonthOf(at) < trendStart ? KpiStaleMarker.MonthOf(at) : trendStart;
    }

    private async Task<IEnumerable<DateOnly>> MonthsOfContactsAsync(IReadOnlyList<Guid> contactIds, CancellationToken cancellationToken)
    {
        var months = new HashSet<DateOnly>();
        foreach (var chunk in contactIds.Chunk(ContactIdsPerQuery))
        {
            var received = await db.Contacts.AsNoTracking().Where(c => chunk.Contains(c.Id)).Select(c => c.ReceivedAt).ToListAsync(cancellationToken);
            months.UnionWith(received.Select(KpiStaleMarker.MonthOf));
        }

        return months;
    }

    private static List<DateOnly> MonthsBetween(DateOnly first, DateOnly last)
    {
        var months = new List<DateOnly>();
        for (var month = first; month <= last; month = month.AddMonths(1))
        {
            months.Add(month);
        }

        return months;
    }
}
