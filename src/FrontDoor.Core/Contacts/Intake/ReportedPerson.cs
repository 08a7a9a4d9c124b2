using System.Globalization;
using System.Text.RegularExpressions;
using FrontDoor.Core.People;

namespace FrontDoor.Core.Contacts.Intake;

/// <summary>
/// The person a contact is about, exactly as the sender gave them: nothing here is checked against the
/// person record. Values stay as typed (shown later as "what they told us"); <see cref="DateOfBirth"/> is the
/// typed date only when it is a real date. Matching reads the valid identifiers through the helpers.
/// </summary>
public sealed record ReportedPerson
{
    public const int MaxFieldLength = IntakeLimits.MaxPersonFieldLength;

    public static ReportedPerson Empty { get; } = new();

    public string? GivenName { get; init; }

    public string? FamilyName { get; init; }

    public string? KnownAs { get; init; }

    /// <summary>A maiden name or other earlier family name, when the sender gives one ("née Pickering").</summary>
    public string? FormerFamilyName { get; init; }

    /// <summary>The date of birth as typed ("2 March 1948", "31/02/1950").</summary>
    public string? DateOfBirthAsGiven { get; init; }

    /// <summary>The typed date of birth when it is a real date; null when not given or not a date.</summary>
    public DateOnly? DateOfBirth { get; init; }

    public string? NhsNumberAsGiven { get; init; }

    /// <summary>The council's case-system ID (LAS ID) when the sender knows it.</summary>
    public string? LasId { get; init; }

    public string? AddressLine1 { get; init; }

    public string? AddressLine2 { get; init; }

    public string? Town { get; init; }

    public string? Postcode { get; init; }

    public string? Phone { get; init; }

    public string? Email { get; init; }

    public bool IsEmpty => this == Empty;

    public NhsNumber? ValidNhsNumber() => NhsNumber.TryParse(NhsNumberAsGiven, out var number, out _) ? number : null;

    public UkPostcode? ValidPostcode() => UkPostcode.TryParse(Postcode, out var postcode, out _) ? postcode : null;

    /// <summary>Trimmed, empty as null, over-long values cut, the postcode in its normal form when valid.</summary>
    public ReportedPerson Normalised() => new()
    {
        GivenName = Clean(GivenName),
        FamilyName = Clean(FamilyName),
        KnownAs = Clean(KnownAs),
        FormerFamilyName = Clean(FormerFamilyName),
        DateOfBirthAsGiven = Clean(DateOfBirthAsGiven),
        DateOfBirth = DateOfBirth,
        NhsNumberAsGiven = Clean(NhsNumberAsGiven),
        LasId = Clean(LasId)?.ToUpperInvariant(),
        AddressLine1 = Clean(AddressLine1),
        AddressLine2 = Clean(AddressLine2),
        Town = Clean(Town),
        Postcode = ValidPostcode()?.Value ?? Clean(Postcode),
        Phone = Clean(Phone),
        Email = Clean(Email),
    };

    /// <summary>Keeps every value the sender gave and fills only the gaps from <paramref name="other"/>.</summary>
    public ReportedPerson FillGapsFrom(ReportedPerson other) => new()
    {
        GivenName = GivenName ?? other.GivenName,
        FamilyName = FamilyName ?? other.FamilyName,
        KnownAs = KnownAs ?? other.KnownAs,
        FormerFamilyName = FormerFamilyName ?? other.FormerFamilyName,
        DateOfBirthAsGiven = DateOfBirthAsGiven ?? other.DateOfBirthAsGiven,
        DateOfBirth = DateOfBirthAsGiven is null ? other.DateOfBirth : DateOfBirth,
        NhsNumberAsGiven = NhsNumberAsGiven ?? other.NhsNumberAsGiven,
        LasId = LasId ?? other.LasId,
        AddressLine1 = AddressLine1 ?? other.AddressLine1,
        AddressLine2 = AddressLine2 ?? other.AddressLine2,
        Town = Town ?? other.Town,
        Postcode = Postcode ?? other.Postcode,
        Phone = Phone ?? other.Phone,
        Email = Email ?? other.Email,
    };

    private static string? Clean(string? value)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return trimmed.Length <= MaxFieldLength ? trimmed : trimmed[..MaxFieldLength];
    }
}

/// <summary>
/// Dates as people in England write them: day before month, numeric or with the month's name; and ISO 8601
/// (yyyy-MM-dd), which systems and date pickers send.
/// </summary>
public static partial class UkDates
{
    private static readonly string[] FourDigitYearFormats =
    [
        "d/M/yyyy", "d-M-yyyy", "d.M.yyyy", "d M yyyy", "yyyy-M-d", "yyyy/M/d",
        "d MMMM yyyy", "d MMM yyyy", "d MMMM, yyyy", "d MMM, yyyy", "MMMM d yyyy", "MMMM d, yyyy", "MMM d, yyyy",
        "d-MMM-yyyy", "d-MMMM-yyyy", "d.MMM.yyyy", "d/MMM/yyyy",
    ];

    private static readonly string[] TwoDigitYearFormats = ["d/M/yy", "d-M-yy", "d.M.yy", "d-MMM-yy", "d MMM yy"];

    private static readonly CultureInfo EnglishGb = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Two-digit years ("2/3/48") are read as the most recent such year not after <paramref name="today"/>.</summary>
    public static bool TryParse(string? text, DateOnly today, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 40)
        {
            return false;
        }

        // People write "Sep" and "Sept"; which of them en-GB calls September depends on the ICU version.
        var cleaned = StripOrdinals(September().Replace(text.Trim(), EnglishGb.DateTimeFormat.AbbreviatedMonthNames[8]));
        if (DateOnly.TryParseExact(cleaned, FourDigitYearFormats, EnglishGb, DateTimeStyles.AllowWhiteSpaces, out date))
        {
            return true;
        }

        // Only a year written with two digits is moved back a century; "2027-03-02" ends in two digits, but they are the day.
        if (DateOnly.TryParseExact(cleaned, TwoDigitYearFormats, EnglishGb, DateTimeStyles.AllowWhiteSpaces, out date))
        {
            date = date > today ? date.AddYears(-100) : date;
            return true;
        }

        return false;
    }

    // "2nd March 1948" → "2 March 1948".
    private static string StripOrdinals(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (i > 0 && char.IsAsciiDigit(text[i - 1]) && i + 1 < text.Length && IsOrdinalSuffix(text[i], text[i + 1])
                && (i + 2 == text.Length || !char.IsAsciiLetter(text[i + 2])))
            {
                i++;
                continue;
            }

            builder.Append(text[i]);
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"\bsept?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex September();

    private static bool IsOrdinalSuffix(char a, char b) =>
        (char.ToLowerInvariant(a), char.ToLowerInvariant(b)) is ('s', 't') or ('n', 'd') or ('r', 'd') or ('t', 'h');
}
