namespace FrontDoor.Core.Caching;

/// <summary>One value of the shared cache: a journey's answers between pages, already encrypted by its owner.</summary>
public sealed class CacheEntry
{
    public const int MaxKeyLength = 200;

    public CacheEntry(string key, byte[] value, DateTimeOffset expiresAt, TimeSpan? slidingExpiration, DateTimeOffset? absoluteExpiration)
    {
        Key = key;
        Value = value;
        ExpiresAt = expiresAt;
        SlidingExpiration = slidingExpiration;
        AbsoluteExpiration = absoluteExpiration;
    }

    public string Key { get; private set; }

    public byte[] Value { get; private set; }

    /// <summary>When the value stops being returned (and the sweeper deletes it).</summary>
    public DateTimeOffset ExpiresAt { get; private set; }

    public TimeSpan? SlidingExpiration { get; private set; }

    /// <summary>The latest it may live, however often it is read.</summary>
    public DateTimeOffset? AbsoluteExpiration { get; private set; }

    public bool HasExpired(DateTimeOffset now) => ExpiresAt <= now;

    /// <summary>A read moves a sliding expiry on, never past the absolute one.</summary>
    public bool Slide(DateTimeOffset now)
    {
        if (SlidingExpiration is not { } sliding)
        {
            return false;
        }

        ExpiresAt = Earliest(now + sliding, AbsoluteExpiration);
        return true;
    }

    internal static DateTimeOffset Earliest(DateTimeOffset time, DateTimeOffset? other) => other is { } limit && limit < time ? limit : time;
}
