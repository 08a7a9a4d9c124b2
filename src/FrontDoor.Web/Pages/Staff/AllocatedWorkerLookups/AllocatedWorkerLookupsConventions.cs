using FrontDoor.Web.Authorisation;
using FrontDoor.Web.Startup;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace FrontDoor.Web.Pages.Staff.AllocatedWorkerLookups;

/// <summary>Who keeps failing the public look-up: administrators, who look after the service's safety.</summary>
public sealed class AllocatedWorkerLookupsConventions : IFolderConventions
{
    public void Apply(PageConventionCollection conventions) => conventions.AuthorizeFolder("/Staff/AllocatedWorkerLookups", Policies.Administrators);
}
