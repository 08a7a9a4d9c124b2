namespace FrontDoor.Matching.Comparison;

/// <summary>Stable 64-bit FNV-1a hashes for blocking keys (string.GetHashCode is randomised per process and only 32 bits).</summary>
internal static class Hashing
{
    private const ulong Offset = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    public static ulong Of(ReadOnlySpan<char> text)
    {
        var hash = Offset;
        foreach (var c in text)
        {
            hash = (hash ^ c) * Prime;
        }

        return hash;
    }

    public static ulong Combine(ulong a, ulong b) => ((a ^ (b + 0x9E3779B97F4A7C15 + (a << 6) + (a >> 2))) * Prime) ^ (b >> 29);

    public static ulong Combine(ulong a, long b) => Combine(a, unchecked((ulong)b));
}
