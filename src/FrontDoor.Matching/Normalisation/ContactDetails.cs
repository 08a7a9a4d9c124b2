namespace FrontDoor.Matching.Normalisation;

/// <summary>UK telephone numbers and email addresses in a comparable form.</summary>
public static class ContactDetails
{
    /// <summary>
    /// A UK number as its national digits with the leading 0 ("07700 900123", "+44 (0)7700-900123",
    /// "00447700900123" all give 7700900123 as a number). 0 when the input is not a plausible UK number.
    /// </summary>
    public static long NormalisePhone(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw) || raw.Length > 40)
        {
            return 0;
        }

        Span<char> digits = stackalloc char[40];
        var n = 0;
        foreach (var c in raw)
        {
            if (char.IsAsciiDigit(c))
            {
                digits[n++] = c;
            }
            else if (c is not (' ' or '-' or '(' or ')' or '+' or '.'))
            {
                return 0;
            }
        }

        ReadOnlySpan<char> national = digits[..n];
        if (national.StartsWith("0044"))
        {
            national = national[4..];
        }
        else if (national.StartsWith("44") && national.Length >= 12)
        {
            national = national[2..];
        }

        // "+44 (0)20 ..." leaves a 0 after the country code; a bare "7700900123" lacks it.
        if (national.StartsWith("0"))
        {
            national = national[1..];
        }

        if (national.Length is < 9 or > 10 || national[0] == '0')
        {
            return 0;
        }

        return long.Parse(national, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>"0" followed by the national digits, for display.</summary>
    public static string FormatPhone(long phone) => phone == 0 ? "" : "0" + phone.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Trimmed, lower-cased address with one @ and something either side; null otherwise.</summary>
    public static string? NormaliseEmail(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw) || raw.Length > 254)
        {
            return null;
        }

        var email = raw.Trim().ToLowerInvariant();
        var at = email.IndexOf('@', StringComparison.Ordinal);
        var valid = at > 0 && at == email.LastIndexOf('@') && at < email.Length - 1 && !email.Contains(' ', StringComparison.Ordinal);
        return valid ? email : null;
    }
}
