using System.ComponentModel.DataAnnotations;

namespace FrontDoor.Core.CaseFileAudits;

/// <summary>The <c>CaseFileAudits</c> configuration section: how many closed contacts each team has audited a month.</summary>
public sealed class CaseFileAuditOptions
{
    public const string SectionName = "CaseFileAudits";

    /// <summary>Contacts drawn per team per month; a team that closed fewer has all of them audited.</summary>
    [Range(1, 100)]
    public int SamplePerTeam { get; set; } = 5;
}
