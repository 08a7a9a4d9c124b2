using FrontDoor.Web.Startup;
using FrontDoor.Web.Throttling;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace FrontDoor.Web.Pages.SignIn;

/// <summary>Signing in must be reachable signed out; throttled against password and key guessing.</summary>
public sealed class SignInConventions : IFolderConventions
{
    public void Apply(PageConventionCollection conventions)
    {
        conventions.AllowAnonymousToFolder("/SignIn");
        conventions.ThrottleFolder("/SignIn", ThrottlePolicies.SignIn);
    }
}
