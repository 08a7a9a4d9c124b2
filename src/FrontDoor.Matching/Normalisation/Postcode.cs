namespace FrontDoor.Matching.Normalisation;

/// <summary>
/// A normalised postcode. UK postcodes ("le16zg", "LE1  6ZG") become "LE1 6ZG" with their sector
/// ("LE1 6") and district ("LE1"); other shapes (FEBRL's four-digit Australian codes) are kept as
/// upper-case letters and digits with no sector or district.
/// </summary>
public sealed record Postcode(string Full, string? Sector, string? District)
{
    public bool IsUk => District is not null;

    /// <summary>Null when nothing usable was given (empty, or longer than any postcode).</summary>
    public static Postcode? Parse(string? raw)
    {
        var compact = TextNormaliser.Identifier(raw, maxLength: 10);
        if (compact is null)
        {
            return null;
        }

        if (IsUkShape(compact))
        {
            var outward = compact[..^3];
            var full = string.Concat(outward, " ", compact[^3..]);
            return new Postcode(full, full[..^2], outward);
        }

        return new Postcode(compact, null, null);
    }

    // Outward: one or two letters, a digit, then an optional letter or digit. Inward: a digit and two letters.
    private static bool IsUkShape(string s)
    {
        if (s.Length is < 5 or > 7)
        {
            return false;
        }

        var inward = s.AsSpan()[^3..];
        if (!char.IsAsciiDigit(inward[0]) || !char.IsAsciiLetter(inward[1]) || !char.IsAsciiLetter(inward[2]))
        {
            return false;
        }

        var outward = s.AsSpan()[..^3];
        var letters = 0;
        while (letters < outward.Length && char.IsAsciiLetter(outward[letters]))
        {
            letters++;
        }

        if (letters is < 1 or > 2 || letters == outward.Length || !char.IsAsciiDigit(outward[letters]))
        {
            return false;
        }

        var rest = outward.Length - letters - 1;
        return rest == 0 || (rest == 1 && char.IsAsciiLetterOrDigit(outward[^1]));
    }
}
