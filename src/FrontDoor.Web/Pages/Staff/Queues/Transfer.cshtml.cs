using FrontDoor.Core.Contacts;
using FrontDoor.Core.WorkQueues;
using FrontDoor.Web.Authorisation;
using FrontDoor.Web.Pages.Staff.Contacts;
using Microsoft.AspNetCore.Mvc;

namespace FrontDoor.Web.Pages.Staff.Queues;

/// <summary>Moves the contact to another queue, saying why: a hand-off, counted and on the timeline.</summary>
public sealed class TransferModel(WorkQueueQueries queries, WorkQueueCatalogue catalogue, ContactWork work, ContactEventWords eventWords) : ContactWorkPageModel(queries, eventWords)
{
    [BindProperty]
    public string? QueueKey { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    /// <summary>Every queue but the one the contact is in.</summary>
    public IReadOnlyList<WorkQueueDefinition> Queues { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => ShowAsync(id, cancellationToken);

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

        return ModelState.IsValid
            ? await ChangeAsync(id, () => work.TransferAsync(id, Version, QueueKey!, Reason, StaffUser.Actor(User), cancellationToken), cancellationToken)
            : Page();
    }

    protected override Task OnLoadedAsync(Contact contact, CancellationToken cancellationToken)
    {
        Queues = [.. catalogue.All.Where(q => q.Key != contact.QueueKey)];
        return Task.CompletedTask;
    }
}
