using FrontDoor.Core.Caching;
using FrontDoor.Core.Data;
using FrontDoor.Core.Jobs;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FrontDoor.Core.Tests.Caching;

public sealed class DatabaseDistributedCacheTests
{
    private static readonly byte[] Answers = [1, 2, 3];

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));

    [Theory]
    [BothProviders]
    public async Task AValueWrittenOnOneNode_IsReadOnAnother_UntilRemoved(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var firstNode = Node(database);
        await using var secondNode = Node(database);
        var first = firstNode.GetRequiredService<IDistributedCache>();
        var second = secondNode.GetRequiredService<IDistributedCache>();

        await first.SetAsync("journey:1", Answers, new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromHours(2) }, ct);
        await second.SetAsync("journey:1", [4, 5], new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromHours(2) }, ct);

        Assert.Equal([4, 5], await first.GetAsync("journey:1", ct));
        Assert.Null(await first.GetAsync("journey:2", ct));
        await first.RemoveAsync("journey:1", ct);
        Assert.Null(await second.GetAsync("journey:1", ct));
    }

    [Theory]
    [BothProviders]
    public async Task SlidingExpiry_IsMovedOnByEachRead_ButNeverPastTheAbsoluteOne(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var node = Node(database);
        var cache = node.GetRequiredService<IDistributedCache>();
        await cache.SetAsync("sliding", Answers, new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromHours(2) }, ct);
        await cache.SetAsync("capped", Answers, new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromHours(2), AbsoluteExpirationRelativeToNow = TimeSpan.FromHours(3) }, ct);

        _clock.Advance(TimeSpan.FromMinutes(119));
        Assert.NotNull(await cache.GetAsync("sliding", ct));
        Assert.NotNull(await cache.GetAsync("capped", ct));
        _clock.Advance(TimeSpan.FromMinutes(119));
        Assert.NotNull(await cache.GetAsync("sliding", ct));
        Assert.Null(await cache.GetAsync("capped", ct));
        _clock.Advance(TimeSpan.FromMinutes(121));
        Assert.Null(await cache.GetAsync("sliding", ct));
    }

    [Theory]
    [BothProviders]
    public async Task Sweep_DeletesOnlyWhatHasExpired(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var node = Node(database);
        var cache = node.GetRequiredService<IDistributedCache>();
        await cache.SetAsync("short", Answers, new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(10) }, ct);
        await cache.SetAsync("long", Answers, new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromHours(2) }, ct);
        await cache.SetAsync("default", Answers, new DistributedCacheEntryOptions(), ct);

        _clock.Advance(TimeSpan.FromMinutes(30));
        await using var db = database.CreateDbContext();
        var swept = await CacheEntrySweeper.SweepAsync(db, _clock.GetUtcNow(), ct);

        Assert.Equal(2, swept);
        Assert.Equal(["long"], await db.CacheEntries.Select(e => e.Key).ToListAsync(ct));
    }

    [Theory]
    [BothProviders]
    public async Task Set_WithAKeyTooLongOrAnExpiryInThePast_IsRefusedAndWritesNothing(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var node = Node(database);
        var cache = node.GetRequiredService<IDistributedCache>();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => cache.SetAsync(new string('k', 201), Answers, new DistributedCacheEntryOptions(), ct));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => cache.SetAsync("late", Answers, new DistributedCacheEntryOptions { AbsoluteExpiration = _clock.GetUtcNow().AddMinutes(-1) }, ct));

        await using var db = database.CreateDbContext();
        Assert.Equal(0, await db.CacheEntries.CountAsync(ct));
    }

    /// <summary>A web node's services: its own DbContext pool on the shared database, the shared clock.</summary>
    private ServiceProvider Node(TestDatabase database)
    {
        var services = new ServiceCollection();
        services.AddDbContext<FrontDoorDbContext>(builder => DatabaseSetup.Configure(builder, database.Options));
        services.AddSingleton<TimeProvider>(_clock);
        services.AddDatabaseDistributedCache();
        return services.BuildServiceProvider();
    }
}
