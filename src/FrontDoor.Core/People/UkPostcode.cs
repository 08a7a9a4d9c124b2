using System.Text.RegularExpressions;

namespace FrontDoor.Core.People;

/// <summary>
/// A UK postcode in its normal form: upper case, one space before the three-character inward code
/// ("le11aa" becomes "LE1 1AA").
/// </summary>
public readonly partial record struct UkPostcode
{
    private UkPostcode(string value) => Value = value;

    public string Value { get; }

    /// <summary>The outward code, such as "LE1".</summary>
    public string Outward => Value[..Value.IndexOf(' ', StringComparison.Ordinal)];

    /// <summary>The postcode sector, such as "LE1 1": the outward code and the first inward digit.</summary>
    public string Sector => Value[..(Value.IndexOf(' ', StringComparison.Ordinal) + 2)];

    /// <summary>The postcode district's area letters, such as "LE".</summary>
    public string Area => Outward[..(char.IsAsciiLetter(Outward[1]) ? 2 : 1)];

    public override string ToString() => Value;

    public static UkPostcode Parse(string input) =>
        TryParse(input, out var postcode, out var error) ? postcode : throw new DomainValidationException("Postcode", error);

    public static bool TryParse(string? input, out UkPostcode postcode, out string error)
    {
        postcode = default;
        if (string.IsNullOrWhiteSpace(input))
        {
            error = "Enter a postcode";
            return false;
        }

        var compact = Compact(input);
        if (compact.Length is < 5 or > 7 || !Shape().IsMatch(compact))
        {
            error = "Enter a real postcode, like LE11 2TP";
            return false;
        }

        postcode = new UkPostcode(string.Concat(compact.AsSpan(0, compact.Length - 3), " ", compact.AsSpan(compact.Length - 3)));
        error = string.Empty;
        return true;
    }

    private static string Compact(string input)
    {
        Span<char> buffer = stackalloc char[Math.Min(input.Length, 16)];
        var length = 0;
        foreach (var c in input)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            if (length == buffer.Length)
            {
                return string.Empty;
            }

            buffer[length++] = char.ToUpperInvariant(c);
        }

        return new string(buffer[..length]);
    }

    // Royal Mail's formats: A9, A99, AA9, AA99, A9A, AA9A outward; 9AA inward. GIR 0AA is the one exception.
    [GeneratedRegex("^(?:GIR0AA|[A-PR-UWYZ](?:[0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPS-UW]|[A-HK-Y][0-9][ABEHMNPRV-Y])[0-9][ABD-HJLNP-UW-Z]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
