using System.Globalization;

namespace FrontDoor.Core.CaseFileAudits;

/// <summary>A calendar month of closures, in UTC as the KPIs count them, written <c>YYYY-MM</c> in addresses and the CLI.</summary>
public readonly record struct AuditMonth(int Year, int Month)
{
    public DateOnly FirstDay => new(Year, Month, 1);

    public DateTimeOffset Start => new(Year, Month, 1, 0, 0, 0, TimeSpan.Zero);

    public DateTimeOffset End => Start.AddMonths(1);

    public AuditMonth Previous => Of(Start.AddMonths(-1));

    public static AuditMonth Of(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return new(utc.Year, utc.Month);
    }

    public static AuditMonth Of(DateOnly day) => new(day.Year, day.Month);

    /// <summary>Reads <c>YYYY-MM</c>; anything else (or a month before 2000) is not a month.</summary>
    public static bool TryParse(string? text, out AuditMonth month)
    {
        month = default;
        if (text is null || !DateTime.TryParseExact(text.Trim(), "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) || parsed.Year < 2000)
        {
            return false;
        }

        month = new(parsed.Year, parsed.Month);
        return true;
    }

    public override string ToString() => FirstDay.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>"November 2026".</summary>
    public string Name => FirstDay.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
}
