using FrontDoor.Web.Authorisation;
using FrontDoor.Web.Startup;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace FrontDoor.Web.Pages.Staff.Imports;

/// <summary>The case-system imports and their reports: administrators, who look after the nightly drop.</summary>
public sealed class ImportsConventions : IFolderConventions
{
    public void Apply(PageConventionCollection conventions) => conventions.AuthorizeFolder("/Staff/Imports", Policies.Administrators);
}
