using System.Globalization;

namespace FrontDoor.Web.Pages.Staff;

/// <summary>One bar of a <see cref="BarChart"/>: its value (none draws no bar), the label under it and a quieter line under that.</summary>
public sealed record ChartBar(double? Value, string Label, string SubLabel);

/// <summary>
/// A server-rendered SVG bar chart, the one the insight dashboard's trends and the case file audit results both draw.
/// The SVG has a title and description for screen readers; the page puts the same numbers in a table straight after it.
/// </summary>
/// <param name="Id">The figure's test id, and the prefix of its title's and description's ids.</param>
/// <param name="Max">The value a full-height bar stands for (1 for a share).</param>
public sealed record BarChart(string Id, string Title, string Description, IReadOnlyList<ChartBar> Bars, double Max)
{
    public const int Width = 640;
    public const int Height = 240;
    public const int Left = 8;
    public const int Bottom = 40;
    public const int Top = 16;

    public double Slot => (Width - Left * 2) / (double)Math.Max(1, Bars.Count);

    public double BarHeight(double? value) => (value ?? 0) / Max * (Height - Bottom - Top);

    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
