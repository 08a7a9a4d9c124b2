using FrontDoor.Core.Contacts.Email;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Contacts.PersonMatching;
using FrontDoor.Core.Contacts.Repeat;
using FrontDoor.Core.Data;
using FrontDoor.Core.People;
using FrontDoor.Core.People.Matching;
using FrontDoor.Core.WorkQueues;
using FrontDoor.TestCommon.Contacts;
using FrontDoor.TestCommon.Mail;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FrontDoor.Core.Tests.Contacts;

[CollectionDefinition(Name)]
public sealed class DovecotFixtureGroup : ICollectionFixture<DovecotServer>
{
    public const string Name = "Dovecot";
}

/// <summary>Builds the real intake services over one DbContext, as the web host's scope would.</summary>
internal static class IntakeTestKit
{
    public static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    public static FakeTimeProvider Clock() => new(Now);

    public static ContactIntake Intake(FrontDoorDbContext db, TimeProvider clock, IContactPersonMatcher? matcher = null, IntakeOptions? options = null, WorkQueueOptions? queues = null) =>
        TestContactIntake.Create(db, clock, matcher ?? new IndexedMatcher(db), options, queues);

    public static RepeatContacts Repeats(FrontDoorDbContext db, TimeProvider clock, int windowDays = 90) =>
        new(db, clock, Options.Create(new RepeatContactsOptions { RecurringWindowDays = windowDays }));

    /// <summary>The staff site the tests' messages link to; the channel policy's reply links to its request for help.</summary>
    public static readonly Uri StaffSiteUrl = new("https://frontdoor.example.gov.uk/");

    public static MailboxReader Reader(FrontDoorDbContext db, TimeProvider clock, MailboxOptions mailbox, IContactPersonMatcher? matcher = null) =>
        new(db, Intake(db, clock, matcher), new SenderClassifier(["oakcare.co.uk"]), Options.Create(mailbox), clock, NullLogger<MailboxReader>.Instance,
            Options.Create(new Core.Messages.MessagesOptions { StaffSiteUrl = StaffSiteUrl }));

    public static Person Person(string given, string family, DateOnly? dob = null, string? nhs = null, string? postcode = null, string? lasId = null)
    {
        var person = new Person(Guid.CreateVersion7(), new PersonName(given, family), Now);
        person.SetDateOfBirth(dob, Now);
        if (nhs is not null)
        {
            person.SetNhsNumber(NhsNumber.Parse(nhs), Now);
        }

        if (postcode is not null)
        {
            person.MoveTo(new PostalAddress("1 Test Street", null, "Testtown", UkPostcode.Parse(postcode)), Now);
        }

        if (lasId is not null)
        {
            person.SetLasId(lasId, Now);
        }

        return person;
    }

    public static IntakeSubmission Submission(string story = "Mrs Smith fell at home and cannot manage the stairs.", ReportedPerson? person = null) => new()
    {
        Channel = Core.Contacts.ContactChannel.PartnerApi,
        Source = Core.Contacts.ContactSource.Police,
        RawPayload = "{\"story\":\"...\"}"u8.ToArray(),
        RawContentType = "application/json",
        Story = story,
        ReportedPerson = person ?? ReportedPerson.Empty,
        Actor = "partner:police",
    };
}

/// <summary>A matcher that fails, to prove a processing failure loses nothing.</summary>
internal sealed class BrokenMatcher : IContactPersonMatcher
{
    public Task<ContactMatchOutcome> MatchAsync(ReportedPerson reported, CancellationToken cancellationToken) =>
        throw new TimeoutException("The matching service did not answer.");
}

/// <summary>
/// The production matcher, over a person index built from the test's database when each contact is matched, so the
/// people a test has just saved are in it (the web app keeps its index in step in the background instead).
/// </summary>
internal sealed class IndexedMatcher(FrontDoorDbContext db) : IContactPersonMatcher
{
    public async Task<ContactMatchOutcome> MatchAsync(ReportedPerson reported, CancellationToken cancellationToken)
    {
        using var host = new PersonIndexHost(Options.Create(new PersonMatchingOptions()));
        await host.RebuildAsync(db, cancellationToken);
        return await new ProbabilisticContactMatcher(host).MatchAsync(reported, cancellationToken);
    }
}
