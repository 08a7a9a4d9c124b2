using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Events;

namespace FrontDoor.Core.Tests.Insight;

/// <summary>The KPI tests' shared shorthand: times in 2025, and a contact that has arrived on Tier 1's queue.</summary>
internal static class KpiTestContacts
{
    public static DateTimeOffset At(int month, int day, int hour, int minute) => new(2025, month, day, hour, minute, 0, TimeSpan.Zero);

    public static Contact Arrive(ContactChannel channel, ContactSource source, DateTimeOffset at)
    {
        var contact = new Contact(Guid.CreateVersion7(), ContactReference.New(), channel, source, at, "Needs help at home");
        contact.Open(at);
        contact.MoveToQueue("tier-1", "Arrived", at, ContactEvent.System);
        return contact;
    }
}
