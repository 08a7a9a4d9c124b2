namespace FrontDoor.Core.People;

/// <summary>
/// A 10-digit NHS number whose last digit is a valid Modulus 11 check digit (NHS Data Dictionary).
/// </summary>
public readonly record struct NhsNumber
{
    private NhsNumber(string digits) => Value = digits;

    /// <summary>The ten digits, without spaces.</summary>
    public string Value { get; }

    /// <summary>The number as people write it: 3-3-4 digits separated by spaces.</summary>
    public string Formatted => $"{Value[..3]} {Value[3..6]} {Value[6..]}";

    public override string ToString() => Formatted;

    public static NhsNumber Parse(string input) =>
        TryParse(input, out var number, out var error) ? number : throw new DomainValidationException("NhsNumber", error);

    /// <summary>Accepts spaces and hyphens between digits, as people type them.</summary>
    public static bool TryParse(string? input, out NhsNumber number, out string error)
    {
        number = default;
        if (string.IsNullOrWhiteSpace(input))
        {
            error = "Enter an NHS number";
            return false;
        }

        Span<char> digits = stackalloc char[10];
        var count = 0;
        foreach (var c in input)
        {
            if (c is ' ' or '-')
            {
                continue;
            }

            if (!char.IsAsciiDigit(c))
            {
                error = "NHS number must only include numbers 0 to 9 and spaces";
                return false;
            }

            if (count == 10)
            {
                error = "NHS number must be 10 digits";
                return false;
            }

            digits[count++] = c;
        }

        if (count != 10)
        {
            error = "NHS number must be 10 digits";
            return false;
        }

        if (CheckDigit(digits[..9]) != digits[9] - '0')
        {
            error = "Enter a real NHS number";
            return false;
        }

        number = new NhsNumber(new string(digits));
        error = string.Empty;
        return true;
    }

    public static bool IsValid(string? input) => TryParse(input, out _, out _);

    /// <summary>
    /// Modulus 11: weights 10 down to 2 on the first nine digits; 11 - (sum mod 11), where 11 means 0
    /// and 10 means no valid number can end these nine digits (returns -1).
    /// </summary>
    public static int CheckDigit(ReadOnlySpan<char> firstNine)
    {
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (firstNine[i] - '0') * (10 - i);
        }

        var check = 11 - (sum % 11);
        return check switch
        {
            11 => 0,
            10 => -1,
            _ => check,
        };
    }
}
