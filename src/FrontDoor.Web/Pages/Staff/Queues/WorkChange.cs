using FrontDoor.Core;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Web.Pages.Staff.Contacts;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FrontDoor.Web.Pages.Staff.Queues;

/// <summary>
/// What the work pages do when a change is refused: a change from an out-of-date page says who did what since, and
/// the page then shows the contact as it is now (with its new version) so the member of staff can try again.
/// </summary>
public static class WorkChange
{
    /// <summary>Makes the change; false (with the errors in ModelState and what changed in <paramref name="changesSince"/>) when it is refused.</summary>
    public static async Task<(bool Done, IReadOnlyList<string> ChangesSince)> TryAsync(Func<Task> change, ModelStateDictionary modelState, ContactEventWords words, Func<string, string>? fieldFor = null)
    {
        try
        {
            await change();
            return (true, []);
        }
        catch (ContactChangedException changed)
        {
            modelState.AddModelError(string.Empty, ContactEventWords.ChangedMeanwhile);
            return (false, words.ChangesSince(changed));
        }
        catch (DomainValidationException refused) when (refused.Field != "ContactId")
        {
            modelState.AddModelError(fieldFor?.Invoke(refused.Field) ?? string.Empty, refused.Message);
            return (false, []);
        }
    }
}
