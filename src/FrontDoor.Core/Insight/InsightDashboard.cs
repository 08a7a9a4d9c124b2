using Microsoft.Extensions.Options;

namespace FrontDoor.Core.Insight;

/// <summary>One KPI as the managers' dashboard shows it: its value for the period, the baseline's, the target and where it stands.</summary>
public sealed record KpiLine(KpiDefinition Kpi, double? Value, double? Baseline, double? Target)
{
    public KpiStanding Standing => KpiStandings.Against(Kpi, Value, Target);
}

/// <summary>The dashboard's figures: the chosen period (the current month unless asked), the baseline, and the monthly trend.</summary>
public sealed record InsightView(KpiFigures Period, KpiFigures? Baseline, IReadOnlyList<KpiLine> Lines, IReadOnlyList<KpiFigures> Trend)
{
    public bool IsCurrentMonth { get; init; }

    /// <summary>When the period's figures were as at: a kept month's calculation (at most a refresh interval ago for the current month), or now.</summary>
    public DateTimeOffset FiguresAsAt { get; init; }
}

/// <summary>Puts the calculator's figures beside the configured baseline and targets, for the dashboard and its report.</summary>
public sealed class InsightDashboard(KeptMonths.KeptKpiFigures kept, IOptions<InsightOptions> options, TimeProvider clock)
{
    /// <summary>How many months the trend covers (its tables and CSV), ending with the period's last month; all kept months.</summary>
    public const int TrendMonths = 24;

    public KpiRange CurrentMonth => KpiRange.MonthOf(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));

    public Task<InsightView> ReadAsync(KpiRange? period, CancellationToken cancellationToken) => ReadAsync(period, null, cancellationToken);

    /// <summary>The dashboard narrowed to one team (the queue its contacts are in): its period, its baseline and its trend.</summary>
    public async Task<InsightView> ReadAsync(KpiRange? period, KpiFilter? filter, CancellationToken cancellationToken)
    {
        var chosen = period ?? CurrentMonth;
        // Kept rows hold the whole front door's and each team's months and baseline; anything else is computed when asked.
        var (figures, asAt) = await kept.ReadAsync(chosen, filter, cancellationToken);
        var baseline = options.Value.Baseline is { } range ? (await kept.ReadAsync(range, filter, cancellationToken)).Figures : null;
        var trend = await kept.MonthlyAsync(TrendEndingWith(chosen.To), filter, cancellationToken);
        var lines = KpiCatalogue.All
            .Select(kpi => new KpiLine(kpi, figures.ValueOf(kpi.Key), baseline?.ValueOf(kpi.Key), options.Value.TargetFor(kpi.Key)))
            .ToList();
        return new InsightView(figures, baseline, lines, trend) { IsCurrentMonth = chosen == CurrentMonth, FiguresAsAt = asAt };
    }

    /// <summary>One KPI's line for the period and its monthly trend, for its definition page.</summary>
    public async Task<(KpiLine Line, IReadOnlyList<KpiFigures> Trend)> ReadKpiAsync(KpiDefinition kpi, CancellationToken cancellationToken)
    {
        var view = await ReadAsync(null, cancellationToken);
        return (view.Lines.Single(l => l.Kpi.Key == kpi.Key), view.Trend);
    }

    private static KpiRange TrendEndingWith(DateOnly last)
    {
        var lastMonth = KpiRange.MonthOf(last);
        return new KpiRange(lastMonth.From.AddMonths(1 - TrendMonths), lastMonth.To);
    }
}
