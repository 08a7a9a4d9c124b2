using FrontDoor.Core.Data;
using FrontDoor.Core.Jobs;
using FrontDoor.Core.Tests.Contacts;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.Tests.Jobs;

public sealed class JobLeasesTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    [Theory]
    [BothProviders]
    public async Task TryAcquire_TwoNodesRacing_NeverBothHoldTheLease(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        for (var round = 0; round < 20; round++)
        {
            var name = $"mailbox:race-{round}";
            await using var first = database.CreateDbContext();
            await using var second = database.CreateDbContext();
            var results = await Task.WhenAll(
                Task.Run(() => new JobLeases(first, clock).TryAcquireAsync(name, "node-a", Lease, ct), ct),
                Task.Run(() => new JobLeases(second, clock).TryAcquireAsync(name, "node-b", Lease, ct), ct));

            Assert.Equal(1, results.Count(taken => taken));
        }

        await using var check = database.CreateDbContext();
        Assert.Equal(20, await check.JobLeases.CountAsync(ct));
    }

    [Theory]
    [BothProviders]
    public async Task TryAcquire_WhenTheHolderStopsRenewing_AnotherNodeTakesOverOnceItExpires(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        await using var db = database.CreateDbContext();
        var leases = new JobLeases(db, clock);

        Assert.True(await leases.TryAcquireAsync("mailbox:referrals", "node-a", Lease, ct));
        clock.Advance(TimeSpan.FromSeconds(20));
        Assert.False(await leases.TryAcquireAsync("mailbox:referrals", "node-b", Lease, ct));
        Assert.True(await leases.TryAcquireAsync("mailbox:referrals", "node-a", Lease, ct));

        // node-a dies: its renewal at 20 s held the lease until 50 s.
        clock.Advance(TimeSpan.FromSeconds(29));
        Assert.False(await leases.TryAcquireAsync("mailbox:referrals", "node-b", Lease, ct));
        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.True(await leases.TryAcquireAsync("mailbox:referrals", "node-b", Lease, ct));

        // A node that comes back finds its lease gone, so it stops reading.
        Assert.False(await leases.TryAcquireAsync("mailbox:referrals", "node-a", Lease, ct));
        var lease = await db.JobLeases.AsNoTracking().SingleAsync(ct);
        Assert.Equal(("node-b", clock.GetUtcNow() + Lease), (lease.Holder, lease.ExpiresAt));
    }

    [Theory]
    [BothProviders]
    public async Task Release_LetsAnotherNodeTakeTheLeaseAtOnce_ButOnlyTheHolderCanRelease(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        await using var db = database.CreateDbContext();
        var leases = new JobLeases(db, clock);
        Assert.True(await leases.TryAcquireAsync("mailbox:referrals", "node-a", Lease, ct));

        await leases.ReleaseAsync("mailbox:referrals", "node-b", ct);
        Assert.False(await leases.TryAcquireAsync("mailbox:referrals", "node-b", Lease, ct));

        await leases.ReleaseAsync("mailbox:referrals", "node-a", ct);
        Assert.True(await leases.TryAcquireAsync("mailbox:referrals", "node-b", Lease, ct));
    }
}
