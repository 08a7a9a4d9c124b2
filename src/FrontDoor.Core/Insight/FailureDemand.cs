using FrontDoor.Core.Contacts;

namespace FrontDoor.Core.Insight;

/// <summary>
/// Which contacts are failure demand, and why. Read today from the contact's main outcome; the seam for the recorded
/// failure-demand reason (repeat or chasing, could not reach the team) is this class: when contacts carry that
/// field, <see cref="Reason"/> reads it and the KPI counts it, with no change to its callers.
/// </summary>
public static class FailureDemand
{
    /// <summary>The main outcomes that mark a contact as failure demand, with the reason shown for each.</summary>
    public static IReadOnlyDictionary<ContactOutcome, string> ReasonsByOutcome { get; } = new Dictionary<ContactOutcome, string>
    {
        [ContactOutcome.RedirectedToAllocatedWorker] = "About a person with an allocated worker",
        [ContactOutcome.NotForAdultSocialCare] = "Not for adult social care",
    };

    public static IReadOnlyList<ContactOutcome> Outcomes { get; } = [.. ReasonsByOutcome.Keys];

    public static string? Reason(ContactOutcome? mainOutcome) =>
        mainOutcome is { } outcome && ReasonsByOutcome.TryGetValue(outcome, out var reason) ? reason : null;
}
