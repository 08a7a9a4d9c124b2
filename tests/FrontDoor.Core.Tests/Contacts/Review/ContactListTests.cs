using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Contacts.Review;
using FrontDoor.Core.Contacts.Timeline;
using FrontDoor.Core.Data;
using FrontDoor.TestCommon.Databases;
using Microsoft.Extensions.Options;

namespace FrontDoor.Core.Tests.Contacts.Review;

public sealed class ContactListTests
{
    private static readonly AuditActor Advisor = new("sub-advisor", "Amira Khan", "Advisor");

    [Theory]
    [BothProviders]
    public async Task ListAsync_PagesThroughEveryContact_DangerFirstThenNewestFirst(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        // 120 contacts an hour apart, the oldest first; the oldest of all reported someone in danger now.
        var contacts = Enumerable.Range(0, 120).Select(i => NewContact(IntakeTestKit.Now.AddHours(-120 + i), inDanger: i == 0)).ToList();
        db.Contacts.AddRange(contacts);
        await db.SaveChangesAsync(ct);
        var records = Records(db);

        var first = await records.ListAsync(ContactListFilter.All, 100, 1, Advisor, ct);
        var second = await records.ListAsync(ContactListFilter.All, 100, 2, Advisor, ct);

        Assert.Equal((120, 120), (first.Total, second.Total));
        Assert.Equal(100, first.Rows.Count);
        Assert.Equal(contacts[0].Id, first.Rows[0].Id);
        Assert.Equal(contacts[119].Id, first.Rows[1].Id);
        Assert.Equal([.. contacts.Skip(1).Take(20).Select(c => c.Id).Reverse()], second.Rows.Select(r => r.Id));
        Assert.Equal(120, first.Rows.Concat(second.Rows).Select(r => r.Id).Distinct().Count());
    }

    [Theory]
    [BothProviders]
    public async Task ListAsync_FiltersBySourceMatchAndReceivedDayInEngland(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var person = IntakeTestKit.Person("Edith", "Marsh");
        db.People.Add(person);
        // British Summer Time: 11:30pm UTC on 30 June is 12:30am on 1 July in England.
        var lateJune = NewContact(new DateTimeOffset(2026, 6, 30, 22, 30, 0, TimeSpan.Zero), source: ContactSource.Police);
        var firstJuly = NewContact(new DateTimeOffset(2026, 6, 30, 23, 30, 0, TimeSpan.Zero), source: ContactSource.Hospital);
        var lastJuly = NewContact(new DateTimeOffset(2026, 7, 31, 22, 59, 0, TimeSpan.Zero), source: ContactSource.Police);
        var august = NewContact(new DateTimeOffset(2026, 7, 31, 23, 0, 0, TimeSpan.Zero), source: ContactSource.Self);
        firstJuly.MatchTo(person.Id);
        lastJuly.MarkForMatchReview();
        db.Contacts.AddRange(lateJune, firstJuly, lastJuly, august);
        await db.SaveChangesAsync(ct);
        var records = Records(db);

        async Task<IEnumerable<Guid>> Listed(ContactListFilter filter) => (await records.ListAsync(filter, 50, 1, Advisor, ct)).Rows.Select(r => r.Id).Order();

        Assert.Equal(new[] { firstJuly.Id, lastJuly.Id }.Order(), await Listed(ContactListFilter.All with { ReceivedFrom = new DateOnly(2026, 7, 1), ReceivedTo = new DateOnly(2026, 7, 31) }));
        Assert.Equal(new[] { lateJune.Id, lastJuly.Id }.Order(), await Listed(ContactListFilter.All with { Sources = [ContactSource.Police] }));
        Assert.Equal([firstJuly.Id], await Listed(ContactListFilter.All with { MatchedToPerson = true }));
        Assert.Equal(new[] { lateJune.Id, lastJuly.Id, august.Id }.Order(), await Listed(ContactListFilter.All with { MatchedToPerson = false }));
        Assert.Equal([august.Id], await Listed(ContactListFilter.All with { ReceivedFrom = new DateOnly(2026, 8, 1) }));
        Assert.Equal([lateJune.Id], await Listed(ContactListFilter.All with { ReceivedTo = new DateOnly(2026, 6, 30) }));
    }

    private static ContactRecords Records(FrontDoorDbContext db)
    {
        var clock = IntakeTestKit.Clock();
        return new ContactRecords(db, clock, new ContactTimeline(db, clock), Options.Create(new IntakeOptions()));
    }

    private static Contact NewContact(DateTimeOffset receivedAt, ContactSource source = ContactSource.Self, bool inDanger = false)
    {
        var contact = new Contact(Guid.CreateVersion7(), ContactReference.New(), ContactChannel.Phone, source, receivedAt, "Needs help with washing and dressing.");
        contact.RecordWhatWasReported(ReportedPerson.Empty, Core.People.CommunicationNeeds.None, ContactConsent.NotAsked, new ImmediateRisk(InDangerNow: inDanger), null);
        contact.Open(receivedAt);
        return contact;
    }
}
