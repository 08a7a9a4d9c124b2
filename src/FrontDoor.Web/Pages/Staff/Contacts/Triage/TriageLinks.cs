using FrontDoor.Core.Contacts;
using FrontDoor.Core.WorkQueues;

namespace FrontDoor.Web.Pages.Staff.Contacts.Triage;

/// <summary>Addresses in the triage journey on a contact, built in one place.</summary>
public static class TriageLinks
{
    public static string Contact(Guid contactId) => $"/staff/contacts/{contactId}";

    /// <summary>Choose a flow (or another one).</summary>
    public static string Choose(Guid contactId) => $"{Contact(contactId)}/triage";

    /// <summary>The next question, or the outcome once the path has reached one.</summary>
    public static string Next(Guid contactId) => $"{Choose(contactId)}/question";

    /// <summary>An answered question, to change its answer.</summary>
    public static string Change(Guid contactId, string stepId) => $"{Next(contactId)}/{Uri.EscapeDataString(stepId)}";

    public static string Outcome(Guid contactId) => $"{Choose(contactId)}/outcome";

    /// <summary>The referral page (another journey) with the type the flow's outcome suggests.</summary>
    public static string Refer(Guid contactId, ReferralType type) => $"{Contact(contactId)}/refer?type={type}";

    /// <summary>The closing page (another journey) with the outcome the flow suggests.</summary>
    public static string Close(Guid contactId, ContactOutcome outcome) => $"{Contact(contactId)}/close?outcome={outcome}";
}
