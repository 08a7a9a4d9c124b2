using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Email;
using FrontDoor.Core.Contacts.PersonMatching;
using FrontDoor.Core.Data;
using FrontDoor.Core.Jobs;
using FrontDoor.Core.Messages;
using FrontDoor.Core.People.Matching;
using FrontDoor.Core.Tests.Contacts;
using FrontDoor.TestCommon.Databases;
using FrontDoor.TestCommon.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FrontDoor.Core.Tests.Jobs;

[Collection(DovecotFixtureGroup.Name)]
public sealed class MailboxPollerTests(DovecotServer dovecot)
{
    [Theory]
    [BothProviders]
    public async Task PollOnce_WhileAnotherNodeHoldsTheMailbox_ReadsNothing_AndTakesOverOnceThatNodesLeaseRunsOut(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var mailbox = await dovecot.CreateMailboxAsync();
        await dovecot.DeliverAsync(mailbox, ReferralEmails.PoliceAdultConcern("lease@test"));
        var clock = IntakeTestKit.Clock();
        await using var node = await NodeAsync(database, mailbox, clock);

        // Another node took the mailbox and then died without letting go.
        await using (var db = database.CreateDbContext())
        {
            Assert.True(await new JobLeases(db, clock).TryAcquireAsync(MailboxPoller.LeaseName(mailbox), "dead-node", TimeSpan.FromSeconds(30), ct));
        }

        var poller = node.GetRequiredService<MailboxPoller>();
        Assert.Null(await poller.PollOnceAsync(ct));
        Assert.False((await dovecot.ListAsync(mailbox)).Single().IsMarkedProcessed);

        clock.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal(new MailboxPassResult(1, 1, 0, 0, 0), await poller.PollOnceAsync(ct));
        Assert.True((await dovecot.ListAsync(mailbox)).Single().IsMarkedProcessed);

        // A finished pass lets go of the mailbox, so the next node to poll need not wait.
        await using var check = database.CreateDbContext();
        var lease = await check.JobLeases.AsNoTracking().SingleAsync(ct);
        Assert.Null(lease.Holder);
    }

    [Theory]
    [BothProviders]
    public async Task PollOnce_WithTheMailboxSettingsAsConfigured_LinksAPoliceEmailToThePersonOnRecord_WithTheProductionMatcher_AndFilesTheEmail(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var mailbox = await dovecot.CreateMailboxAsync(processedFolder: "Referrals done");
        await dovecot.DeliverAsync(mailbox, ReferralEmails.PoliceAdultConcern("configured@test"));
        var clock = IntakeTestKit.Clock();

        // The woman the police wrote about, among people who share a name, a birthday or a street with her.
        var margaret = IntakeTestKit.Person("Margaret", "Smith", new DateOnly(1948, 3, 2), ReferralEmails.PoliceNhsNumber, "LE11 2TP");
        await using (var db = database.CreateDbContext())
        {
            db.People.AddRange(
                margaret,
                IntakeTestKit.Person("Margaret", "Smith", new DateOnly(1951, 8, 19), postcode: "LE4 6FF"),
                IntakeTestKit.Person("Peter", "Smith", new DateOnly(1948, 3, 2), postcode: "LE11 2TP"),
                IntakeTestKit.Person("Margaret", "Cole", new DateOnly(1948, 3, 2), postcode: "NG1 5AW"),
                IntakeTestKit.Person("Joan", "Hughes", new DateOnly(1939, 11, 30), postcode: "LE11 3QF"));
            await db.SaveChangesAsync(ct);
        }

        await using var node = await NodeAsync(database, mailbox, clock, new()
        {
            ["Intake:Mailbox:Folder"] = "INBOX",
            ["Intake:Mailbox:ProcessedFolder"] = "Referrals done",
            ["Intake:Mailbox:PollInterval"] = "00:00:30",
            ["Intake:Mailbox:CareProviderDomains:0"] = "oakcare.co.uk",
        });
        Assert.IsType<ProbabilisticContactMatcher>(node.CreateScope().ServiceProvider.GetRequiredService<IContactPersonMatcher>());
        Assert.Equal(TimeSpan.FromSeconds(30), node.GetRequiredService<Microsoft.Extensions.Options.IOptions<MailboxOptions>>().Value.PollInterval);
        Assert.Equal(new MailboxPassResult(1, 1, 0, 0, 0), await node.GetRequiredService<MailboxPoller>().PollOnceAsync(ct));

        await using var check = database.CreateDbContext();
        var contact = await check.Contacts.AsNoTracking().SingleAsync(ct);
        Assert.Equal((ContactChannel.Email, PersonMatchState.Matched, margaret.Id), (contact.Channel, contact.MatchState, contact.PersonId));
        Assert.Empty(await dovecot.ListAsync(mailbox));
        Assert.Equal("Adult concern notification - Margaret SMITH", Assert.Single(await dovecot.ListAsync(mailbox, "Referrals done")).Subject);
    }

    /// <summary>
    /// One web node's services (its own node identity), reading the mailbox with the real registrations, its person
    /// index built from the database as the node's synchroniser builds it at start (intake's matcher waits for it).
    /// </summary>
    private static async Task<ServiceProvider> NodeAsync(TestDatabase database, MailboxOptions mailbox, FakeTimeProvider clock, Dictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Intake:Mailbox:Host"] = mailbox.Host,
            ["Intake:Mailbox:Port"] = mailbox.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Intake:Mailbox:UseTls"] = "None",
            ["Intake:Mailbox:Username"] = mailbox.Username,
            ["Intake:Mailbox:Password"] = mailbox.Password,
            // The channel policy's reply to other senders links to the request for help on this site.
            ["Messages:StaffSiteUrl"] = "https://frontdoor.example.gov.uk/",
        }).AddInMemoryCollection(settings ?? []).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<TimeProvider>(clock)
            .AddDbContext<FrontDoorDbContext>(options => DatabaseSetup.Configure(options, database.Options));
        services.AddAuditTrail();
        services.AddPersonMatching(configuration, synchroniseInBackground: false);
        services.AddContactPersonMatching();
        services.AddOutbox(configuration);
        services.AddEmailIntake(configuration);
        var node = services.BuildServiceProvider();
        await using var db = database.CreateDbContext();
        await node.GetRequiredService<PersonIndexHost>().RebuildAsync(db, TestContext.Current.CancellationToken);
        return node;
    }
}
