using FrontDoor.Core.Contacts;
using FrontDoor.Core.Triage.Flows;

namespace FrontDoor.Core.Triage.Priority;

/// <summary>
/// What is known about a contact that bears on how urgently it must be worked: what the sender told intake and
/// what the advisor's triage script found. <see cref="PriorityRules"/> decides from these alone, so the same facts
/// always give the same priority. Built from a contact by <see cref="PriorityFactsReader"/>.
/// </summary>
public sealed record PriorityFacts
{
    public ContactChannel Channel { get; init; }

    public ContactSource Source { get; init; }

    /// <summary>Whoever made the contact said someone is in danger now; null when not asked or not said.</summary>
    public bool? InDangerNow { get; init; }

    /// <summary>Risks the sender reported at intake (an e-form's concern types, an email's incident types, a partner's answers).</summary>
    public IReadOnlySet<TriageRisk> ReportedRisks { get; init; } = new HashSet<TriageRisk>();

    /// <summary>Risks revealed by the answers given in a triage script on the contact.</summary>
    public IReadOnlySet<TriageRisk> FlowRisks { get; init; } = new HashSet<TriageRisk>();

    /// <summary>The date the person is expected to leave hospital, when a hospital or partner gave one.</summary>
    public DateOnly? HospitalDischargeDate { get; init; }

    /// <summary>The person lives alone, as the intake gave it.</summary>
    public bool LivesAlone { get; init; }

    /// <summary>The police referred the person because they were worried about their welfare (not coping at home).</summary>
    public bool PoliceWelfareConcern { get; init; }

    /// <summary>The priority suggested by the outcome a triage script ended at; null while no script has ended.</summary>
    public TriagePriority? FlowSuggestedPriority { get; init; }

    /// <summary>Every risk known, however it became known.</summary>
    public bool Has(TriageRisk risk) => ReportedRisks.Contains(risk) || FlowRisks.Contains(risk);
}
