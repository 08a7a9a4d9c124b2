using System.Globalization;

namespace FrontDoor.Core.Contacts.CallBacks;

/// <summary>Call backs are arranged in UK time, as staff and the people they call read the clock.</summary>
public static class CallBackTime
{
    private static readonly TimeZoneInfo UkTime = TimeZoneInfo.TryFindSystemTimeZoneById("Europe/London", out var zone) ? zone : TimeZoneInfo.Utc;

    private static readonly string[] Formats = ["H:mm", "HH:mm", "H.mm", "HH.mm", "h:mmtt", "h.mmtt", "htt", "h:mm tt", "h tt"];

    /// <summary>
    /// Reads a time typed as 14:30, 2:30pm or 2pm. False for anything else, including a time that does not exist that
    /// day in the UK (the hour the clocks go forward).
    /// </summary>
    public static bool TryFromUk(DateOnly date, string? time, out DateTimeOffset at)
    {
        at = default;
        var text = time?.Trim().Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        if (string.IsNullOrEmpty(text)
            || !TimeOnly.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var clockTime))
        {
            return false;
        }

        var local = date.ToDateTime(clockTime, DateTimeKind.Unspecified);
        if (UkTime.IsInvalidTime(local))
        {
            return false;
        }

        at = new DateTimeOffset(local, UkTime.GetUtcOffset(local)).ToUniversalTime();
        return true;
    }

    /// <summary>The UK date and 24-hour time of an instant, to show it back in the form.</summary>
    public static (DateOnly Date, string Time) ToUk(DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, UkTime);
        return (DateOnly.FromDateTime(local.DateTime), local.ToString("HH:mm", CultureInfo.InvariantCulture));
    }

    /// <summary>The first instant after today, UK time: what is due "today" is due before this.</summary>
    public static DateTimeOffset EndOfUkDay(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, UkTime);
        var midnight = local.Date.AddDays(1);
        return new DateTimeOffset(midnight, UkTime.GetUtcOffset(midnight)).ToUniversalTime();
    }
}
