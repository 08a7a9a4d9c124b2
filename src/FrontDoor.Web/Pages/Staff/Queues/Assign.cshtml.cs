using FrontDoor.Core.Contacts;
using FrontDoor.Core.WorkQueues;
using FrontDoor.Web.Authorisation;
using FrontDoor.Web.Pages.Staff.Contacts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.Queues;

/// <summary>Gives the contact to a member of staff: anyone who has signed in to FrontDoor (see <see cref="KnownStaff"/>).</summary>
public sealed class AssignModel(WorkQueueQueries queries, KnownStaff staff, ContactWork work, ContactEventWords eventWords) : PageModel
{
    [BindProperty]
    public int Version { get; set; }

    /// <summary>The chosen member of staff's id.</summary>
    [BindProperty]
    public string? AssignTo { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public Contact Contact { get; private set; } = null!;

    public IReadOnlyList<StaffMember> Staff { get; private set; } = [];

    public IReadOnlyList<string> ChangesSince { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Version = Contact.Version;
        AssignTo = Contact.AssignedToId;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        ModelState.Clear();
        if (Staff.FirstOrDefault(s => s.Id == AssignTo) is not { } member)
        {
            ModelState.AddModelError(nameof(AssignTo), "Select who will work the contact");
            return Page();
        }

        var (done, changesSince) = await WorkChange.TryAsync(
            () => work.AssignAsync(id, Version, member.Id, member.Name, Reason, StaffUser.Actor(User), cancellationToken),
            ModelState,
            eventWords,
            field => field == nameof(Contact.AssignedToId) ? nameof(AssignTo) : field);
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
        Staff = await staff.AllAsync(cancellationToken);
        return true;
    }
}
