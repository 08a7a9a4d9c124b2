using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.People;
using FrontDoor.Core.Triage.Flows;
using FrontDoor.EndToEndTests.Browser;

namespace FrontDoor.EndToEndTests.Journeys;

/// <summary>The call journeys' starting point: a phone contact about Iris Hartley, prioritised and claimed by the demo advisor.</summary>
internal static class ClaimedContacts
{
    public static async Task<(Guid Id, string Reference)> AddClaimedAsync(RunningFrontDoor frontDoor)
    {
        var now = frontDoor.Clock.GetUtcNow();
        var receivedAt = now.AddHours(-3);
        var contact = new Contact(Guid.CreateVersion7(), ContactReference.New(), ContactChannel.Phone, ContactSource.FamilyOrFriend, receivedAt, "Her daughter says she is not coping at home since a fall.");
        contact.RecordWhatWasReported(new ReportedPerson { GivenName = "Iris", FamilyName = "Hartley" }, CommunicationNeeds.None, ContactConsent.NotAsked, ImmediateRisk.NotAsked, null);
        contact.Open(receivedAt);
        contact.MoveToQueue("tier-1", "Arrived", receivedAt, ContactEvent.System);
        contact.PrioritiseByRules(TriagePriority.Medium, ["Lives alone"], now.AddDays(3), receivedAt);
        contact.AssignTo("demo-advisor", "Amira Khan", now, ContactEvent.System);
        await using var db = frontDoor.CreateDbContext();
        db.Contacts.Add(contact);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (contact.Id, contact.Reference.Value);
    }
}
