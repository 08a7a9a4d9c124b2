namespace FrontDoor.Core.Contacts;

/// <summary>How a contact arrived at the front door.</summary>
public enum ContactChannel
{
    Phone,
    Email,
    PublicOnlineForm,
    ProfessionalEForm,
    PartnerApi,
    FaceToFace,
    Letter,
}

/// <summary>Who made the contact, in relation to the person it is about.</summary>
public enum ContactSource
{
    Self,
    FamilyOrFriend,
    Carer,
    Police,
    Ambulance,
    GpOrPrimaryCare,
    Hospital,
    CareProvider,
    OtherProfessional,
    Internal,
}

/// <summary>Whether the contact is tied to a person record yet.</summary>
public enum PersonMatchState
{
    /// <summary>Not yet matched: matching has not run or found nothing decisive.</summary>
    Unmatched,

    /// <summary>Linked to an existing person record.</summary>
    Matched,

    /// <summary>A candidate exists but a person must decide from a side-by-side comparison.</summary>
    NeedsReview,

    /// <summary>Nobody on record: a new person was created for this contact.</summary>
    NewPerson,
}

/// <summary>Where the contact is in its life.</summary>
public enum ContactStatus
{
    /// <summary>Stored as it arrived; not yet processed.</summary>
    Received,

    /// <summary>Processing failed; a person must look (the reason is on the contact).</summary>
    NeedsAttention,

    /// <summary>Processed and waiting for, or being worked by, the front door.</summary>
    Open,

    /// <summary>Passed on to a team or pathway with the whole story.</summary>
    Routed,

    /// <summary>
    /// The caller was given their allocated worker's or team's details. The front door's part is done, but the
    /// contact stays live until the worker has been told the person called: it is not simply closed.
    /// </summary>
    PassedToAllocatedWorker,

    /// <summary>Finished, with an outcome.</summary>
    Closed,
}

/// <summary>How a contact ended. Triage fills these in; the list follows the seeds' outcomes.</summary>
public enum ContactOutcome
{
    InformationAndAdvice,
    Signposted,
    RedirectedToAllocatedWorker,
    NotForAdultSocialCare,
    ReferredToReablement,
    ReferredToSafeguarding,
    ReferredToOccupationalTherapy,
    ReferredToMentalHealthAct,
    ReferredToCarersAssessment,
    ReferredToFinancialAssessment,
    ReferredToLocalityTeam,

    /// <summary>Resolved at the first point of contact (Tier 1): what the person needed was done on the call.</summary>
    ResolvedByTier1,

    /// <summary>Passed to the front door's Tier 2 workers for a conversation or short-term help before any referral.</summary>
    PassedToTier2,

    /// <summary>Referred to the sensory team (sight or hearing loss).</summary>
    ReferredToSensory,

    /// <summary>No further action, with the reason recorded when closing.</summary>
    NoFurtherAction,

    Withdrawn,
}
