namespace FrontDoor.Core.People;

/// <summary>A UK postal address: up to three lines, a town and a validated postcode.</summary>
public sealed record PostalAddress
{
    public const int MaxLineLength = 120;

    public PostalAddress(string line1, string? line2, string? town, UkPostcode postcode, string? line3 = null)
    {
        Line1 = Clean(line1) ?? throw new DomainValidationException("AddressLine1", "Enter address line 1, typically the building and street");
        Line2 = Clean(line2);
        Line3 = Clean(line3);
        Town = Clean(town);
        Postcode = postcode;
    }

    public string Line1 { get; }

    public string? Line2 { get; }

    public string? Line3 { get; }

    public string? Town { get; }

    public UkPostcode Postcode { get; }

    /// <summary>The house number or name at the start of line 1 ("12" of "12 High Street"), used when matching.</summary>
    public string? HouseNumber
    {
        get
        {
            var first = Line1.Split(' ', 2)[0];
            return first.Length > 0 && char.IsAsciiDigit(first[0]) ? first.TrimEnd(',') : null;
        }
    }

    public IEnumerable<string> Lines()
    {
        yield return Line1;
        if (Line2 is not null)
        {
            yield return Line2;
        }

        if (Line3 is not null)
        {
            yield return Line3;
        }

        if (Town is not null)
        {
            yield return Town;
        }

        yield return Postcode.Value;
    }

    public override string ToString() => string.Join(", ", Lines());

    private static string? Clean(string? value)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return trimmed.Length <= MaxLineLength
            ? trimmed
            : throw new DomainValidationException("Address", $"Each address line must be {MaxLineLength} characters or fewer");
    }
}
