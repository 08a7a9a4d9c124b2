using FrontDoor.Core;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Contacts.Phone;
using FrontDoor.Core.People;
using FrontDoor.Web.Pages.Portal.RequestHelp;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FrontDoor.Web.Pages.Staff.PhoneContact;

/// <summary>The record page's checks beyond the public form's (<see cref="RequestHelpChecks"/>), as GOV.UK error messages under each field's name.</summary>
public static class PhoneContactChecks
{
    public static readonly IReadOnlyList<NoWayBackReason> NoWayBackReasons = Enum.GetValues<NoWayBackReason>();

    /// <summary>Optional; a number given is checked and kept as a UK caller dials it, as the public form keeps it.</summary>
    public static string? Phone(ModelStateDictionary modelState, string key, string? value)
    {
        var typed = RequestHelpChecks.Phone(modelState, key, value);
        return PhoneNumber.TryParse(typed, out var number, out _) ? number.National : typed;
    }

    /// <summary>The reason chosen, or null when none was (or it needs fixing: the error is then on the field).</summary>
    public static NoWayBack? NoWayBackFrom(ModelStateDictionary modelState, string reasonKey, string? reason, string detailsKey, string? details)
    {
        if (TypedText.TrimToNull(reason) is null)
        {
            return null;
        }

        if (!Enum.TryParse<NoWayBackReason>(reason, out var chosen) || !NoWayBackReasons.Contains(chosen))
        {
            modelState.AddModelError(reasonKey, "Select why there is no way to contact the caller");
            return null;
        }

        if (chosen == NoWayBackReason.Other && TypedText.TrimToNull(details) is null)
        {
            modelState.AddModelError(detailsKey, "Enter why there is no way to contact the caller");
            return null;
        }

        var text = RequestHelpChecks.Text(modelState, detailsKey, details, "The reason", maxLength: NoWayBack.MaxDetailsLength);
        return modelState.GetFieldValidationState(detailsKey) == ModelValidationState.Invalid ? null : new NoWayBack(chosen, text);
    }
}
