namespace FrontDoor.Matching.Normalisation;

/// <summary>
/// A normalised postcode. UK postcodes ("le16zg", "LE1  6ZG") become "LE1 6ZG" with their sector
/// ("LE1 6") and district ("LE1"); other shapes (FEBRL's four-digit Australian codes) are kept as
/// upper-case letters and digits with no sector or district.
/// </summary>
public sealed class Postcode
{
    // Only the full text is stored: a million people's postcodes are a million objects, so sector and
    // district are worked out when asked (comparisons use spans of Full and allocate nothing).
    private readonly byte _outwardLength;

    private Postcode(string full, int outwardLength)
    {
        Full = full;
        _outwardLength = (byte)outwardLength;
    }

    public string Full { get; }

    /// <summary>"LE1 6" of "LE1 6ZG"; null when not UK-shaped.</summary>
    public string? Sector => IsUk ? Full[..^2] : null;

    /// <summary>"LE1" of "LE1 6ZG"; null when not UK-shaped.</summary>
    public string? District => IsUk ? Full[.._outwardLength] : null;

    public bool IsUk => _outwardLength > 0;

    internal ReadOnlySpan<char> SectorSpan => IsUk ? Full.AsSpan(0, Full.Length - 2) : default;

    internal ReadOnlySpan<char> DistrictSpan => IsUk ? Full.AsSpan(0, _outwardLength) : default;

    public override string ToString() => Full;

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
            return new Postcode(full, outward.Length);
        }

        return new Postcode(compact, 0);
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
