using System.Collections.Concurrent;
using FrontDoor.Matching.Normalisation;

namespace FrontDoor.Matching.Comparison;

/// <summary>Shares <see cref="NameToken"/>s between records. Safe for concurrent use.</summary>
internal sealed class TokenPool(NicknameTable nicknames)
{
    private readonly ConcurrentDictionary<string, NameToken> _tokens = new(StringComparer.Ordinal);

    public NicknameTable Nicknames { get; } = nicknames;

    public int Count => _tokens.Count;

    /// <summary>The shared token, adding it when new (for records that are being stored).</summary>
    public NameToken? Intern(string? normalised) =>
        normalised is null ? null : _tokens.GetOrAdd(normalised, static (text, n) => new NameToken(text, n), Nicknames);

    /// <summary>The shared token when known, else a private one (for queries, so junk never grows the pool).</summary>
    public NameToken? Lookup(string? normalised) =>
        normalised is null ? null : _tokens.TryGetValue(normalised, out var token) ? token : new NameToken(normalised, Nicknames);
}
