namespace FrontDoor.Core.Insight;

/// <summary>A period of whole days, both included, in UTC.</summary>
public sealed record KpiRange
{
    public KpiRange(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            throw new ArgumentException($"The period must end on or after it starts; got {from:yyyy-MM-dd} to {to:yyyy-MM-dd}.", nameof(to));
        }

        From = from;
        To = to;
    }

    public DateOnly From { get; }

    public DateOnly To { get; }

    public DateTimeOffset Start => new(From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>The first moment after the period: ranges are queried as Start &lt;= t &lt; EndExclusive.</summary>
    public DateTimeOffset EndExclusive => new(To.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public static KpiRange Month(int year, int month) =>
        new(new DateOnly(year, month, 1), new DateOnly(year, month, 1).AddMonths(1).AddDays(-1));

    public static KpiRange MonthOf(DateOnly day) => Month(day.Year, day.Month);

    /// <summary>The calendar months the range touches, each cut to the range.</summary>
    public IReadOnlyList<KpiRange> Months()
    {
        var months = new List<KpiRange>();
        for (var first = new DateOnly(From.Year, From.Month, 1); first <= To; first = first.AddMonths(1))
        {
            var last = first.AddMonths(1).AddDays(-1);
            months.Add(new KpiRange(first < From ? From : first, last > To ? To : last));
        }

        return months;
    }

    public override string ToString() => $"{From:yyyy-MM-dd} to {To:yyyy-MM-dd}";
}
