using FrontDoor.Core.WorkQueues;

namespace FrontDoor.Core.CaseFileAudits;

/// <summary>
/// Who audits. Case file auditing is a role the council's identity provider grants (a practice or quality lead,
/// often from another team), not something every manager does: a manager allocates each sampled case to an auditor,
/// and only the auditor it is allocated to audits it. Nobody audits a contact they worked on.
/// </summary>
public static class CaseFileAuditors
{
    /// <summary>The role-claim value that makes someone a case file auditor (the web's <c>Roles.Auditor</c>).</summary>
    public const string Role = "Auditor";

    /// <summary>Whether a comma-separated list of roles, as the audit trail and <see cref="KnownStaff"/> keep them, holds the auditor role.</summary>
    public static bool HoldsRole(string? roles) =>
        roles is not null && roles.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Contains(Role, StringComparer.Ordinal);
}
