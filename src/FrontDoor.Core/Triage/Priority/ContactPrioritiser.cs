using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Triage.Flows;
using Microsoft.Extensions.Options;

namespace FrontDoor.Core.Triage.Priority;

/// <summary>
/// Gives a contact its priority from the rules, with the reasons and the due time its response target sets: on
/// arrival, and again whenever what is known changes (a triage answer, a new day nearer a discharge date).
/// </summary>
public sealed class ContactPrioritiser(IOptions<TriageOptions> options)
{
    public void Prioritise(Contact contact, IEnumerable<ContactAnswer> answers, DateTimeOffset now, IReadOnlySet<TriageRisk>? flowRisks = null, TriagePriority? flowSuggestedPriority = null)
    {
        var facts = PriorityFactsReader.Read(contact, answers, flowRisks, flowSuggestedPriority);
        var decision = PriorityRules.Decide(facts, DateOnly.FromDateTime(now.UtcDateTime));
        contact.PrioritiseByRules(decision.Priority, decision.Reasons, DueAt(contact, decision.Priority, now), now);
    }

    /// <summary>
    /// The first priority's target counts from arrival. A later change counts from when the new facts became known,
    /// but never moves the due time later than it was: a contact found less urgent is still owed its first promise.
    /// </summary>
    public DateTimeOffset DueAt(Contact contact, TriagePriority priority, DateTimeOffset now)
    {
        var settings = options.Value;
        if (contact.DueAt is not { } due)
        {
            return settings.DueAt(priority, contact.ReceivedAt);
        }

        if (contact.Priority == priority)
        {
            return due;
        }

        var fromNow = settings.DueAt(priority, now);
        return fromNow < due ? fromNow : due;
    }
}
