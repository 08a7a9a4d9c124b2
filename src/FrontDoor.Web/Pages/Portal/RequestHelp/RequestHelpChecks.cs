using FrontDoor.Core;
using FrontDoor.Core.Contacts.Intake;
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

    /// <summary>
    /// Core's rules for the details of the person the request is about that a page asks for (<see cref="ReportedPersonInput.Validate"/>),
    /// each error under the field's own name, which the page's property shares.
    /// </summary>
    /// <param name="today">Only needed by the page that asks the date of birth.</param>
    public static void ReportedPerson(ModelStateDictionary modelState, ReportedPersonInput entered, bool forSomeoneElse, IReadOnlyCollection<ReportedPersonField> required, DateOnly today = default)
    {
        foreach (var error in entered.Validate(today, required, forSomeoneElse ? PersonVoice.They : PersonVoice.You))
        {
            modelState.AddModelError(error.Field.ToString(), error.Message);
        }
    }

    /// <summary>The caller's phone number, by the same rule as the person's.</summary>
    public static string? Phone(ModelStateDictionary modelState, string key, string? value)
    {
        if (ReportedPersonRules.Phone(value, required: false, string.Empty) is { } error)
        {
            modelState.AddModelError(key, error);
        }

        return TypedText.TrimToNull(value);
    }

    /// <summary>The caller's email address, by the same rule as the person's.</summary>
    /// <param name="maxLength">The person's own details are kept in shorter columns than the caller's.</param>
    public static string? Email(ModelStateDictionary modelState, string key, string? value, int maxLength)
    {
        if (ReportedPersonRules.Email(value, required: false, string.Empty, maxLength) is { } error)
        {
            modelState.AddModelError(key, error);
        }

        return TypedText.TrimToNull(value);
    }
}
