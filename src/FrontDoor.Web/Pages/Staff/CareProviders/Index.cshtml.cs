using FrontDoor.Core.Contacts.Email.CareProviders;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.CareProviders;

/// <summary>The care-provider list: the configured domains and those administrators added here.</summary>
public sealed class IndexModel(CareProviderDomains domains) : PageModel
{
    public IReadOnlyList<ListedCareProviderDomain> Domains { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Domains = await domains.ListAsync(cancellationToken);
}
