using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Review;
using FrontDoor.Web.Authorisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff;

public sealed class IndexModel(ContactRecords contacts, IAuthorizationService authorisation) : PageModel
{
    public string UserName { get; private set; } = string.Empty;

    public IReadOnlyList<string> UserRoles { get; private set; } = [];

    public int OpenContacts { get; private set; }

    /// <summary>Administrators look after the case-system imports, the matching model and the care-provider list.</summary>
    public bool CanSeeImports { get; private set; }

    public IReadOnlyList<(string Label, int Count)> ContactsByStatus { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        UserName = StaffUser.Name(User);
        UserRoles = StaffUser.RoleNames(User);

        var counts = await contacts.CountByStatusAsync(cancellationToken);
        ContactsByStatus = [.. Enum.GetValues<ContactStatus>().Select(status => (Label(status), counts[status]))];
        OpenContacts = counts[ContactStatus.Open];
        CanSeeImports = (await authorisation.AuthorizeAsync(User, Policies.Administrators)).Succeeded;
    }

    private static string Label(ContactStatus status) => status switch
    {
        ContactStatus.Received => "Received, not yet processed",
        ContactStatus.NeedsAttention => "Needs attention",
        ContactStatus.Open => "Open",
        ContactStatus.Routed => "Passed on",
        ContactStatus.PassedToAllocatedWorker => "Passed to allocated worker",
        ContactStatus.Closed => "Closed",
        _ => status.ToString(),
    };
}
