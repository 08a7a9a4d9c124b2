using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Review;
using FrontDoor.Web.Authorisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.Contacts;

public sealed class IndexModel(ContactRecords records) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public List<ContactStatus> Status { get; set; } = [];

    [BindProperty(SupportsGet = true)]
    public List<ContactChannel> Channel { get; set; } = [];

    [BindProperty(SupportsGet = true)]
    public List<string> Attention { get; set; } = [];

    public bool NeedsAttentionOnly => Attention.Contains("yes");

    public bool Filtered => Status.Count > 0 || Channel.Count > 0 || NeedsAttentionOnly;

    public IReadOnlyList<ContactListItem> Contacts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // A value that is not a status or channel is dropped by binding: the list shows, unfiltered by it.
        ModelState.Clear();
        Contacts = await records.ListRecentAsync(new ContactListFilter(Status, Channel, NeedsAttentionOnly), StaffUser.Actor(User), cancellationToken);
    }
}
