using FrontDoor.Web.Startup;
using FrontDoor.Web.Throttling;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace FrontDoor.Web.Pages.Portal;

/// <summary>The public's pages: open to anyone, throttled per address so nobody floods the front door.</summary>
public sealed class PortalConventions : IFolderConventions
{
    public void Apply(PageConventionCollection conventions)
    {
        conventions.AllowAnonymousToFolder("/Portal");
        conventions.ThrottleFolder("/Portal", ThrottlePolicies.PublicForms);
    }
}
