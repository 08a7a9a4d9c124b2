using Microsoft.AspNetCore.Authorization;

namespace FrontDoor.Web.Authorisation;

/// <summary>Named authorisation policies. Folders and route groups ask for these, never for roles directly.</summary>
public static class Policies
{
    /// <summary>
    /// The roles that work the front door (advisors, support workers, managers, administrators): queues, contacts,
    /// people search, insight. Not case file auditors, who reach only <see cref="StaffArea"/>'s pages.
    /// </summary>
    public const string Staff = "Staff";

    /// <summary>Anyone with a staff role, auditors included: the staff home and the audit pages, which ask for more.</summary>
    public const string StaffArea = "StaffArea";

    /// <summary>
    /// A contact's page: the working roles, or an auditor reading (never changing) a contact whose sampled case is
    /// allocated to them or audited by them, since auditing a case means reading its file.
    /// </summary>
    public const string ContactReaders = "ContactReaders";

    /// <summary>Team managers and administrators: KPIs, audit samples, configuration.</summary>
    public const string Managers = "Managers";

    public const string Administrators = "Administrators";

    /// <summary>Case file audits: managers, who draw, allocate and read them, and the auditors who do them.</summary>
    public const string CaseFileAudits = "CaseFileAudits";

    /// <summary>
    /// What a page or API endpoint gets when its folder or route group declared nothing: refused, to everyone, so one
    /// added outside a folder with conventions fails closed. A request that matched none passes, to get its 404, as do
    /// routing's own answers (405, 415), which are plain endpoints, not routes.
    /// </summary>
    public static readonly AuthorizationPolicy RefuseUndeclared = new AuthorizationPolicyBuilder()
        .RequireAssertion(context => context.Resource is HttpContext http && http.GetEndpoint() is not RouteEndpoint)
        .Build();

    public static void AddFrontDoorPolicies(this AuthorizationBuilder authorisation) => authorisation
        .SetFallbackPolicy(RefuseUndeclared)
        .AddPolicy(Staff, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Working))
        .AddPolicy(StaffArea, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.All))
        .AddPolicy(ContactReaders, policy => policy.RequireAuthenticatedUser().AddRequirements(new ContactReaderRequirement()))
        .AddPolicy(Managers, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.TeamManager, Roles.Administrator))
        .AddPolicy(CaseFileAudits, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.TeamManager, Roles.Administrator, Roles.Auditor))
        .AddPolicy(Administrators, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Administrator));
}
