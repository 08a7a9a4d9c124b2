using FrontDoor.Core.Contacts;
using FrontDoor.Core.Data;
using FrontDoor.Web.Authorisation;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Pages.Staff;

public sealed class IndexModel(FrontDoorDbContext db) : PageModel
{
    public string UserName { get; private set; } = string.Empty;

    public IReadOnlyList<string> UserRoles { get; private set; } = [];

    public int OpenContacts { get; private set; }

    public IReadOnlyList<(string Label, int Count)> ContactsByStatus { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        UserName = StaffUser.Name(User);
        UserRoles = StaffUser.RoleNames(User);

        var counts = await db.Contacts
            .GroupBy(contact => contact.Status)
            .Select(group => new { Status = group.Key, Count = group.Count() })
            .ToDictionaryAsync(row => row.Status, row => row.Count, cancellationToken);
        ContactsByStatus = [.. Enum.GetValues<ContactStatus>().Select(status => (Label(status), counts.GetValueOrDefault(status)))];
        OpenContacts = counts.GetValueOrDefault(ContactStatus.Open);
    }

    private static string Label(ContactStatus status) => status switch
    {
        ContactStatus.Received => "Received, not yet processed",
        ContactStatus.NeedsAttention => "Needs attention",
        ContactStatus.Open => "Open",
        ContactStatus.Routed => "Passed on",
        ContactStatus.Closed => "Closed",
        _ => status.ToString(),
    };
}
