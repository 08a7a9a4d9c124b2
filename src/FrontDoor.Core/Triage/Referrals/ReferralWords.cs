using FrontDoor.Core.WorkQueues;

namespace FrontDoor.Core.Triage.Referrals;

public static class ReferralWords
{
    /// <summary>The referral type as it reads inside a sentence: "Home First does not take safeguarding referrals".</summary>
    public static string InSentence(this ReferralType type) => type switch
    {
        ReferralType.Reablement => "reablement",
        ReferralType.Safeguarding => "safeguarding",
        ReferralType.OccupationalTherapy => "occupational therapy",
        ReferralType.MentalHealthAct => "Mental Health Act assessment",
        ReferralType.CarersAssessment => "carer's assessment",
        ReferralType.FinancialAssessment => "financial assessment",
        ReferralType.Sensory => "sensory",
        ReferralType.LocalityAssessment => "Care Act assessment",
        _ => type.ToString(),
    };
}
