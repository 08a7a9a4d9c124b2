using Microsoft.AspNetCore.Authorization;

namespace FrontDoor.Web.Authorisation;

/// <summary>Named authorisation policies. Folders and route groups ask for these, never for roles directly.</summary>
public static class Policies
{
    /// <summary>Anyone who works in the front door, whatever their role.</summary>
    public const string Staff = "Staff";

    /// <summary>Team managers and administrators: KPIs, audit samples, configuration.</summary>
    public const string Managers = "Managers";

    public const string Administrators = "Administrators";

    /// <summary>
    /// What an endpoint gets when its folder or route group declared nothing: refused, to everyone, so a page added
    /// outside a folder with conventions fails closed. A request that matched no endpoint at all passes, to get its 404.
    /// </summary>
    public static readonly AuthorizationPolicy RefuseUndeclared = new AuthorizationPolicyBuilder()
        .RequireAssertion(context => context.Resource is HttpContext http && http.GetEndpoint() is null)
        .Build();

    public static void AddFrontDoorPolicies(this AuthorizationBuilder authorisation) => authorisation
        .SetFallbackPolicy(RefuseUndeclared)
        .AddPolicy(Staff, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.All))
        .AddPolicy(Managers, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.TeamManager, Roles.Administrator))
        .AddPolicy(Administrators, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Administrator));
}
