using FrontDoor.Core;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Triage;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FrontDoor.Web.Pages.Staff.Contacts;

/// <summary>A refused change to a contact, put in ModelState so the GOV.UK error summary lists it.</summary>
public static class ContactWorkErrors
{
    public static void AddAll(this ModelStateDictionary modelState, IEnumerable<TriageProblem> problems)
    {
        foreach (var problem in problems)
        {
            modelState.AddModelError(problem.Field, problem.Message);
        }
    }

    /// <summary>Someone changed the contact since the page was shown: say what they did, so the member of staff can look and try again.</summary>
    public static void AddChangedSince(this ModelStateDictionary modelState, ContactChangedException changed, ContactEventWords words)
    {
        var what = changed.ChangesSince.Count == 0
            ? string.Empty
            : " " + string.Join(" ", changed.ChangesSince.Select(e => $"{e.ActorDisplayName}: {ContactEventWords.Title(e)} — {words.Text(e)}"));
        modelState.AddModelError(string.Empty, $"Someone else changed this contact while you were working on it.{what} Check your answers and save again.");
    }

    /// <summary>A domain rule that refused the change (the contact is closed, or not yet processed).</summary>
    public static void AddRefusal(this ModelStateDictionary modelState, DomainValidationException refused) =>
        modelState.AddModelError(string.Empty, refused.Message);
}
