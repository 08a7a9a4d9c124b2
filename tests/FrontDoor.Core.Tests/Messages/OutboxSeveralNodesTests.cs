using FrontDoor.Core.Data;
using FrontDoor.Core.Messages;
using FrontDoor.TestCommon.Databases;
using FrontDoor.TestCommon.Messages;
using FrontDoor.TestCommon.Notify;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.Tests.Messages;

/// <summary>
/// Two nodes, each with its own identity, services and connections, sending one outbox at the same time through the
/// real Notify channel to the fake Notify: the leases share the messages out and Notify gets each exactly once.
/// </summary>
public sealed class OutboxSeveralNodesTests
{
    private const int Messages = 1000;

    [Theory]
    [BothProviders]
    public async Task TwoNodes_SendingOneOutboxAtOnce_NotifyReceivesEachMessageExactlyOnce(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var notify = await FakeNotify.StartAsync();
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var ids = await OutboxNode.WriteReceiptsAsync(database, Messages, ct);
        await using var first = OutboxNode.Start(database, notify.Configuration());
        await using var second = OutboxNode.Start(database, notify.Configuration());
        Assert.NotEqual(first.Id, second.Id);

        // Small claims, so the two nodes keep meeting at the same rows rather than one taking the whole backlog.
        // Each node on its own thread, as two processes would be: SQLite's driver does its I/O synchronously.
        var claims = await Task.WhenAll(Task.Run(() => SendUntilAllSentAsync(first, database, ct), ct), Task.Run(() => SendUntilAllSentAsync(second, database, ct), ct));

        Assert.Equal(Messages, claims.Sum());
        Assert.All(claims, claimed => Assert.True(claimed > 0, $"One node sent nothing ({claims[0]} and {claims[1]}): nothing was shared."));
        var references = notify.Accepted.Select(r => r.Reference).ToList();
        Assert.Equal(Messages, notify.Requests.Count);
        Assert.Equal(Messages, references.Count);
        Assert.Equal(ids.Select(id => (string?)id.ToString("D")).Order(), references.Order());
        await using var db = database.CreateDbContext();
        var sent = await db.OutboxMessages.AsNoTracking().Select(m => new { m.Status, m.Attempts }).ToListAsync(ct);
        Assert.All(sent, m => Assert.Equal((MessageStatus.Sent, 1), (m.Status, m.Attempts)));
    }

    /// <summary>
    /// Claims and sends until the outbox is settled. A claim can come back empty while messages are due (on SQLite
    /// both nodes pick the same oldest rows and the other's update won), so only the outbox says when to stop.
    /// </summary>
    private static async Task<int> SendUntilAllSentAsync(OutboxNode node, TestDatabase database, CancellationToken ct)
    {
        var total = 0;
        while (await OutboxNode.UnsettledAsync(database, ct) > 0)
        {
            total += await node.SendDueAsync(10, ct);
        }

        return total;
    }
}
