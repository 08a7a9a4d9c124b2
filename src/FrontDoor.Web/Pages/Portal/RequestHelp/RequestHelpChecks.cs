using System.Net.Mail;
using FrontDoor.Core;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.People;
using FrontDoor.Web.Components;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FrontDoor.Web.Pages.Portal.RequestHelp;

/// <summary>
/// The checks behind the question pages, each adding a GOV.UK error message to ModelState under the field's
/// name (so the error summary links to it). Each returns the cleaned value to keep when it passed.
/// </summary>
public static class RequestHelpChecks
{
    /// <summary>Trimmed text, null when empty; "must be 200 characters or fewer" when longer than intake keeps (<see cref="IntakeLimits"/>).</summary>
    public static string? Text(ModelStateDictionary modelState, string key, string? value, string fieldName, string? whenMissing = null, int maxLength = IntakeLimits.MaxPersonFieldLength)
    {
        var trimmed = TypedText.TrimToNull(value);
        if (trimmed is null && whenMissing is not null)
        {
            modelState.AddModelError(key, whenMissing);
        }
        else if (trimmed is { Length: var length } && length > maxLength)
        {
            modelState.AddModelError(key, $"{fieldName} must be {maxLength:N0} characters or fewer");
        }

        return trimmed;
    }

    /// <summary>Long free text: line endings as the browser counts them (one character each), then the limit.</summary>
    public static string? LongText(ModelStateDictionary modelState, string key, string? value, string fieldName, int maxLength, string? whenMissing = null) =>
        Text(modelState, key, TypedText.Multiline(value), fieldName, whenMissing, maxLength);

    public static string? Phone(ModelStateDictionary modelState, string key, string? value)
    {
        var typed = Text(modelState, key, value, "Phone number", maxLength: IntakeLimits.MaxPhoneLength);
        if (typed is not null && !PhoneNumber.TryParse(typed, out _, out var error))
        {
            modelState.AddModelError(key, error);
        }

        return typed;
    }

    /// <param name="maxLength">The person's own details are kept in shorter columns than the caller's.</param>
    public static string? Email(ModelStateDictionary modelState, string key, string? value, int maxLength)
    {
        var typed = Text(modelState, key, value, "Email address", maxLength: maxLength);
        if (typed is not null && !IsEmailAddress(typed))
        {
            modelState.AddModelError(key, "Enter an email address in the correct format, like name@example.com");
        }

        return typed;
    }

    public static string? Postcode(ModelStateDictionary modelState, string key, string? value)
    {
        if (!UkPostcode.TryParse(value, out var postcode, out var error))
        {
            modelState.AddModelError(key, error);
            return value?.Trim();
        }

        return postcode.Value;
    }

    /// <summary>Optional: empty is fine; anything typed must be a real NHS number (Modulus 11).</summary>
    public static string? NhsNumber(ModelStateDictionary modelState, string key, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!Core.People.NhsNumber.TryParse(value, out var number, out var error))
        {
            // Core explains a wrong check digit; the public only needs to know the number is not right.
            modelState.AddModelError(key, error.StartsWith("Enter a valid NHS number", StringComparison.Ordinal) ? "Enter a valid NHS number" : error);
            return value.Trim();
        }

        return number.Formatted;
    }

    /// <summary>The GOV.UK date-of-birth checks, in the order the pattern gives them; the limits are intake's.</summary>
    public static void DateOfBirth(ModelStateDictionary modelState, string key, DateParts? parts, DateOnly today)
    {
        if (parts is null || parts.IsEmpty)
        {
            modelState.AddModelError(key, "Enter a date of birth");
            return;
        }

        var missing = new[] { ("day", parts.Day), ("month", parts.Month), ("year", parts.Year) }
            .Where(part => string.IsNullOrWhiteSpace(part.Item2))
            .Select(part => part.Item1)
            .ToList();
        if (missing.Count > 0)
        {
            modelState.AddModelError(key, $"Date of birth must include a {string.Join(" and ", missing)}");
            return;
        }

        if (!parts.TryGetDate(out var date))
        {
            modelState.AddModelError(key, "Date of birth must be a real date");
            return;
        }

        if (date > today)
        {
            modelState.AddModelError(key, "Date of birth must be in the past");
            return;
        }

        var (_, accepted) = ReportedPerson.DateOfBirthFrom($"{date.Day}/{date.Month}/{date.Year}", today);
        if (accepted is null)
        {
            modelState.AddModelError(key, $"Date of birth must be the same as or after 1 January {today.Year - 125}");
        }
    }

    // Enough to catch typing mistakes; whether the mailbox exists only an email can tell.
    private static bool IsEmailAddress(string value) =>
        !value.Any(char.IsWhiteSpace)
        && MailAddress.TryCreate(value, out var address)
        && address.Address == value
        && address.Host.Contains('.', StringComparison.Ordinal)
        && !address.Host.StartsWith('.')
        && !address.Host.EndsWith('.');
}
