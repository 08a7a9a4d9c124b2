using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Repeat;

namespace FrontDoor.Core.Insight;

/// <summary>
/// Which contacts are failure demand, and why. Staff record the reason on the contact (repeat or chasing, could not
/// reach the team, …); a contact closed as redirected to its allocated worker, or as not for adult social care, is
/// failure demand too, though nobody recorded it, because its outcome says so.
/// </summary>
public static class FailureDemand
{
    /// <summary>The main outcomes that mark a contact as failure demand, and the reason each implies.</summary>
    public static IReadOnlyDictionary<ContactOutcome, FailureDemandReason> ReasonsByOutcome { get; } = new Dictionary<ContactOutcome, FailureDemandReason>
    {
        [ContactOutcome.RedirectedToAllocatedWorker] = FailureDemandReason.AboutAllocatedPerson,
        [ContactOutcome.NotForAdultSocialCare] = FailureDemandReason.NotForAdultSocialCare,
    };

    /// <summary>The reason staff recorded, which is the more specific; otherwise the one the main outcome implies.</summary>
    public static FailureDemandReason? Reason(FailureDemandReason? recorded, ContactOutcome? mainOutcome) =>
        recorded ?? (mainOutcome is { } outcome && ReasonsByOutcome.TryGetValue(outcome, out var reason) ? reason : null);
}
