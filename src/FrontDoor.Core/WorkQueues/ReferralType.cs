using FrontDoor.Core.Contacts;

namespace FrontDoor.Core.WorkQueues;

/// <summary>What a team is asked to do for the person. Teams say which they take; a referral of another kind is refused.</summary>
public enum ReferralType
{
    Reablement,
    Safeguarding,
    OccupationalTherapy,
    MentalHealthAct,
    CarersAssessment,
    FinancialAssessment,
    Sensory,
    LocalityAssessment,
}

public static class ReferralTypes
{
    /// <summary>The outcome a referral of this type records on the contact.</summary>
    public static ContactOutcome Outcome(this ReferralType type) => type switch
    {
        ReferralType.Reablement => ContactOutcome.ReferredToReablement,
        ReferralType.Safeguarding => ContactOutcome.ReferredToSafeguarding,
        ReferralType.OccupationalTherapy => ContactOutcome.ReferredToOccupationalTherapy,
        ReferralType.MentalHealthAct => ContactOutcome.ReferredToMentalHealthAct,
        ReferralType.CarersAssessment => ContactOutcome.ReferredToCarersAssessment,
        ReferralType.FinancialAssessment => ContactOutcome.ReferredToFinancialAssessment,
        ReferralType.Sensory => ContactOutcome.ReferredToSensory,
        ReferralType.LocalityAssessment => ContactOutcome.ReferredToLocalityTeam,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>The referral type an outcome stands for, or null when the outcome is not a referral.</summary>
    public static ReferralType? ForOutcome(ContactOutcome outcome) =>
        Enum.GetValues<ReferralType>().Select(t => (ReferralType?)t).FirstOrDefault(t => t!.Value.Outcome() == outcome);

    /// <summary>
    /// Referrals for services, which may cost the person money: benefits advice and Fairer Charging must have been
    /// discussed first. Safeguarding and a Mental Health Act assessment never wait for that.
    /// </summary>
    public static bool IsForServices(this ReferralType type) => type is not (ReferralType.Safeguarding or ReferralType.MentalHealthAct or ReferralType.FinancialAssessment);

    public static string DisplayName(this ReferralType type) => type switch
    {
        ReferralType.Reablement => "Reablement",
        ReferralType.Safeguarding => "Safeguarding (MASH)",
        ReferralType.OccupationalTherapy => "Occupational therapy",
        ReferralType.MentalHealthAct => "Mental Health Act assessment (AMHP)",
        ReferralType.CarersAssessment => "Carer's assessment",
        ReferralType.FinancialAssessment => "Financial assessment",
        ReferralType.Sensory => "Sensory",
        ReferralType.LocalityAssessment => "Care Act assessment (locality team)",
        _ => type.ToString(),
    };
}
