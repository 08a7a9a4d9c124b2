namespace FrontDoor.Core.Demo;

/// <summary>
/// The one source of randomness for the demo county. A seeded <see cref="Random"/> gives the same sequence on
/// every run, so the same seed always builds the same county, Guids included.
/// </summary>
internal sealed class DemoRandom(int seed)
{
    private readonly Random _random = new(seed);

    public int Next(int maxExclusive) => _random.Next(maxExclusive);

    public int Between(int minInclusive, int maxInclusive) => _random.Next(minInclusive, maxInclusive + 1);

    public double NextDouble() => _random.NextDouble();

    public bool Chance(double probability) => _random.NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>Favours the start of the list, the way a few surnames and names are much commoner than the rest.</summary>
    public T PickSkewed<T>(IReadOnlyList<T> items) => items[(int)(items.Count * Math.Pow(_random.NextDouble(), 2.2))];

    /// <summary>Picks by weight: <c>weights[i]</c> is the relative share of option i.</summary>
    public T PickWeighted<T>(IReadOnlyList<(T Value, double Weight)> options)
    {
        var total = 0.0;
        foreach (var option in options)
        {
            total += option.Weight;
        }

        var roll = _random.NextDouble() * total;
        foreach (var option in options)
        {
            roll -= option.Weight;
            if (roll < 0)
            {
                return option.Value;
            }
        }

        return options[^1].Value;
    }

    public Guid NextGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // version 4
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes);
    }

    public string Digits(int count)
    {
        Span<char> chars = stackalloc char[count];
        for (var i = 0; i < count; i++)
        {
            chars[i] = (char)('0' + _random.Next(10));
        }

        return new string(chars);
    }
}
