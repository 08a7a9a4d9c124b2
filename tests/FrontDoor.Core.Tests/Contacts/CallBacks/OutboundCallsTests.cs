using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.CallBacks;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Data;
using FrontDoor.Core.Tests.Triage.Outcomes;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;
using static FrontDoor.Core.Tests.Triage.Outcomes.OutcomesTestKit;

namespace FrontDoor.Core.Tests.Contacts.CallBacks;

/// <summary>Recording a call made about a contact: a typed event with its details, written with the contact.</summary>
public sealed class OutboundCallsTests
{
    private static OutboundCalls Calls(FrontDoorDbContext db, TimeProvider clock) => new(db, clock, Work(db, clock));

    private static OutboundCallRequest ChaseTheReferrer(params ReferralField[] facts) =>
        new(OutboundCallPurpose.ChaseMissingInformation, CallBackPerson.Referrer, GotThrough: false, facts, "  No answer from PC Dawson's desk; left a voicemail.  ");

    [Theory]
    [BothProviders]
    public async Task RecordAChaseCall_WritesTheTypedEventAndItsDetails_WithTheContactsNewVersion(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var (contactId, version) = await OpenContactAsync(database, clock);
        clock.Advance(TimeSpan.FromMinutes(20));

        await using (var db = database.CreateDbContext())
        {
            await Calls(db, clock).RecordAsync(contactId, version, ChaseTheReferrer(ReferralField.DateOfBirth, ReferralField.PersonName), Advisor, ct);
        }

        await using var read = database.CreateDbContext();
        var contact = await read.Contacts.AsNoTracking().SingleAsync(c => c.Id == contactId, ct);
        Assert.Equal(version + 1, contact.Version);
        var made = await read.ContactEvents.AsNoTracking().SingleAsync(e => e.ContactId == contactId && e.Kind == ContactEventKind.OutboundCallMade, ct);
        Assert.Equal(("Referrer", "ChaseMissingInformation", "No answer from PC Dawson's desk; left a voicemail.", contact.Version, "advisor-1"), (made.From, made.To, made.Reason, made.ContactVersion, made.ActorId));
        var details = Assert.Single((await Calls(read, clock).ForContactAsync(contactId, ct)).Values);
        Assert.Equal((made.Id, false, OutboundCallPurpose.ChaseMissingInformation, CallBackPerson.Referrer), (details.EventId, details.GotThrough, details.Purpose, details.Called));
        Assert.Equal([ReferralField.PersonName, ReferralField.DateOfBirth], details.Facts);
        Assert.Contains(await read.AuditEvents.AsNoTracking().ToListAsync(ct), a => a.Actor == "advisor-1" && a.Detail == "outbound call recorded");
    }

    [Theory]
    [BothProviders]
    public async Task RecordACall_FromAnOutOfDatePage_IsRefusedAndNothingIsSaved(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var (contactId, version) = await OpenContactAsync(database, clock);
        await using (var db = database.CreateDbContext())
        {
            await Work(db, clock).RecordStageAsync(contactId, version, ThreeConversationsStage.ListenAndConnect, Advisor, ct);
        }

        await using (var db = database.CreateDbContext())
        {
            var refused = await Assert.ThrowsAsync<ContactChangedException>(() => Calls(db, clock).RecordAsync(contactId, version, ChaseTheReferrer(), Advisor, ct));
            Assert.Contains(refused.ChangesSince, e => e.Kind == ContactEventKind.StageChanged);
        }

        await using var read = database.CreateDbContext();
        Assert.False(await read.ContactEvents.AnyAsync(e => e.ContactId == contactId && e.Kind == ContactEventKind.OutboundCallMade, ct));
        Assert.False(await read.Set<ContactOutboundCall>().AnyAsync(ct));
    }

    [Theory]
    [BothProviders]
    public async Task RecordACallBack_WhileOneIsArranged_MarksItDoneInTheSameSave(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var (contactId, version) = await OpenContactAsync(database, clock);
        var due = IntakeTestKit.Now.AddHours(2);
        await using (var db = database.CreateDbContext())
        {
            await new ContactCallBacks(db, clock, Work(db, clock)).ArrangeAsync(contactId, version, new(due, CallBackPerson.Person, null, null, "Check the key safe", Advisor.Id, Advisor.Name!), Advisor, ct);
        }

        clock.Advance(TimeSpan.FromHours(1));
        await using (var db = database.CreateDbContext())
        {
            await Calls(db, clock).RecordAsync(contactId, version + 1, new(OutboundCallPurpose.CallBack, CallBackPerson.Person, true, [], "Key safe fitted."), Advisor, ct);
        }

        await using var read = database.CreateDbContext();
        Assert.Null((await read.Contacts.AsNoTracking().SingleAsync(c => c.Id == contactId, ct)).CallBack);
        var events = await read.ContactEvents.AsNoTracking().Where(e => e.ContactId == contactId).OrderBy(e => e.ContactVersion).ToListAsync(ct);
        Assert.Equal([ContactEventKind.CallBackDone, ContactEventKind.OutboundCallMade], events.TakeLast(2).Select(e => e.Kind));
        Assert.Equal(("Recorded as a call made", "CallBack"), (events[^2].Reason, events[^1].To));
    }

    [Fact]
    public void Problems_NameEachMissingAnswer_AndFactsTickedForAnotherPurpose()
    {
        var problems = new OutboundCallRequest(null, null, null, [], new string('x', OutboundCallRequest.MaxNoteLength + 1)).Problems();
        Assert.Equal(
            [("Purpose", "Select why you made the call"), ("Called", "Select who you called"), ("GotThrough", "Select whether the call got through"), ("Note", "The note must be 1,000 characters or fewer")],
            problems);
        Assert.Equal(
            [("FactsChased", "Only tick the facts you were chasing when the call was to chase missing information")],
            new OutboundCallRequest(OutboundCallPurpose.Other, CallBackPerson.Person, true, [ReferralField.NhsNumber], "Asked about the day centre").Problems());
        Assert.Equal(
            [("Note", "Enter what the call was about")],
            new OutboundCallRequest(OutboundCallPurpose.Other, CallBackPerson.Person, true, [], "  ").Problems());
        Assert.Empty(new OutboundCallRequest(OutboundCallPurpose.CallBack, CallBackPerson.Person, false, [], null).Problems());
    }

    [Theory]
    [BothProviders]
    public async Task Intake_KeepsTheRequiredFactsAReferralArrivedWithout_AndTheyAreOfferedToChase(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();

        // A police referral by the partner API with no person's details at all.
        var (contactId, _) = await OpenContactAsync(database, clock);

        await using var read = database.CreateDbContext();
        var contact = await read.Contacts.AsNoTracking().SingleAsync(c => c.Id == contactId, ct);
        var missing = contact.MissingRequiredFacts!.Split(',');
        Assert.Contains("PersonName", missing);
        Assert.Contains("PoliceReference", missing);
        Assert.DoesNotContain("NhsNumber", missing); // desirable only, for the police
        var toChase = await Calls(read, clock).FactsToChaseAsync(contact, ct);
        Assert.Equal(missing.Select(Enum.Parse<ReferralField>), toChase.Take(missing.Length));
        Assert.Contains(ReferralField.NhsNumber, toChase.Skip(missing.Length));
    }
}
