namespace FrontDoor.Core.Contacts;

/// <summary>
/// Why a contact is failure demand — demand caused by a failure to do something, or do it right, for the person —
/// from the fixed list the failure-demand analysis counts. Stored by name.
/// </summary>
public enum FailureDemandReason
{
    /// <summary>The person already has an allocated worker; the contact should have reached them.</summary>
    AboutAllocatedPerson,

    /// <summary>Not for adult social care: the person was sent, or came, to the wrong place.</summary>
    NotForAdultSocialCare,

    /// <summary>A repeat of an earlier contact, or chasing one ("where is my request?").</summary>
    RepeatOrChasing,

    /// <summary>They could not reach the team that has their case.</summary>
    CouldNotReachTeam,
}
