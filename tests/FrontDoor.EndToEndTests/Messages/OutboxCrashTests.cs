using FrontDoor.Core.Data;
using FrontDoor.Core.Messages;
using FrontDoor.TestCommon.Databases;
using FrontDoor.TestCommon.Messages;
using FrontDoor.TestCommon.Notify;
using FrontDoor.TestCommon.Webhooks;
using FrontDoor.Web.Tests.Hosting;

namespace FrontDoor.EndToEndTests.Messages;

/// <summary>
/// The reduced crash test (the full one is <c>bench/outbox-crash.sh</c>): FrontDoor.Web as its own process on
/// PostgreSQL, killed with SIGKILL three times and restarted while 150 people ask for help on the portal, each asking
/// for a receipt. Nothing is lost and anything Notify got twice carried the same id and said the same.
/// </summary>
public sealed class OutboxCrashTests
{
    private const int Contacts = 150;

    [Fact]
    public async Task PortalRequests_WhileTheWebProcessIsKilledThreeTimes_NoContactReceiptOrCaseSystemEventIsLost_AndRepeatsCarryTheSameId()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var notify = await FakeNotify.StartAsync();
        await using var caseSystem = await FakeWebhookReceiver.StartAsync();
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Postgres);
        var settings = new CrashRunSettings(
            Contacts: Contacts,
            Kills: 3,
            WebApp: Path.Combine(AppContext.BaseDirectory, "FrontDoor.Web.dll"),
            WebRoot: RepositoryFolders.WebRoot,
            TestCertificate.Shared.Path,
            TestCertificate.Shared.Password)
        {
            Progress = line => TestContext.Current.TestOutputHelper?.WriteLine(line),
        };

        var report = await OutboxCrashRun.RunAsync(settings, [CrashRunReceiver.For(notify), CrashRunReceiver.For(caseSystem)], database, ct);
        TestContext.Current.TestOutputHelper?.WriteLine(report.ToString());

        Assert.Equal(3, report.Kills);
        Assert.Equal((Contacts, Contacts, 0), (report.ContactsConfirmed, report.ContactsStored, report.ContactsLost));
        // A receipt and a contact.received event for each contact, all sent.
        Assert.Equal(2 * Contacts, report.MessagesInOutbox);
        Assert.Equal(2 * Contacts, Assert.Single(report.OutboxByStatus, s => s.Key == MessageStatus.Sent).Value);
        Assert.Equal(2, report.Receivers.Count);
        foreach (var tally in report.Receivers)
        {
            Assert.Equal((tally.Name, Contacts, Contacts, 0, 0, 0), (tally.Name, tally.Expected, tally.DistinctIds, tally.Lost, tally.Unknown, tally.RepeatsThatDiffer));
            Assert.Equal(Contacts + tally.Repeats, tally.Received);
        }
    }
}
