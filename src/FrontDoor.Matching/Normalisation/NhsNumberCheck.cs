namespace FrontDoor.Matching.Normalisation;

/// <summary>NHS number validity by the Modulus 11 check digit (NHS Data Dictionary).</summary>
public static class NhsNumberCheck
{
    /// <summary>The outcome of reading a raw NHS number.</summary>
    public enum Status
    {
        Missing,
        Valid,
        /// <summary>Ten digits whose check digit does not agree, or not ten digits at all.</summary>
        Invalid,
    }

    /// <summary>True when <paramref name="raw"/> is ten digits (spaces and hyphens allowed) with a correct check digit.</summary>
    public static bool IsValid(string? raw) => TryParse(raw, out _) == Status.Valid;

    /// <summary>Reads an NHS number, ignoring spaces and hyphens; <paramref name="value"/> is the ten digits as a number when valid.</summary>
    public static Status TryParse(ReadOnlySpan<char> raw, out long value)
    {
        value = 0;
        Span<int> digits = stackalloc int[10];
        var count = 0;
        var sawAnything = false;
        foreach (var c in raw)
        {
            if (c is ' ' or '-' or '\t')
            {
                continue;
            }

            sawAnything = true;
            if (c is < '0' or > '9' || count == 10)
            {
                return Status.Invalid;
            }

            digits[count++] = c - '0';
        }

        if (!sawAnything)
        {
            return Status.Missing;
        }

        if (count != 10 || !HasValidCheckDigit(digits))
        {
            return Status.Invalid;
        }

        foreach (var d in digits)
        {
            value = (value * 10) + d;
        }

        return Status.Valid;
    }

    private static bool HasValidCheckDigit(ReadOnlySpan<int> digits)
    {
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += digits[i] * (10 - i);
        }

        var check = 11 - (sum % 11);
        if (check == 11)
        {
            check = 0;
        }

        // A remainder giving 10 means no valid number can be formed from these nine digits.
        return check != 10 && check == digits[9];
    }
}
