using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Contacts.Intake;
using Microsoft.Extensions.Options;

namespace FrontDoor.Core.WorkQueues;

/// <summary>Puts an arriving contact in its queue: the first routing rule that matches, else the arrival queue.</summary>
public sealed class ContactRouting(IOptions<WorkQueueOptions> options)
{
    public const string ArrivedReason = "Arrived at the front door";

    /// <summary>Routes the contact, recording the rule (or the arrival) as an event in the same save.</summary>
    public void Route(Contact contact, IReadOnlyList<ContactAnswer> answers, DateTimeOffset now)
    {
        if (contact.QueueKey is not null)
        {
            return;
        }

        var settings = options.Value;
        var rule = settings.Routing.FirstOrDefault(r => r.Matches(contact, answers));
        contact.MoveToQueue(rule?.Queue ?? settings.EffectiveArrivalQueue, rule is null ? ArrivedReason : $"Routing rule: {rule.Name}", now, ContactEvent.System);
    }
}
