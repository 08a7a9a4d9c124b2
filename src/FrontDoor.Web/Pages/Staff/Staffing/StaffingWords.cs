using System.Globalization;

namespace FrontDoor.Web.Pages.Staff.Staffing;

/// <summary>How the planner writes its figures: times as people say them, shares as whole percentages.</summary>
public static class StaffingWords
{
    public const string Path = "/staff/staffing";

    public static string DayHref(DayOfWeek day) => $"{Path}?day={day}";

    public static string Seconds(double seconds)
    {
        var whole = (int)Math.Round(seconds);
        return whole < 60
            ? string.Create(CultureInfo.InvariantCulture, $"{whole} s")
            : string.Create(CultureInfo.InvariantCulture, $"{whole / 60} min {whole % 60} s");
    }

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    public static string Share(double share) => string.Create(CultureInfo.InvariantCulture, $"{share * 100:0}%");

    public static string Rate(double perHour) => perHour.ToString("0.#", CultureInfo.InvariantCulture);

    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string Interval(TimeOnly start) => $"{Time(start)} to {Time(start.AddMinutes(30))}";

    public static string Target(Core.Insight.Staffing.StaffingTarget target) =>
        $"{Share(target.AnswerShare)} of calls answered within {Seconds(target.AnswerWithinSeconds)}";
}
