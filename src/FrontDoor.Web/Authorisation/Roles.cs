namespace FrontDoor.Web.Authorisation;

/// <summary>
/// The roles FrontDoor knows, as role-claim values. A council's identity provider sends these values
/// (or others mapped to them with <c>Authentication:OpenIdConnect:RoleMapping</c>).
/// </summary>
public static class Roles
{
    public const string Advisor = "Advisor";
    public const string SupportWorker = "SupportWorker";
    public const string TeamManager = "TeamManager";
    public const string Administrator = "Administrator";

    /// <summary>A case file auditor: a practice or quality lead who audits the sampled cases allocated to them.</summary>
    public const string Auditor = Core.CaseFileAudits.CaseFileAuditors.Role;

    public static readonly IReadOnlyList<string> All = [Advisor, SupportWorker, TeamManager, Administrator, Auditor];

    /// <summary>The roles that work the front door's contacts, queues and people; not the auditor, who only reviews closed work.</summary>
    public static readonly IReadOnlyList<string> Working = [Advisor, SupportWorker, TeamManager, Administrator];

    /// <summary>How a role reads on screen.</summary>
    public static string DisplayName(string role) => role switch
    {
        Advisor => "Advisor",
        SupportWorker => "Community support worker",
        TeamManager => "Team manager",
        Administrator => "Administrator",
        Auditor => "Case file auditor",
        _ => role,
    };
}
