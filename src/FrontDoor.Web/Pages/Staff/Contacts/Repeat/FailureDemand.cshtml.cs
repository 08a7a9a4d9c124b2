using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Repeat;
using FrontDoor.Core.WorkQueues;
using FrontDoor.Web.Authorisation;
using FrontDoor.Web.Pages.Staff.Queues;
using Microsoft.AspNetCore.Mvc;

namespace FrontDoor.Web.Pages.Staff.Contacts.Repeat;

/// <summary>Staff record a contact as failure demand, with the reason and, for a chasing contact, the contact it chases.</summary>
public sealed class FailureDemandModel(WorkQueueQueries queries, ContactEventWords eventWords, FailureDemand failureDemand, RepeatContacts repeats)
    : ContactWorkPageModel(queries, eventWords)
{
    /// <summary>The chasing choice's value for "not chasing one of these".</summary>
    public const string NotChasing = "none";

    [BindProperty]
    public FailureDemandReason? Reason { get; set; }

    /// <summary>The id of the contact it chases, or <see cref="NotChasing"/>.</summary>
    [BindProperty]
    public string? Chases { get; set; }

    /// <summary>The person's other contacts, any of which this one may be chasing.</summary>
    public IReadOnlyList<OtherContact> Others { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var shown = await ShowAsync(id, cancellationToken);
        if (!Workable)
        {
            return NotFound();
        }

        Reason = Contact.FailureDemandReason;
        Chases = Contact.ChasesContactId?.ToString() ?? (Contact.FailureDemandReason is null ? null : NotChasing);
        return shown;
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || !Workable)
        {
            return NotFound();
        }

        if (Reason is null || !Enum.IsDefined(Reason.Value))
        {
            ModelState.AddModelError(nameof(Reason), "Select why this is failure demand");
        }

        Guid? chases = null;
        if (Others.Count > 0)
        {
            if (string.IsNullOrEmpty(Chases))
            {
                ModelState.AddModelError(nameof(Chases), "Select the contact this one chases, or that it is not chasing one");
            }
            else if (Chases != NotChasing)
            {
                chases = Guid.TryParse(Chases, out var chased) && Others.Any(o => o.Id == chased) ? chased : null;
                if (chases is null)
                {
                    ModelState.AddModelError(nameof(Chases), "Select one of the person's other contacts");
                }
                else if (Reason is { } reason && reason != FailureDemandReason.RepeatOrChasing)
                {
                    ModelState.AddModelError(nameof(Reason), "Select repeat or chasing when the contact chases another");
                }
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        return await ChangeAsync(
            id,
            () => failureDemand.RecordAsync(id, Version, Reason, chases, StaffUser.Actor(User), cancellationToken),
            cancellationToken,
            field => field == nameof(Contact.ChasesContactId) ? nameof(Chases) : nameof(Reason));
    }

    protected override async Task OnLoadedAsync(Contact contact, CancellationToken cancellationToken) =>
        Others = contact.PersonId is { } personId ? await repeats.OtherContactsAsync(personId, contact.Id, cancellationToken) : [];

    private bool Workable => Contact is { Status: not (ContactStatus.Closed or ContactStatus.Received) };
}
