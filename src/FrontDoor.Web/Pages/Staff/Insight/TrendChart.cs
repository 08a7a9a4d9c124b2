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

    public static TrendChart For(KpiDefinition kpi, IReadOnlyList<KpiFigures> months) =>
        new($"trend-{kpi.Key}", kpi, [.. months.Select(m => (m.Range, m.ValueOf(kpi.Key)))]);

    public double Max => Math.Max(Points.Max(p => p.Value ?? 0), Kpi.Unit == KpiUnit.Share ? 1 : 1e-9);

    public double Slot => (Width - Left * 2) / (double)Math.Max(1, Points.Count);

    public double BarHeight(double? value) => (value ?? 0) / Max * (Height - Bottom - Top);

    public string Description =>
        $"Bar chart of {Kpi.Name.ToLowerInvariant()} for each month from {InsightWords.Month(Points[0].Month)} to {InsightWords.Month(Points[^1].Month)}. " +
        $"Highest: {InsightWords.Value(Kpi.Unit, Points.Max(p => p.Value))}. The table after the chart gives every month's value.";

    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
