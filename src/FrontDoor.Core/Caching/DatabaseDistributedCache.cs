using FrontDoor.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDoor.Core.Caching;

/// <summary>
/// <see cref="IDistributedCache"/> in FrontDoor's own database, so portal journeys and e-form drafts survive a restart
/// and carry on whichever web node the next page lands on. Nothing else to run: SQLite for a pilot, PostgreSQL when
/// there are several nodes. Expired values are never returned and <see cref="Jobs.CacheEntrySweeper"/> deletes them.
/// </summary>
public sealed class DatabaseDistributedCache(IServiceScopeFactory scopes, TimeProvider clock) : IDistributedCache
{
    /// <summary>As Microsoft's SQL Server cache does when a caller gives no expiry.</summary>
    public static readonly TimeSpan DefaultSlidingExpiration = TimeSpan.FromMinutes(20);

    public byte[]? Get(string key) => GetAsync(key).GetAwaiter().GetResult();

    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FrontDoorDbContext>();
        var entry = await ReadLiveAsync(db, key, token);
        return entry?.Value;
    }

    public void Refresh(string key) => RefreshAsync(key).GetAwaiter().GetResult();

    public async Task RefreshAsync(string key, CancellationToken token = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        await ReadLiveAsync(scope.ServiceProvider.GetRequiredService<FrontDoorDbContext>(), key, token);
    }

    public void Remove(string key) => RemoveAsync(key).GetAwaiter().GetResult();

    public async Task RemoveAsync(string key, CancellationToken token = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<FrontDoorDbContext>().CacheEntries.Where(e => e.Key == key).ExecuteDeleteAsync(token);
    }

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => SetAsync(key, value, options).GetAwaiter().GetResult();

    public async Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(key.Length, CacheEntry.MaxKeyLength, nameof(key));
        ArgumentNullException.ThrowIfNull(value);
        var now = clock.GetUtcNow();
        var absolute = options.AbsoluteExpiration?.ToUniversalTime() ?? (now + options.AbsoluteExpirationRelativeToNow);
        if (absolute <= now)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "The absolute expiration must be in the future.");
        }

        var sliding = options.SlidingExpiration ?? (absolute is null ? DefaultSlidingExpiration : null);
        var expiresAt = sliding is { } slide ? CacheEntry.Earliest(now + slide, absolute) : absolute!.Value;

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FrontDoorDbContext>();

        Task<int> OverwriteAsync() => db.CacheEntries.Where(e => e.Key == key).ExecuteUpdateAsync(
            set => set.SetProperty(e => e.Value, value).SetProperty(e => e.ExpiresAt, expiresAt)
                .SetProperty(e => e.SlidingExpiration, sliding).SetProperty(e => e.AbsoluteExpiration, absolute),
            token);

        // Update, else insert: two nodes writing one key leave one row, and the last write wins.
        if (await OverwriteAsync() == 0)
        {
            db.CacheEntries.Add(new CacheEntry(key, value, expiresAt, sliding, absolute));
            try
            {
                await db.SaveChangesAsync(token);
            }
            catch (DbUpdateException)
            {
                // Another node inserted the key between the two statements: write over it.
                db.ChangeTracker.Clear();
                await OverwriteAsync();
            }
        }
    }

    private async Task<CacheEntry?> ReadLiveAsync(FrontDoorDbContext db, string key, CancellationToken token)
    {
        var now = clock.GetUtcNow();
        var entry = await db.CacheEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Key == key, token);
        if (entry is null || entry.HasExpired(now))
        {
            return null;
        }

        if (entry.Slide(now))
        {
            await db.CacheEntries.Where(e => e.Key == key).ExecuteUpdateAsync(set => set.SetProperty(e => e.ExpiresAt, entry.ExpiresAt), token);
        }

        return entry;
    }
}
