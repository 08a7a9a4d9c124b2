using System.Net.Mail;
using FrontDoor.Core.People;

namespace FrontDoor.Core.Contacts.Intake;

/// <summary>
/// The rule for each detail of a reported person, each giving the GOV.UK error message (Design System wording:
/// "Enter …", "… must be a real date", "… must be 10 digits") or null when the value passes. Every channel
/// uses these through <see cref="ReportedPersonInput.Validate"/>, so a person is told the same thing everywhere.
/// </summary>
public static class ReportedPersonRules
{
    public const int MaxFieldLength = IntakeLimits.MaxPersonFieldLength;

    /// <summary>Nobody reported is older than this: an earlier year is a typing mistake.</summary>
    public const int OldestAgeInYears = 125;

    /// <summary>Names, address lines, the LAS ID: anything up to intake's limit, trimmed.</summary>
    public static string? Text(string? value, bool required, string whenMissing, string fieldName, int maxLength = MaxFieldLength) =>
        TypedText.TrimToNull(value) switch
        {
            null => required ? whenMissing : null,
            { Length: var length } when length > maxLength => $"{fieldName} must be {maxLength:N0} characters or fewer",
            _ => null,
        };

    /// <summary>The GOV.UK date input's checks in the Design System's order, then whether it could be a living person's.</summary>
    public static string? DateOfBirth(EnteredDate? entered, bool required, string whose, DateOnly today, out DateOnly? date)
    {
        date = null;
        if (entered is null || entered.IsEmpty)
        {
            return required ? $"Enter {whose} date of birth" : null;
        }

        if (entered.MissingParts is { Count: > 0 } missing)
        {
            return $"Date of birth must include a {string.Join(" and ", missing)}";
        }

        if (!entered.IsInExpectedFormat)
        {
            return "Date of birth must be a real date written YYYY-MM-DD, like 1948-03-02";
        }

        if (!entered.TryGetDate(today, out var real))
        {
            return "Date of birth must be a real date";
        }

        if (real > today)
        {
            return "Date of birth must be in the past";
        }

        var earliest = new DateOnly(today.Year - OldestAgeInYears, 1, 1);
        if (real < earliest)
        {
            return $"Date of birth must be the same as or after {earliest.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))}";
        }

        date = real;
        return null;
    }

    /// <summary>Ten digits with a Modulus 11 check digit; spaces and hyphens as people type them.</summary>
    public static string? NhsNumber(string? value, bool required, string whose)
    {
        if (TypedText.TrimToNull(value) is not { } typed)
        {
            return required ? $"Enter {whose} NHS number" : null;
        }

        return People.NhsNumber.TryParse(typed, out _, out var error) ? null : error;
    }

    public static string? Postcode(string? value, bool required, string whose)
    {
        if (TypedText.TrimToNull(value) is not { } typed)
        {
            return required ? $"Enter {whose} postcode" : null;
        }

        return UkPostcode.TryParse(typed, out _, out var error) ? null : error;
    }

    /// <summary>A UK number, or any country's with its +code; up to <see cref="IntakeLimits.MaxPhoneLength"/> characters.</summary>
    public static string? Phone(string? value, bool required, string whose)
    {
        if (TypedText.TrimToNull(value) is not { } typed)
        {
            return required ? $"Enter {whose} telephone number" : null;
        }

        return PhoneNumber.TryParse(typed, out _, out var error) ? null : error;
    }

    /// <param name="maxLength">The person's own details are kept in shorter columns than a caller's (<see cref="IntakeLimits.MaxCallerEmailLength"/>).</param>
    public static string? Email(string? value, bool required, string whenMissing, int maxLength = MaxFieldLength)
    {
        if (Text(value, required, whenMissing, "Email address", maxLength) is { } problem)
        {
            return problem;
        }

        return TypedText.TrimToNull(value) is { } typed && !IsEmailAddress(typed)
            ? "Enter an email address in the correct format, like name@example.com"
            : null;
    }

    /// <summary>Enough to catch typing mistakes; whether the mailbox exists only an email can tell.</summary>
    public static bool IsEmailAddress(string value) =>
        !value.Any(char.IsWhiteSpace)
        && MailAddress.TryCreate(value, out var address)
        && address.Address == value
        && address.Host.Contains('.', StringComparison.Ordinal)
        && !address.Host.StartsWith('.')
        && !address.Host.EndsWith('.');
}
