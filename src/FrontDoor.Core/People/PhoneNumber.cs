using PhoneNumbers;

namespace FrontDoor.Core.People;

/// <summary>A telephone number held in E.164 form (+441162323232), parsed as a UK number unless it says otherwise.</summary>
public readonly record struct PhoneNumber
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    private PhoneNumber(string e164) => Value = e164;

    /// <summary>E.164, such as +447700900123.</summary>
    public string Value { get; }

    /// <summary>The way a UK caller would dial it, such as 07700 900123.</summary>
    public string National => Util.Format(Util.Parse(Value, "GB"), PhoneNumberFormat.NATIONAL);

    /// <summary>UK mobiles are 07 numbers other than 070 (personal numbering) and 076 (pagers).</summary>
    public bool IsMobile => Value.StartsWith("+447", StringComparison.Ordinal) && !Value.StartsWith("+4470", StringComparison.Ordinal) && !Value.StartsWith("+4476", StringComparison.Ordinal);

    public override string ToString() => National;

    public static PhoneNumber Parse(string input) =>
        TryParse(input, out var number, out var error) ? number : throw new DomainValidationException("Phone", error);

    public static bool TryParse(string? input, out PhoneNumber number, out string error)
    {
        number = default;
        if (string.IsNullOrWhiteSpace(input))
        {
            error = "Enter a telephone number";
            return false;
        }

        if (input.Length > 40)
        {
            error = "Telephone number must be 40 characters or fewer";
            return false;
        }

        try
        {
            var parsed = Util.Parse(input, "GB");
            // "Possible" rather than "valid": validity depends on number-range metadata that lags Ofcom's
            // allocations, and refusing a caller's real new number is worse than storing an odd one.
            if (Util.IsPossibleNumberWithReason(parsed) != PhoneNumberUtil.ValidationResult.IS_POSSIBLE)
            {
                error = "Enter a telephone number, like 01632 960 001 or 07700 900 982";
                return false;
            }

            number = new PhoneNumber(Util.Format(parsed, PhoneNumberFormat.E164));
            error = string.Empty;
            return true;
        }
        catch (NumberParseException)
        {
            error = "Enter a telephone number, like 01632 960 001 or 07700 900 982";
            return false;
        }
    }

    /// <summary>Rebuilds a number already stored in E.164 form.</summary>
    public static PhoneNumber FromStored(string e164) => new(e164);
}
