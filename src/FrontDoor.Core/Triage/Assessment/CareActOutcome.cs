namespace FrontDoor.Core.Triage.Assessment;

/// <summary>
/// The ten outcomes of the Care and Support (Eligibility Criteria) Regulations 2014: needs are eligible when, because
/// of an impairment or illness, the adult cannot achieve two or more of them with a significant impact on wellbeing.
/// </summary>
public enum CareActOutcome
{
    ManagingNutrition,
    PersonalHygiene,
    ToiletNeeds,
    BeingAppropriatelyClothed,
    UsingTheHomeSafely,
    HabitableHome,
    Relationships,
    WorkTrainingEducationOrVolunteering,
    CommunityFacilitiesAndServices,
    CaringForAChild,
}

public static class CareActOutcomes
{
    /// <summary>The regulations' own words, as staff and the person read them.</summary>
    public static string Describe(this CareActOutcome outcome) => outcome switch
    {
        CareActOutcome.ManagingNutrition => "Managing and maintaining nutrition",
        CareActOutcome.PersonalHygiene => "Maintaining personal hygiene",
        CareActOutcome.ToiletNeeds => "Managing toilet needs",
        CareActOutcome.BeingAppropriatelyClothed => "Being appropriately clothed",
        CareActOutcome.UsingTheHomeSafely => "Being able to make use of the home safely",
        CareActOutcome.HabitableHome => "Maintaining a habitable home environment",
        CareActOutcome.Relationships => "Developing and maintaining family or other personal relationships",
        CareActOutcome.WorkTrainingEducationOrVolunteering => "Accessing and engaging in work, training, education or volunteering",
        CareActOutcome.CommunityFacilitiesAndServices => "Making use of necessary facilities or services in the local community, including public transport and recreational facilities",
        CareActOutcome.CaringForAChild => "Carrying out any caring responsibilities the adult has for a child",
        _ => outcome.ToString(),
    };
}

/// <summary>Whether benefits advice (a benefits check) was offered to the person.</summary>
public enum BenefitsAdviceOffer
{
    Offered,
    NotOffered,

    /// <summary>Offered, and the person did not want it.</summary>
    Declined,
}
