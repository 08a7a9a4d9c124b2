using System.Globalization;
using System.Text;

namespace FrontDoor.Matching.Normalisation;

/// <summary>Turns free text into the lower-case ASCII words the comparisons work on.</summary>
internal static class TextNormaliser
{
    /// <summary>Longer input is cut: nobody's name or street is longer, and it bounds comparison cost.</summary>
    public const int MaxLength = 64;

    /// <summary>
    /// Lower-cases, strips accents, drops apostrophes and anything that is not a letter or digit,
    /// and collapses separators (space, hyphen, comma, full stop) into single spaces. Empty becomes null.
    /// </summary>
    public static string? Words(string? raw, bool keepDigits)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var source = raw.Length > MaxLength * 4 ? raw[..(MaxLength * 4)] : raw;
        if (!IsPlainAscii(source))
        {
            source = source.Normalize(NormalizationForm.FormD);
        }

        Span<char> buffer = stackalloc char[MaxLength];
        var length = 0;
        var pendingSpace = false;
        foreach (var c in source)
        {
            if (length == MaxLength)
            {
                break;
            }

            var lower = char.ToLowerInvariant(c);
            if (lower is >= 'a' and <= 'z' || (keepDigits && lower is >= '0' and <= '9'))
            {
                if (pendingSpace && length > 0 && length < MaxLength - 1)
                {
                    buffer[length++] = ' ';
                }

                pendingSpace = false;
                buffer[length++] = lower;
            }
            else if (c is ' ' or '-' or ',' or '.' or '/' or '\t' or '_' or '&')
            {
                pendingSpace = true;
            }

            // Apostrophes, accents (combining marks after FormD), emoji and other symbols vanish.
        }

        return length == 0 ? null : new string(buffer[..length]);
    }

    /// <summary>Upper-case letters and digits only, for identifiers such as LAS IDs.</summary>
    public static string? Identifier(string? raw, int maxLength = 32)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        Span<char> buffer = stackalloc char[maxLength];
        var length = 0;
        foreach (var c in raw)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (length == maxLength)
                {
                    return null;
                }

                buffer[length++] = char.ToUpperInvariant(c);
            }
        }

        return length == 0 ? null : new string(buffer[..length]);
    }

    private static bool IsPlainAscii(string s)
    {
        foreach (var c in s)
        {
            if (c > 127)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the raw text had something in it (so an empty normalised value means "unreadable", not "missing").</summary>
    public static bool HasContent(string? raw) => !string.IsNullOrWhiteSpace(raw);

    internal static string Shorten(string raw) =>
        raw.Length <= 40 ? raw : string.Create(CultureInfo.InvariantCulture, $"{raw[..37]}...");
}
