using FrontDoor.Web.Authorisation;
using FrontDoor.Web.Startup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace FrontDoor.Web.Pages.Staff;

/// <summary>
/// The staff area is for the roles that work the front door. Case file auditors (least privilege) reach only the staff
/// home, the audit pages and a contact's page, each of which asks for more (its folder's policy, or
/// <see cref="Policies.ContactReaders"/>, which lets an auditor read only the contacts of their cases). Sub-folders
/// may ask for more.
/// </summary>
public sealed class StaffConventions : IFolderConventions
{
    /// <summary>Pages under <c>/Staff</c> an auditor may reach, and folders whose every page they may (ending in '/').</summary>
    private static readonly string[] OpenToAuditors = ["/Staff/Index", "/Staff/Contacts/Contact", "/Staff/Audits/"];

    public void Apply(PageConventionCollection conventions)
    {
        conventions.AddFolderApplicationModelConvention("/Staff", model => model.EndpointMetadata.Add(
            new AuthorizeAttribute(IsOpenToAuditors(model.ViewEnginePath) ? Policies.StaffArea : Policies.Staff)));
        conventions.AuthorizePage("/Staff/Contacts/Contact", Policies.ContactReaders);
    }

    private static bool IsOpenToAuditors(string viewEnginePath) => OpenToAuditors.Any(open => open.EndsWith('/')
        ? viewEnginePath.StartsWith(open, StringComparison.OrdinalIgnoreCase)
        : string.Equals(viewEnginePath, open, StringComparison.OrdinalIgnoreCase));
}
