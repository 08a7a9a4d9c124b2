using FrontDoor.Core.Contacts.Events;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FrontDoor.Web.Pages.Staff.Contacts.Triage;

/// <summary>
/// Tells an advisor whose page was out of date what someone else changed, as whole-form errors in the error summary,
/// so they can look and carry on from the contact's current version.
/// </summary>
public static class TriageChanges
{
    public static void Explain(ModelStateDictionary modelState, ContactChangedException changed, ContactEventWords words)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(changed);
        ArgumentNullException.ThrowIfNull(words);
        modelState.AddModelError(string.Empty, ContactEventWords.ChangedMeanwhile);
        foreach (var line in words.ChangesSince(changed))
        {
            modelState.AddModelError(string.Empty, line);
        }
    }
}
