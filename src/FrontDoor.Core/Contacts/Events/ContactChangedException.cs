namespace FrontDoor.Core.Contacts.Events;

/// <summary>
/// Someone else changed the contact after this member of staff's page was shown: their change is refused rather than
/// saved over the other's, and they are shown what changed so they can look again and try once more.
/// </summary>
public sealed class ContactChangedException(Guid contactId, int currentVersion, IReadOnlyList<ContactEvent> changesSince)
    : Exception("Someone else changed this contact while you were working on it.")
{
    public Guid ContactId { get; } = contactId;

    /// <summary>The version to send with the next try.</summary>
    public int CurrentVersion { get; } = currentVersion;

    /// <summary>The changes made since the version the page showed, oldest first (empty when only untracked fields changed).</summary>
    public IReadOnlyList<ContactEvent> ChangesSince { get; } = changesSince;
}
