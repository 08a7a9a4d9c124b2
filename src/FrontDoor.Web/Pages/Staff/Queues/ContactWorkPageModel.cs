using FrontDoor.Core.Contacts;
using FrontDoor.Core.WorkQueues;
using FrontDoor.Web.Pages.Staff.Contacts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.Queues;

/// <summary>
/// What every page that changes a contact's work shares: the version the page showed, sent back with the change; and,
/// when the change is refused because someone else changed the contact first, who did what since and the contact as
/// it is now (its new version in the form), so the member of staff can look again and try once more.
/// </summary>
public abstract class ContactWorkPageModel(WorkQueueQueries queries, ContactEventWords eventWords) : PageModel
{
    /// <summary>The version of the contact the page showed.</summary>
    [BindProperty]
    public int Version { get; set; }

    public Contact Contact { get; private set; } = null!;

    public IReadOnlyList<string> ChangesSince { get; private set; } = [];

    /// <summary>How events read, for pages that make their change themselves.</summary>
    protected ContactEventWords EventWords => eventWords;

    /// <summary>Shows the page for the contact as it is now; 404 when there is no such contact.</summary>
    protected async Task<IActionResult> ShowAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Version = Contact.Version;
        return Page();
    }

    /// <summary>Loads the contact and what the page offers; false when there is no such contact.</summary>
    protected async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await queries.ForWorkAsync(id, cancellationToken) is not { } contact)
        {
            return false;
        }

        Contact = contact;
        await OnLoadedAsync(contact, cancellationToken);
        return true;
    }

    /// <summary>What the page loads beside the contact (the staff to choose from, the queues).</summary>
    protected virtual Task OnLoadedAsync(Contact contact, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Makes the change and goes back to the contact's Work summary; or shows why it was refused, with the contact as it is now.</summary>
    protected async Task<IActionResult> ChangeAsync(Guid id, Func<Task> change, CancellationToken cancellationToken, Func<string, string>? fieldFor = null)
    {
        var (done, changesSince) = await WorkChange.TryAsync(change, ModelState, eventWords, fieldFor);
        if (done)
        {
            return Redirect($"/staff/contacts/{id}#work");
        }

        ShowChangesSince(changesSince);
        return await ShowAsync(id, cancellationToken);
    }

    /// <summary>After a refusal: who did what since the page was shown.</summary>
    protected void ShowChangesSince(IReadOnlyList<string> changesSince) => ChangesSince = changesSince;
}
