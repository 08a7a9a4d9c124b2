using FrontDoor.Core.Contacts;
using FrontDoor.Core.WorkQueues;
using FrontDoor.Web.Authorisation;
using FrontDoor.Web.Pages.Staff.Contacts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.Queues;

/// <summary>Gives the contact to a member of staff: anyone who has signed in to FrontDoor (see <see cref="KnownStaff"/>).</summary>
public sealed class AssignModel(WorkQueueQueries queries, KnownStaff staff, ContactWork work, ContactEventWords eventWords) : ContactWorkPageModel(queries, eventWords)
{
    /// <summary>The chosen member of staff's id.</summary>
    [BindProperty]
    public string? AssignTo { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public IReadOnlyList<StaffMember> Staff { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var page = await ShowAsync(id, cancellationToken);
        if (page is PageResult)
        {
            AssignTo = Contact.AssignedToId;
        }

        return page;
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

        return await ChangeAsync(
            id,
            () => work.AssignAsync(id, Version, member.Id, member.Name, Reason, StaffUser.Actor(User), cancellationToken),
            cancellationToken,
            field => field == nameof(Contact.AssignedToId) ? nameof(AssignTo) : field);
    }

    protected override async Task OnLoadedAsync(Contact contact, CancellationToken cancellationToken) =>
        Staff = await staff.AllAsync(cancellationToken);
}
