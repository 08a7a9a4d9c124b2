using FrontDoor.Core.Contacts.Email;
using FrontDoor.Core.Data;
using FrontDoor.Core.Jobs;
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
        await using var node = Node(database, mailbox, clock);

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

    /// <summary>One web node's services (its own node identity), reading the mailbox with the real registrations.</summary>
    private static ServiceProvider Node(TestDatabase database, MailboxOptions mailbox, FakeTimeProvider clock)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Intake:Mailbox:Host"] = mailbox.Host,
            ["Intake:Mailbox:Port"] = mailbox.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Intake:Mailbox:UseTls"] = "None",
            ["Intake:Mailbox:Username"] = mailbox.Username,
            ["Intake:Mailbox:Password"] = mailbox.Password,
        }).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<TimeProvider>(clock)
            .AddDbContext<FrontDoorDbContext>(options => DatabaseSetup.Configure(options, database.Options));
        services.AddEmailIntake(configuration);
        return services.BuildServiceProvider();
    }
}
