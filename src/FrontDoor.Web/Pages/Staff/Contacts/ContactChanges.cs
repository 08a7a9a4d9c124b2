using FrontDoor.Core.Contacts.Events;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FrontDoor.Web.Pages.Staff.Contacts;

/// <summary>How every contact form tells a member of staff that someone else changed the contact first.</summary>
public static class ContactChanges
{
    public const string Message = "Someone else changed this contact while you were working on it. Check what changed, then try again";

    /// <summary>Puts the refusal in the error summary against the version field; the page shows the changes with <c>_ChangedSince</c>.</summary>
    public static void AddTo(ModelStateDictionary modelState, string versionField) => modelState.AddModelError(versionField, Message);
}
