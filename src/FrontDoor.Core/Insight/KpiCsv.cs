using System.Globalization;
using System.Text;

namespace FrontDoor.Core.Insight;

/// <summary>The dashboard's tables as CSV: invariant numbers, quoted cells where needed, and no cell a spreadsheet would run as a formula.</summary>
public static class KpiCsv
{
    public static string Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var csv = new StringBuilder();
        csv.AppendJoin(',', header.Select(Cell)).Append('\n');
        foreach (var row in rows)
        {
            csv.AppendJoin(',', row.Select(value => Cell(value switch
            {
                null => string.Empty,
                double d => d.ToString("0.######", CultureInfo.InvariantCulture),
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                _ => value.ToString(),
            }))).Append('\n');
        }

        return csv.ToString();
    }

    // An imported menu option could begin with = + - @: it is prefixed, so a spreadsheet shows it rather than runs it.
    private static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var safe = value[0] is '=' or '+' or '-' or '@' && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? "'" + value : value;
        return safe.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{safe.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : safe;
    }
}
