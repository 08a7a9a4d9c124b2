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

    public static void AddFrontDoorPolicies(this AuthorizationBuilder authorisation) => authorisation
        .AddPolicy(Staff, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.All))
        .AddPolicy(Managers, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.TeamManager, Roles.Administrator))
        .AddPolicy(Administrators, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Administrator));
}
