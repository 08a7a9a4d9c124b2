using FrontDoor.Core.Contacts;
using FrontDoor.Core.WorkQueues;
using FrontDoor.Web.Authorisation;
using FrontDoor.Web.Pages.Staff.Contacts;
using Microsoft.AspNetCore.Mvc;

namespace FrontDoor.Web.Pages.Staff.Queues;

/// <summary>
/// Claiming, releasing and the Three Conversations stage, posted from the contact page's Work summary. A refused
/// change is shown here with what changed since and the contact's work as it is now, ready to try again.
/// </summary>
public sealed class WorkModel(WorkQueueQueries queries, ContactWork work, ContactEventWords eventWords) : ContactWorkPageModel(queries, eventWords)
{
    [BindProperty]
    public ThreeConversationsStage? Stage { get; set; }

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => ShowAsync(id, cancellationToken);

    public Task<IActionResult> OnPostClaimAsync(Guid id, CancellationToken cancellationToken) =>
        PostAsync(id, () => work.ClaimAsync(id, Version, StaffUser.Actor(User), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostReleaseAsync(Guid id, CancellationToken cancellationToken) =>
        PostAsync(id, () => work.ReleaseAsync(id, Version, "Released", StaffUser.Actor(User), cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostStageAsync(Guid id, CancellationToken cancellationToken)
    {
        if (Stage is not { } stage || !Enum.IsDefined(stage))
        {
            ModelState.Clear();
            ModelState.AddModelError(nameof(Stage), "Select the Three Conversations stage");
            return await ShowAsync(id, cancellationToken);
        }

        return await PostAsync(id, () => work.RecordStageAsync(id, Version, stage, StaffUser.Actor(User), cancellationToken), cancellationToken);
    }

    protected override Task OnLoadedAsync(Contact contact, CancellationToken cancellationToken)
    {
        Stage ??= contact.Stage;
        return Task.CompletedTask;
    }

    private async Task<IActionResult> PostAsync(Guid id, Func<Task> change, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        ModelState.Clear();
        return await ChangeAsync(id, change, cancellationToken);
    }
}
