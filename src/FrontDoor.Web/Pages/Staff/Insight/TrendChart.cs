using System.Globalization;
using FrontDoor.Core.Insight;

namespace FrontDoor.Web.Pages.Staff.Insight;

/// <summary>
/// A KPI's monthly values drawn as a server-rendered SVG bar chart. The SVG has a title and description for screen
/// readers, and the partial that draws it puts the same numbers in a table straight after it.
/// </summary>
public sealed record TrendChart(string Id, KpiDefinition Kpi, IReadOnlyList<(KpiRange Month, double? Value)> Points)
{
    public const int Width = 640;
    public const int Height = 240;
    public const int Left = 8;
    public const int Bottom = 40;
    public const int Top = 16;

    /// <summary>The chart draws the last year only: 24 bars would crowd their month labels on a narrow screen. The table has every month.</summary>
    public const int ChartMonths = 12;

    public IReadOnlyList<(KpiRange Month, double? Value)> ChartPoints => [.. Points.TakeLast(ChartMonths)];

    public static TrendChart For(KpiDefinition kpi, IReadOnlyList<KpiFigures> months) =>
        new($"trend-{kpi.Key}", kpi, [.. months.Select(m => (m.Range, m.ValueOf(kpi.Key)))]);

    public double Max => Math.Max(ChartPoints.Max(p => p.Value ?? 0), Kpi.Unit == KpiUnit.Share ? 1 : 1e-9);

    public double Slot => (Width - Left * 2) / (double)Math.Max(1, ChartPoints.Count);

    public double BarHeight(double? value) => (value ?? 0) / Max * (Height - Bottom - Top);

    public string Description =>
        $"Bar chart of {Kpi.Name.ToLowerInvariant()} for each month from {InsightWords.Month(ChartPoints[0].Month)} to {InsightWords.Month(ChartPoints[^1].Month)}. " +
        $"Highest: {InsightWords.Value(Kpi.Unit, ChartPoints.Max(p => p.Value))}. The table after the chart gives every month's value, from {InsightWords.Month(Points[0].Month)}.";

    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
