using FrontDoor.Core;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Triage;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FrontDoor.Web.Pages.Staff.Contacts;

/// <summary>How a change a page asked for ended.</summary>
public enum ContactChangeResult
{
    Saved,

    /// <summary>Refused: the reasons are in ModelState for the error summary.</summary>
    Refused,

    NoSuchContact,
}

/// <summary>Changes to a contact made from a page, with every refusal put in ModelState so the GOV.UK error summary lists it.</summary>
public static class ContactWorkErrors
{
    /// <summary>
    /// The contact pages' one rule for a value that did not bind (an option the page does not offer, from a tampered
    /// form): it counts as not given, and the page's own rules then say in GOV.UK words what is missing, one message a
    /// field, instead of ASP.NET's "The value 'x' is not valid for y".
    /// </summary>
    public static void TreatUnboundValuesAsNotGiven(this ModelStateDictionary modelState) => modelState.Clear();

    public static void AddAll(this ModelStateDictionary modelState, IEnumerable<(string Field, string Message)> problems)
    {
        foreach (var (field, message) in problems)
        {
            modelState.AddModelError(field, message);
        }
    }

    public static void AddAll(this ModelStateDictionary modelState, IEnumerable<TriageProblem> problems) =>
        modelState.AddAll(problems.Select(p => (p.Field, p.Message)));

    /// <summary>
    /// Makes the change; a refusal (its rules, a closed contact, or someone else's change since the page was shown,
    /// said in words with the version to try again from) goes in ModelState. "ContactId" and "ReferralId" refusals
    /// mean there is no such thing to change.
    /// </summary>
    public static async Task<ContactChangeResult> TryChangeAsync(this ModelStateDictionary modelState, Func<Task> change, ContactEventWords words, Action<int> showVersion)
    {
        try
        {
            await change();
            return ContactChangeResult.Saved;
        }
        catch (DomainValidationException ex) when (ex.Field is "ContactId" or "ReferralId")
        {
            return ContactChangeResult.NoSuchContact;
        }
        catch (DomainValidationException ex)
        {
            modelState.AddModelError(string.Empty, ex.Message);
        }
        catch (TriageRefusedException ex)
        {
            modelState.AddAll(ex.Problems);
        }
        catch (ContactChangedException ex)
        {
            modelState.AddModelError(string.Empty, ContactEventWords.ChangedMeanwhile);
            foreach (var line in words.ChangesSince(ex))
            {
                modelState.AddModelError(string.Empty, line);
            }

            showVersion(ex.CurrentVersion);
        }

        return ContactChangeResult.Refused;
    }
}
