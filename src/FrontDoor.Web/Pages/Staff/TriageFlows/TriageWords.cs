using FrontDoor.Core.Contacts;
using FrontDoor.Core.Triage.Flows;

namespace FrontDoor.Web.Pages.Staff.TriageFlows;

/// <summary>A flow's outcomes, priorities and risks in the words staff use.</summary>
public static class TriageWords
{
    public static string Outcome(ContactOutcome outcome) => outcome switch
    {
        ContactOutcome.InformationAndAdvice => "Information and advice",
        ContactOutcome.Signposted => "Signposted to another service",
        ContactOutcome.RedirectedToAllocatedWorker => "Redirected to the allocated worker",
        ContactOutcome.NotForAdultSocialCare => "Not for adult social care",
        ContactOutcome.ReferredToReablement => "Referral to reablement",
        ContactOutcome.ReferredToSafeguarding => "Safeguarding concern to the MASH",
        ContactOutcome.ReferredToOccupationalTherapy => "Referral to occupational therapy",
        ContactOutcome.ReferredToMentalHealthAct => "Mental Health Act assessment (AMHP)",
        ContactOutcome.ReferredToCarersAssessment => "Carer's assessment",
        ContactOutcome.ReferredToFinancialAssessment => "Financial assessment",
        ContactOutcome.ReferredToLocalityTeam => "Referral to the locality team",
        ContactOutcome.ResolvedByTier1 => "Resolved on first contact (Tier 1)",
        ContactOutcome.PassedToTier2 => "Passed to Tier 2",
        ContactOutcome.ReferredToSensory => "Referral to the sensory team",
        ContactOutcome.NoFurtherAction => "No further action",
        ContactOutcome.Withdrawn => "Withdrawn",
        _ => outcome.ToString(),
    };

    /// <summary>An ending's own title where it has one, else its outcome's name.</summary>
    public static string Ending(FlowOutcome ending) => ending.Title ?? Outcome(ending.Outcome);

    public static string Priority(TriagePriority priority) => priority switch
    {
        TriagePriority.Urgent => "Urgent",
        TriagePriority.High => "High",
        TriagePriority.Medium => "Medium",
        _ => "Low",
    };

    /// <summary>GOV.UK tag colours: the more urgent, the warmer.</summary>
    public static string PriorityTagClass(TriagePriority priority) => priority switch
    {
        TriagePriority.Urgent => "govuk-tag--red",
        TriagePriority.High => "govuk-tag--orange",
        TriagePriority.Medium => "govuk-tag--yellow",
        _ => "govuk-tag--grey",
    };

    public static string Risk(TriageRisk risk) => risk switch
    {
        TriageRisk.ImmediateDanger => "Immediate danger",
        TriageRisk.Safeguarding => "Safeguarding",
        TriageRisk.NoCareInPlace => "No care in place",
        TriageRisk.CarerBreakdown => "Carer breakdown",
        TriageRisk.HospitalDischarge => "Hospital discharge",
        TriageRisk.MentalHealthCrisis => "Mental health crisis",
        TriageRisk.SelfNeglect => "Self-neglect",
        _ => risk.ToString(),
    };

    public static string Answer(FlowAnswerKind kind) => kind switch
    {
        FlowAnswerKind.YesNo => "Yes or no",
        FlowAnswerKind.Choice => "One of several answers",
        FlowAnswerKind.Date => "A date",
        _ => "In the caller's words",
    };
}
