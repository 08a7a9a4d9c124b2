using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Telephony;
using FrontDoor.Core.Triage.Referrals;
using FrontDoor.Core.WorkQueues;

namespace FrontDoor.Core.Demo;

/// <summary>
/// What the managers' KPIs read beside the contacts: the telephony's call records (every phone contact's answered
/// call, and the calls abandoned in the queue, a few at once) and a referral row for each referral the contacts made,
/// with the MASH's decision on most safeguarding alerts. Run on its own random stream, so the contacts stay as they were.
/// </summary>
internal sealed class DemoCallsAndReferrals(DemoRandom random)
{
    // Callers choose from the telephone menu; these are the demo county's options.
    private static readonly string[] MenuOptions = ["1 New request for help", "2 Already have a worker", "3 Concern about someone's safety", "4 Anything else"];

    private const double AbandonedPerAnsweredCall = 0.22;

    public (List<CallRecord> Calls, List<ContactReferral> Referrals) Generate(IReadOnlyList<Contact> contacts)
    {
        var calls = new List<CallRecord>();
        var referrals = new List<ContactReferral>();
        foreach (var contact in contacts)
        {
            if (contact.Channel == ContactChannel.Phone)
            {
                calls.Add(AnsweredCall(contact, calls.Count));
                if (random.Chance(AbandonedPerAnsweredCall))
                {
                    calls.Add(AbandonedCall(contact.ReceivedAt.AddMinutes(-random.Between(5, 240)), calls.Count));
                }
            }

            foreach (var referred in contact.Events.Where(e => e.Kind == ContactEventKind.Referred))
            {
                var type = Enum.GetValues<ReferralType>().First(t => t.DisplayName() == referred.Reason);
                var referral = new ContactReferral(random.NextGuid(), contact.Id, type, referred.To!, "Referred from the front door", referred.At, ContactEvent.System);
                if (type == ReferralType.Safeguarding && random.Chance(0.85))
                {
                    referral.DecideEnquiry(random.Chance(0.4), referred.At.AddDays(random.Between(1, 5)), ContactEvent.System);
                }

                referrals.Add(referral);
            }
        }

        return (calls, referrals);
    }

    private CallRecord AnsweredCall(Contact contact, int number)
    {
        var queueSeconds = QueueSeconds();
        var offeredAt = contact.ReceivedAt.AddSeconds(-queueSeconds);
        return new CallRecord(random.NextGuid(), $"DEMO-{number:D7}", offeredAt, contact.ReceivedAt, null, queueSeconds, random.Between(120, 1500),
            MenuOption(contact.Outcome), $"agent-{random.Between(1, 24):D2}", offeredAt);
    }

    private CallRecord AbandonedCall(DateTimeOffset offeredAt, int number)
    {
        // Some hang up at once, on hearing the queue message; most after a wait.
        var queueSeconds = random.Chance(0.1) ? 0 : QueueSeconds();
        return new CallRecord(random.NextGuid(), $"DEMO-{number:D7}", offeredAt, null, offeredAt.AddSeconds(queueSeconds), queueSeconds, 0,
            random.Pick(MenuOptions), null, offeredAt);
    }

    // Most calls are answered in a few minutes; a long tail waits much longer, as the seeds' call figures show.
    private int QueueSeconds() => random.Chance(0.8) ? random.Between(5, 420) : random.Between(420, 2400);

    private string MenuOption(ContactOutcome? outcome) => outcome switch
    {
        ContactOutcome.RedirectedToAllocatedWorker => MenuOptions[1],
        ContactOutcome.ReferredToSafeguarding => MenuOptions[2],
        _ => random.Chance(0.7) ? MenuOptions[0] : MenuOptions[3],
    };
}
