using FrontDoor.Web.Authorisation;
using FrontDoor.Web.Startup;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace FrontDoor.Web.Pages.Staff.Audits;

/// <summary>Case file audits are done and read by managers: practice quality assurance, not front-line work.</summary>
public sealed class AuditsConventions : IFolderConventions
{
    public void Apply(PageConventionCollection conventions) => conventions.AuthorizeFolder("/Staff/Audits", Policies.Managers);
}
