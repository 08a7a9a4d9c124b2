using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Contacts.Phone;
using FrontDoor.Core.Data;
using FrontDoor.Core.People;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.Tests.Contacts.Phone;

public sealed class PhoneContactRecorderTests
{
    [Theory]
    [BothProviders]
    public async Task Record_WithNoPhoneOrEmailAndNoReason_IsRefusedBeforeAnythingIsSaved(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();
        var recorder = Recorder(db);

        var refused = await Assert.ThrowsAsync<DomainValidationException>(() => recorder.RecordAsync(Call(), ct));

        Assert.Equal(PhoneContactRecorder.NoWayBackMissing, refused.Message);
        Assert.Equal(0, await db.Contacts.CountAsync(ct));
        Assert.Equal(0, await db.RawSubmissions.CountAsync(ct));
    }

    [Theory]
    [BothProviders]
    public async Task Record_WithAReasonForNoWayBack_KeepsTheReasonAsAnAnswer(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();

        var receipt = await Recorder(db).RecordAsync(Call() with { NoWayBack = new NoWayBack(NoWayBackReason.CallerHasNoPhoneOrEmail) }, ct);

        var answer = await db.ContactAnswers.AsNoTracking().SingleAsync(a => a.ContactId == receipt.ContactId, ct);
        Assert.Equal((NoWayBack.AnswerKey, "The caller has no phone or email"), (answer.Key, answer.Answer));
    }

    [Fact]
    public async Task Record_ForAPersonWithAPhoneOnTheirRecord_NeedsNoReason_AndDoesNotReportThatPhoneAsTheCallers()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var db = database.CreateDbContext();
        var person = IntakeTestKit.Person("Edna", "Clarke");
        person.SetPhones([PhoneNumber.Parse("0116 496 0555")], IntakeTestKit.Now);
        db.Add(person);
        await db.SaveChangesAsync(ct);

        var receipt = await Recorder(db).RecordAsync(Call() with { PersonId = person.Id }, ct);

        var contact = await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == receipt.ContactId, ct);
        // The record's number is how the person can be reached, but the caller never gave it: the contact does not say they did.
        Assert.Null(contact.ReportedPerson.Phone);
        Assert.Empty(await db.ContactAnswers.Where(a => a.ContactId == receipt.ContactId).ToListAsync(ct));
    }

    [Fact]
    public async Task Record_RedirectForSomeoneWithNoAllocatedWorker_IsRefusedBeforeAnythingIsSaved()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var db = database.CreateDbContext();
        var person = IntakeTestKit.Person("Edna", "Clarke");
        db.Add(person);
        await db.SaveChangesAsync(ct);

        var call = Call() with { PersonId = person.Id, RedirectedToAllocatedWorker = true, Caller = new Caller("Ann Clarke", Phone: "07700 900123") };

        await Assert.ThrowsAsync<DomainValidationException>(() => Recorder(db).RecordAsync(call, ct));
        Assert.Equal(0, await db.Contacts.CountAsync(ct));
    }

    private static PhoneContactRecorder Recorder(FrontDoorDbContext db)
    {
        var clock = IntakeTestKit.Clock();
        return new PhoneContactRecorder(db, IntakeTestKit.Intake(db, clock), clock, IntakeTestKit.Repeats(db, clock));
    }

    private static PhoneContactDetails Call() => new()
    {
        CallerIs = ContactSource.FamilyOrFriend,
        Caller = new Caller("A neighbour"),
        Reported = new ReportedPerson { GivenName = "Stan" },
        Story = "Stan next door has not been seen for days.",
        Actor = "advisor-1",
    };
}
