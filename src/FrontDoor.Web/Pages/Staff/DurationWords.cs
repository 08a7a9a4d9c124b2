using System.Globalization;

namespace FrontDoor.Web.Pages.Staff;

/// <summary>A length of time as people say it: "4 hours", "1 day", "90 minutes".</summary>
public static class DurationWords
{
    public static string Duration(TimeSpan span) => span switch
    {
        { TotalDays: >= 1 } when span.TotalDays == Math.Floor(span.TotalDays) => Count((int)span.TotalDays, "day"),
        { TotalHours: >= 1 } when span.TotalHours == Math.Floor(span.TotalHours) => Count((int)span.TotalHours, "hour"),
        _ => Count((int)Math.Ceiling(span.TotalMinutes), "minute"),
    };

    private static string Count(int n, string unit) => string.Create(CultureInfo.InvariantCulture, $"{n} {unit}{(n == 1 ? string.Empty : "s")}");
}
