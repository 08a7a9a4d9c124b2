using FrontDoor.Core.Contacts;
using FrontDoor.Core.WorkQueues;
using FrontDoor.Web.Authorisation;
using FrontDoor.Web.Pages.Staff.Contacts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.Queues;

/// <summary>
/// Claiming, releasing and the Three Conversations stage, posted from the contact page's Work summary. A refused
/// change is shown here with what changed since and the contact's work as it is now, ready to try again.
/// </summary>
public sealed class WorkModel(WorkQueueQueries queries, ContactWork work, ContactEventWords eventWords) : PageModel
{
    /// <summary>The version of the contact the page showed.</summary>
    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public ThreeConversationsStage? Stage { get; set; }

    public Contact Contact { get; private set; } = null!;

    public IReadOnlyList<string> ChangesSince { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostClaimAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, () => work.ClaimAsync(id, Version, StaffUser.Actor(User), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostReleaseAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, () => work.ReleaseAsync(id, Version, "Released", StaffUser.Actor(User), cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostStageAsync(Guid id, CancellationToken cancellationToken)
    {
        if (Stage is not { } stage || !Enum.IsDefined(stage))
        {
            ModelState.Clear();
            ModelState.AddModelError(nameof(Stage), "Select the Three Conversations stage");
            return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }

        return await ChangeAsync(id, () => work.RecordStageAsync(id, Version, stage, StaffUser.Actor(User), cancellationToken), cancellationToken);
    }

    private async Task<IActionResult> ChangeAsync(Guid id, Func<Task> change, CancellationToken cancellationToken)
    {
        if (await queries.ForWorkAsync(id, cancellationToken) is null)
        {
            return NotFound();
        }

        ModelState.Clear();
        var (done, changesSince) = await WorkChange.TryAsync(change, ModelState, eventWords);
        if (done)
        {
            return Redirect($"/staff/contacts/{id}#work");
        }

        ChangesSince = changesSince;
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await queries.ForWorkAsync(id, cancellationToken) is not { } contact)
        {
            return false;
        }

        Contact = contact;
        Stage ??= contact.Stage;
        return true;
    }
}
