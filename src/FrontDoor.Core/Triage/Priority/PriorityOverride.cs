using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Triage.Flows;
using FrontDoor.Core.WorkQueues;

namespace FrontDoor.Core.Triage.Priority;

/// <summary>
/// A member of staff sets a contact's priority by hand, saying why: their judgement then stands against the rules, and
/// the due time follows the new priority's response target.
/// </summary>
public sealed class PriorityOverride(ContactWork work, ContactPrioritiser prioritiser)
{
    public Task<Contact> OverrideAsync(Guid contactId, int seenVersion, TriagePriority priority, string? reason, AuditActor by, CancellationToken cancellationToken = default)
    {
        if (!Enum.IsDefined(priority))
        {
            throw new DomainValidationException("Priority", "Select a priority");
        }

        return work.ChangeAsync(
            contactId,
            seenVersion,
            (contact, now) => contact.OverridePriority(priority, reason ?? string.Empty, prioritiser.DueAt(contact, priority, now), now, by),
            cancellationToken);
    }
}
