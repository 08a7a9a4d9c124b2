using System.Globalization;

namespace FrontDoor.Matching.Normalisation;

/// <summary>
/// A date of birth as far as it could be read. Parts that are out of range are unknown (0), so
/// "1950-13-02" keeps its year and day; "31/02/1950" keeps all three parts but is not a calendar date.
/// </summary>
public readonly record struct PartialDate(short Year, byte Month, byte Day, bool IsCalendarDate, bool WasGiven) : ISpanFormattable
{
    private const int MinYear = 1850;
    private const int MaxYear = 2150;

    public static PartialDate Missing => default;

    public bool HasAnyPart => Year != 0 || Month != 0 || Day != 0;

    public bool IsComplete => Year != 0 && Month != 0 && Day != 0;

    /// <summary>
    /// Reads YYYYMMDD, YYYY-MM-DD, DD/MM/YYYY, DD-MM-YYYY and DD.MM.YYYY (British order). Anything else
    /// gives a date that was given but has no parts.
    /// </summary>
    public static PartialDate Parse(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return Missing;
        }

        var text = raw.AsSpan().Trim();
        if (text.Length > 10)
        {
            text = text[..Math.Min(text.Length, 19)];
            // ISO date-times: keep the date part.
            var t = text.IndexOf('T');
            if (t is 10)
            {
                text = text[..10];
            }
        }

        Span<Range> parts = stackalloc Range[4];
        int year, month, day;
        if (text.Length == 8 && IsDigits(text))
        {
            year = Number(text[..4]);
            month = Number(text[4..6]);
            day = Number(text[6..8]);
        }
        else
        {
            var separator = text.IndexOfAny("/-.") is var at and >= 0 ? text[at] : ' ';
            var count = text.Split(parts, separator);
            if (count != 3 || !IsDigits(text[parts[0]]) || !IsDigits(text[parts[1]]) || !IsDigits(text[parts[2]]))
            {
                return new PartialDate(0, 0, 0, false, true);
            }

            var first = text[parts[0]];
            if (first.Length == 4)
            {
                year = Number(first);
                month = Number(text[parts[1]]);
                day = Number(text[parts[2]]);
            }
            else
            {
                day = Number(first);
                month = Number(text[parts[1]]);
                year = Number(text[parts[2]]);
            }
        }

        var y = year is >= MinYear and <= MaxYear ? (short)year : (short)0;
        var m = month is >= 1 and <= 12 ? (byte)month : (byte)0;
        var d = day is >= 1 and <= 31 ? (byte)day : (byte)0;
        var calendar = y != 0 && m != 0 && d != 0 && d <= DateTime.DaysInMonth(y, m);
        return new PartialDate(y, m, d, calendar, true);
    }

    /// <summary>DD/MM/YYYY with question marks for unknown parts, for explanations.</summary>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    public string ToString(string? format, IFormatProvider? formatProvider) => string.Create(CultureInfo.InvariantCulture, $"{this}");

    /// <summary>Writes DD/MM/YYYY straight into an explanation being built, with no string of its own.</summary>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        charsWritten = 0;
        if (destination.Length < 10)
        {
            return false;
        }

        WritePart(destination[..2], Day, "00");
        destination[2] = '/';
        WritePart(destination[3..5], Month, "00");
        destination[5] = '/';
        WritePart(destination[6..10], Year, "0000");
        charsWritten = 10;
        return true;
    }

    private static void WritePart(Span<char> into, int value, string digits)
    {
        if (value == 0 || !value.TryFormat(into, out _, digits, CultureInfo.InvariantCulture))
        {
            into.Fill('?');
        }
    }

    /// <summary>
    /// Whether the two are real calendar dates one day apart, across a month's or a year's end too (31/05 and 01/06,
    /// 31/12 and 01/01): a date keyed a day out, or a birth either side of midnight written down differently. A digit
    /// comparison misses these (every digit of the day and month can change), and 19/20 changes two digits.
    /// </summary>
    public bool IsOneDayFrom(PartialDate other) =>
        IsCalendarDate && other.IsCalendarDate
        && Math.Abs(new DateOnly(Year, Month, Day).DayNumber - new DateOnly(other.Year, other.Month, other.Day).DayNumber) == 1;

    /// <summary>The date as YYYYMMDD digits, unknown parts as zeros; for one-digit-typo checks.</summary>
    private int AsDigits => (Year * 10000) + (Month * 100) + Day;

    /// <summary>
    /// Whether the two dates' YYYYMMDD digits (unknown parts as zeros) are the same but for one digit, or for two
    /// neighbouring digits typed the wrong way round. Digit by digit, not by formatting: it runs for most candidates.
    /// </summary>
    public bool IsOneDigitSlipFrom(PartialDate other)
    {
        int a = AsDigits, b = other.AsDigits;
        int differing = 0, firstAt = 0, firstOfA = 0, firstOfB = 0;
        for (var position = 0; position < 8; position++, a /= 10, b /= 10)
        {
            int x = a % 10, y = b % 10;
            if (x == y)
            {
                continue;
            }

            if (++differing == 1)
            {
                (firstAt, firstOfA, firstOfB) = (position, x, y);
            }
            else if (differing > 2 || position != firstAt + 1 || x != firstOfB || y != firstOfA)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDigits(ReadOnlySpan<char> s) => s.Length is > 0 and <= 8 && !s.ContainsAnyExceptInRange('0', '9');

    private static int Number(ReadOnlySpan<char> s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);
}
