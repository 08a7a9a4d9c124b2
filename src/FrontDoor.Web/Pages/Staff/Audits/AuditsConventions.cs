using FrontDoor.Web.Authorisation;
using FrontDoor.Web.Startup;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace FrontDoor.Web.Pages.Staff.Audits;

/// <summary>
/// Case file audits are practice quality assurance, not front-line work. Auditors and managers reach the audit pages
/// (each auditor only the cases allocated to them, which the service checks); drawing samples, allocating cases and
/// reading results and trends (<c>Manage</c>) is for managers.
/// </summary>
public sealed class AuditsConventions : IFolderConventions
{
    public void Apply(PageConventionCollection conventions)
    {
        conventions.AuthorizeFolder("/Staff/Audits", Policies.CaseFileAudits);
        conventions.AuthorizeFolder("/Staff/Audits/Manage", Policies.Managers);
    }
}
