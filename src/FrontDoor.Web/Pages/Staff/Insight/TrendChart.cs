using System.Globalization;
using FrontDoor.Core.Insight;

namespace FrontDoor.Web.Pages.Staff.Insight;

/// <summary>
/// A KPI's monthly values drawn with the staff pages' <see cref="BarChart"/>; the partial that draws it puts the same
/// numbers in a table straight after it.
/// </summary>
public sealed record TrendChart(string Id, KpiDefinition Kpi, IReadOnlyList<(KpiRange Month, double? Value)> Points)
{
    /// <summary>The chart draws the last year only: 24 bars would crowd their month labels on a narrow screen. The table has every month.</summary>
    public const int ChartMonths = 12;

    private static readonly CultureInfo UkEnglish = CultureInfo.GetCultureInfo("en-GB");

    public IReadOnlyList<(KpiRange Month, double? Value)> ChartPoints => [.. Points.TakeLast(ChartMonths)];

    public static TrendChart For(KpiDefinition kpi, IReadOnlyList<KpiFigures> months) =>
        new($"trend-{kpi.Key}", kpi, [.. months.Select(m => (m.Range, m.ValueOf(kpi.Key)))]);

    public double Max => Math.Max(ChartPoints.Max(p => p.Value ?? 0), Kpi.Unit == KpiUnit.Share ? 1 : 1e-9);

    public string Description =>
        $"Bar chart of {Kpi.Name.ToLowerInvariant()} for each month from {InsightWords.Month(ChartPoints[0].Month)} to {InsightWords.Month(ChartPoints[^1].Month)}. " +
        $"Highest: {InsightWords.Value(Kpi.Unit, ChartPoints.Max(p => p.Value))}. The table after the chart gives every month's value, from {InsightWords.Month(Points[0].Month)}.";

    /// <summary>The last <see cref="ChartMonths"/> months as bars, each labelled with its month and year.</summary>
    public BarChart Chart => new(
        Id,
        $"{Kpi.Name} by month",
        Description,
        [.. ChartPoints.Select(p => new ChartBar(p.Value, p.Month.From.ToString("MMM", UkEnglish), p.Month.From.Year.ToString(CultureInfo.InvariantCulture)))],
        Max);
}
