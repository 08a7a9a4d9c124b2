using FrontDoor.Web.Startup;
using FrontDoor.Web.Throttling;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace FrontDoor.Web.Pages.Professionals;

/// <summary>The e-forms: partners have no FrontDoor accounts, so open to anyone and throttled as the public's forms.</summary>
public sealed class ProfessionalsConventions : IFolderConventions
{
    public void Apply(PageConventionCollection conventions)
    {
        conventions.AllowAnonymousToFolder("/Professionals");
        conventions.ThrottleFolder("/Professionals", ThrottlePolicies.PublicForms);
    }
}
