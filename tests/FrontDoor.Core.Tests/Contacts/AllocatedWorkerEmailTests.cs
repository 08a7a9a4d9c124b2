using System.Text.Json;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Contacts.Phone;
using FrontDoor.Core.Data;
using FrontDoor.Core.Messages;
using FrontDoor.Core.Messages.Notify;
using FrontDoor.Core.People;
using FrontDoor.Core.Teams;
using FrontDoor.TestCommon.Contacts;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FrontDoor.Core.Tests.Contacts;

/// <summary>The allocated worker's email, written when a call is passed to them or a written contact is linked to someone they hold.</summary>
public sealed class AllocatedWorkerEmailTests
{
    private const string Story = "Stan's daughter says he has stopped eating and fell on the stairs last night.";
    private static readonly Uri StaffSite = new("https://frontdoor.example.gov.uk/");

    [Theory]
    [BothProviders]
    public async Task CallPassedToTheAllocatedWorker_EmailsTheWorker_WithTheReferenceAndALink_NeverTheStoryOrName(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        await using var db = database.CreateDbContext();
        var stan = await AllocatedAsync(db, workerEmail: "jo.patel@example.gov.uk", ct);

        var receipt = await Recorder(db, clock).RecordAsync(PassedOnCall(stan.Id), ct);

        var message = Assert.Single(await db.OutboxMessages.AsNoTracking().ToListAsync(ct));
        Assert.Equal((MessageKind.NotifyEmail, NotifyTemplates.AllocatedWorkerEmail.Name, "jo.patel@example.gov.uk", receipt.ContactId),
            (message.Kind, message.Template, message.Recipient, message.ContactId));
        var personalisation = JsonSerializer.Deserialize<Dictionary<string, string>>(message.Body)!;
        Assert.Equal(new Dictionary<string, string>
        {
            ["reference"] = receipt.Reference.ToString(),
            ["contact_link"] = $"https://frontdoor.example.gov.uk/staff/contacts/{receipt.ContactId:D}",
        }, personalisation);
        foreach (var secret in new[] { "Stan", "Wood", "eating", "stairs" })
        {
            Assert.DoesNotContain(secret, message.Body, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [BothProviders]
    public async Task CallPassedToAWorkerWithNoEmail_EmailsTheirTeamsDutyInbox(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        await using var db = database.CreateDbContext();
        var stan = await AllocatedAsync(db, workerEmail: null, ct);

        await Recorder(db, clock).RecordAsync(PassedOnCall(stan.Id), ct);

        Assert.Equal("charnwood.duty@example.gov.uk", Assert.Single(await db.OutboxMessages.AsNoTracking().ToListAsync(ct)).Recipient);
    }

    [Theory]
    [BothProviders]
    public async Task CallNotPassedOn_EmailsNobody(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        await using var db = database.CreateDbContext();
        var stan = await AllocatedAsync(db, workerEmail: "jo.patel@example.gov.uk", ct);

        await Recorder(db, clock).RecordAsync(PassedOnCall(stan.Id) with { RedirectedToAllocatedWorker = false }, ct);

        Assert.Equal(0, await db.OutboxMessages.CountAsync(ct));
    }

    [Theory]
    [BothProviders]
    public async Task EmailedContactMatchedToSomeoneAllocated_EmailsTheWorkerOnce_EvenWhenProcessedAgain(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        await using var db = database.CreateDbContext();
        var stan = await AllocatedAsync(db, workerEmail: "jo.patel@example.gov.uk", ct);
        var intake = Intake(db, clock);

        var receipt = await intake.ReceiveAndProcessAsync(Written(ContactChannel.Email, stan), ct);
        var contact = await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == receipt.ContactId, ct);
        Assert.Equal(stan.Id, contact.PersonId);

        var message = Assert.Single(await db.OutboxMessages.AsNoTracking().ToListAsync(ct));
        Assert.Equal(("jo.patel@example.gov.uk", NotifyTemplates.AllocatedWorkerEmail.Name), (message.Recipient, message.Template));
        Assert.DoesNotContain("eating", message.Body, StringComparison.Ordinal);

        // Staff linking it again (to the same person, after unlinking elsewhere) never sends a second.
        var again = await new AllocatedWorkerEmail(db, clock, StaffSite).AddAsync(await db.Contacts.SingleAsync(c => c.Id == receipt.ContactId, ct), stan.Id, ct);
        Assert.Null(again);
    }

    [Theory]
    [BothProviders]
    public async Task ContactAboutSomeoneWithNoCurrentAllocation_EmailsNobody(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        await using var db = database.CreateDbContext();
        var stan = IntakeTestKit.Person("Stan", "Wood", new DateOnly(1941, 5, 6), "943 476 5919", "LE11 2TP");
        db.Add(stan);
        await db.SaveChangesAsync(ct);

        var receipt = await Intake(db, clock).ReceiveAndProcessAsync(Written(ContactChannel.PublicOnlineForm, stan), ct);

        Assert.Equal(stan.Id, (await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == receipt.ContactId, ct)).PersonId);
        Assert.Equal(0, await db.OutboxMessages.CountAsync(ct));
    }

    /// <summary>Stan, allocated from last month to Jo Patel of the Charnwood team.</summary>
    private static async Task<Person> AllocatedAsync(FrontDoorDbContext db, string? workerEmail, CancellationToken ct)
    {
        var now = IntakeTestKit.Now;
        var team = new Team(Guid.CreateVersion7(), "Charnwood Community Team", PhoneNumber.Parse("01632 960001"), "charnwood.duty@example.gov.uk", OpeningHours.OfficeHours);
        var worker = new Worker(Guid.CreateVersion7(), "Jo Patel", WorkerRole.SocialWorker, team.Id, null, workerEmail);
        var stan = IntakeTestKit.Person("Stan", "Wood", new DateOnly(1941, 5, 6), "943 476 5919", "LE11 2TP");
        db.AddRange(team, worker, stan, new Allocation(Guid.CreateVersion7(), stan.Id, worker.Id, team.Id, DateOnly.FromDateTime(now.UtcDateTime).AddMonths(-1), now));
        await db.SaveChangesAsync(ct);
        return stan;
    }

    private static PhoneContactDetails PassedOnCall(Guid personId) => new()
    {
        CallerIs = ContactSource.FamilyOrFriend,
        Caller = new Caller("Ann Wood", Phone: "07700 900123"),
        PersonId = personId,
        Story = Story,
        RedirectedToAllocatedWorker = true,
        Actor = "advisor-1",
    };

    private static IntakeSubmission Written(ContactChannel channel, Person person) => IntakeTestKit.Submission(Story, new ReportedPerson
    {
        GivenName = person.Name.GivenName,
        FamilyName = person.Name.FamilyName,
        DateOfBirthAsGiven = "1941-05-06",
        DateOfBirth = new DateOnly(1941, 5, 6),
        NhsNumberAsGiven = "943 476 5919",
        Postcode = "LE11 2TP",
    }) with { Channel = channel, Source = ContactSource.FamilyOrFriend };

    private static ContactIntake Intake(FrontDoorDbContext db, FakeTimeProvider clock) =>
        TestContactIntake.Create(db, clock, new IndexedMatcher(db), messages: new MessagesOptions { StaffSiteUrl = StaffSite });

    private static PhoneContactRecorder Recorder(FrontDoorDbContext db, FakeTimeProvider clock) =>
        new(db, Intake(db, clock), clock, IntakeTestKit.Repeats(db, clock), Options.Create(new MessagesOptions { StaffSiteUrl = StaffSite }));
}
