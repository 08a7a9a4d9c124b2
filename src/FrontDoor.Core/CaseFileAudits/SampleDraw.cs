using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace FrontDoor.Core.CaseFileAudits;

/// <summary>
/// The random, reproducible part of the monthly sample. The seed is derived from the month and the team's key alone
/// (the first eight bytes of SHA-256 of <c>case-file-audit|YYYY-MM|team</c>), so anyone can redraw a stored sample; a
/// predictable seed gives nothing away, because the sample is drawn from contacts that had closed before it is known.
/// The draw is a seeded Fisher–Yates shuffle (SplitMix64) over the contacts ordered by id, so the same contacts and seed
/// give the same sample on any machine and either database.
/// </summary>
public static class SampleDraw
{
    public static long SeedFor(AuditMonth month, string teamKey)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"case-file-audit|{month}|{teamKey}"));
        return BinaryPrimitives.ReadInt64BigEndian(hash);
    }

    /// <summary>Up to <paramref name="size"/> of the contacts, in the order drawn.</summary>
    public static IReadOnlyList<Guid> Choose(IEnumerable<Guid> contactIds, long seed, int size)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        var ids = contactIds.Order().ToArray();
        var state = unchecked((ulong)seed);
        var take = Math.Min(size, ids.Length);
        for (var i = 0; i < take; i++)
        {
            var j = i + (int)(Next(ref state) % (ulong)(ids.Length - i));
            (ids[i], ids[j]) = (ids[j], ids[i]);
        }

        return ids[..take];
    }

    // SplitMix64: tiny, fully specified, and the same everywhere (System.Random's seeded sequence is not a contract).
    private static ulong Next(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
