using System.Globalization;

namespace FrontDoor.Core.Contacts.Intake;

/// <summary>
/// A date as someone entered it: the three boxes of a GOV.UK date input, one line written the ways people in
/// England write dates (an email, an advisor's search box), or YYYY-MM-DD from another system. Kept as entered,
/// so it can be shown back and stored as given; <see cref="TryGetDate"/> says whether it is a real date.
/// </summary>
public sealed record EnteredDate
{
    private enum Kind
    {
        Boxes,
        Text,
        Iso,
    }

    private readonly Kind _kind;

    private EnteredDate(Kind kind) => _kind = kind;

    public string? Day { get; private init; }

    public string? Month { get; private init; }

    public string? Year { get; private init; }

    public string? Text { get; private init; }

    /// <summary>The GOV.UK date input: each box a number, the year four digits.</summary>
    public static EnteredDate FromBoxes(string? day, string? month, string? year) =>
        new(Kind.Boxes) { Day = TypedText.TrimToNull(day), Month = TypedText.TrimToNull(month), Year = TypedText.TrimToNull(year) };

    /// <summary>A date written by a person: "2/3/1948", "2nd March 1948", "2/3/48" (see <see cref="UkDates"/>).</summary>
    public static EnteredDate FromText(string? text) => new(Kind.Text) { Text = TypedText.TrimToNull(text) };

    /// <summary>A date sent by a system: YYYY-MM-DD and nothing else.</summary>
    public static EnteredDate FromIso(string? text) => new(Kind.Iso) { Text = TypedText.TrimToNull(text) };

    public bool IsEmpty => _kind == Kind.Boxes ? Day is null && Month is null && Year is null : Text is null;

    /// <summary>The boxes left empty ("day", "month", "year") when some but not all were filled in.</summary>
    public IReadOnlyList<string> MissingParts => _kind != Kind.Boxes || IsEmpty
        ? []
        : [.. new[] { ("day", Day), ("month", Month), ("year", Year) }.Where(part => part.Item2 is null).Select(part => part.Item1)];

    /// <summary>False for YYYY-MM-DD input that is not even shaped like one ("2/3/1948"), so the sender can be told the format.</summary>
    public bool IsInExpectedFormat => _kind != Kind.Iso || Text is null
        || (Text.Length == 10 && Text[4] == '-' && Text[7] == '-' && Text.Where((c, i) => i is not 4 and not 7).All(char.IsAsciiDigit));

    /// <summary>The date, when what was entered is a real one; <paramref name="today"/> settles two-digit years.</summary>
    public bool TryGetDate(DateOnly today, out DateOnly date)
    {
        date = default;
        return _kind switch
        {
            Kind.Boxes => TryGetFromBoxes(out date),
            Kind.Iso => DateOnly.TryParseExact(Text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date),
            _ => UkDates.TryParse(Text, today, out date),
        };
    }

    /// <summary>What to keep as "what they told us": the boxes as yyyy-MM-dd when they make a date, otherwise day/month/year as typed.</summary>
    public string? AsGiven => _kind switch
    {
        _ when IsEmpty => null,
        Kind.Boxes => TryGetFromBoxes(out var date) ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : $"{Day}/{Month}/{Year}",
        _ => Text,
    };

    private bool TryGetFromBoxes(out DateOnly date)
    {
        date = default;
        return int.TryParse(Day, NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && int.TryParse(Month, NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && Year?.Length == 4
            && int.TryParse(Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && month is >= 1 and <= 12
            && year >= 1
            && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            && (date = new DateOnly(year, month, day)) != default;
    }
}
