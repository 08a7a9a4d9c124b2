using System.Globalization;

namespace FrontDoor.Core.CaseSystem;

/// <summary>How case-system exports write dates, times and yes/no, read the same way for every kind of file.</summary>
internal static class CaseSystemValues
{
    // ISO first; then the UK day-first forms spreadsheets and case systems write; then FEBRL's yyyyMMdd.
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy", "yyyyMMdd", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm:ss"];

    private static readonly string[] TimeFormats = ["HH:mm", "H:mm", "HH:mm:ss", "HHmm"];

    public const string DateExample = "in the form 1950-03-31 or 31/03/1950";

    public static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static bool TryTime(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    /// <summary>Empty is no; "Y", "yes", "true", "1" are yes; "N", "no", "false", "0" are no.</summary>
    public static bool TryYesNo(string? text, out bool value)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "" or "n" or "no" or "false" or "0":
                value = false;
                return true;
            case "y" or "yes" or "true" or "1":
                value = true;
                return true;
            default:
                value = false;
                return false;
        }
    }

    /// <summary>An id as the case system writes it, upper-cased: letters and digits only, as people read them out.</summary>
    public static bool TryId(string? text, string column, out string id, out string error)
    {
        id = text?.Trim().ToUpperInvariant() ?? string.Empty;
        error = string.Empty;
        if (id.Length == 0)
        {
            error = $"{column} is empty";
            return false;
        }

        if (id.Length > People.Person.MaxLasIdLength || !id.All(char.IsAsciiLetterOrDigit))
        {
            error = $"{column} must be letters and numbers only, {People.Person.MaxLasIdLength} characters or fewer";
            return false;
        }

        return true;
    }
}
