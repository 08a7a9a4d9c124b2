using FrontDoor.Core.Contacts;
using FrontDoor.Core.WorkQueues;
using FrontDoor.Web.Authorisation;
using FrontDoor.Web.Pages.Staff.Contacts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.Queues;

/// <summary>Moves the contact to another queue, saying why: a hand-off, counted and on the timeline.</summary>
public sealed class TransferModel(WorkQueueQueries queries, WorkQueueCatalogue catalogue, ContactWork work, ContactEventWords eventWords) : PageModel
{
    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public string? QueueKey { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public Contact Contact { get; private set; } = null!;

    /// <summary>Every queue but the one the contact is in.</summary>
    public IReadOnlyList<WorkQueueDefinition> Queues { get; private set; } = [];

    public IReadOnlyList<string> ChangesSince { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Version = Contact.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        ModelState.Clear();
        if (catalogue.Find(QueueKey) is null)
        {
            ModelState.AddModelError(nameof(QueueKey), "Select a queue");
        }

        if (string.IsNullOrWhiteSpace(Reason))
        {
            ModelState.AddModelError(nameof(Reason), "Enter why you are moving the contact");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (done, changesSince) = await WorkChange.TryAsync(
            () => work.TransferAsync(id, Version, QueueKey!, Reason, StaffUser.Actor(User), cancellationToken),
            ModelState,
            eventWords,
            field => field);
        if (done)
        {
            return Redirect($"/staff/contacts/{id}#work");
        }

        ChangesSince = changesSince;
        await LoadAsync(id, cancellationToken);
        Version = Contact.Version;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await queries.ForWorkAsync(id, cancellationToken) is not { } contact)
        {
            return false;
        }

        Contact = contact;
        Queues = [.. catalogue.All.Where(q => q.Key != contact.QueueKey)];
        return true;
    }
}
