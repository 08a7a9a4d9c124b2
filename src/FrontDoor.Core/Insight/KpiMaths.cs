namespace FrontDoor.Core.Insight;

/// <summary>The few statistics the KPIs need, written once so every KPI rounds and ranks the same way.</summary>
public static class KpiMaths
{
    public static double? Share(int part, int whole) => whole == 0 ? null : (double)part / whole;

    /// <summary>The median of the values: the middle one, or the mean of the middle two; null for none.</summary>
    public static double? Median(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>
    /// The nearest-rank percentile of a histogram (value, how many): the smallest value that at least
    /// <paramref name="percent"/>% of the counted items are no greater than. Null for an empty histogram.
    /// </summary>
    public static int? NearestRankPercentile(IEnumerable<(int Value, int Count)> histogram, int percent)
    {
        var bins = histogram.Where(b => b.Count > 0).OrderBy(b => b.Value).ToList();
        var total = bins.Sum(b => b.Count);
        if (total == 0)
        {
            return null;
        }

        var rank = (int)Math.Ceiling(percent / 100.0 * total);
        var seen = 0;
        foreach (var (value, count) in bins)
        {
            seen += count;
            if (seen >= rank)
            {
                return value;
            }
        }

        return bins[^1].Value;
    }
}
