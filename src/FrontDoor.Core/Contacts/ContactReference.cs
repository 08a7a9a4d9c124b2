using System.Security.Cryptography;

namespace FrontDoor.Core.Contacts;

/// <summary>
/// The reference people quote back: "FD-" and eight characters from an alphabet without look-alikes (no 0/O,
/// 1/I/L), so it can be read over the phone.
/// </summary>
public readonly record struct ContactReference
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    private ContactReference(string value) => Value = value;

    public string Value { get; }

    public override string ToString() => Value;

    public static ContactReference New() => FromRandom(RandomNumberGenerator.GetInt32);

    /// <summary>Deterministic references for the demo county; <paramref name="next"/> returns 0 ≤ n &lt; max.</summary>
    public static ContactReference FromRandom(Func<int, int> next)
    {
        Span<char> chars = stackalloc char[11];
        "FD-".AsSpan().CopyTo(chars);
        for (var i = 3; i < chars.Length; i++)
        {
            chars[i] = Alphabet[next(Alphabet.Length)];
        }

        return new ContactReference(new string(chars));
    }

    public static bool TryParse(string? input, out ContactReference reference)
    {
        reference = default;
        var value = input?.Trim().ToUpperInvariant();
        if (value is not { Length: 11 } || !value.StartsWith("FD-", StringComparison.Ordinal) || value[3..].Any(c => !Alphabet.Contains(c, StringComparison.Ordinal)))
        {
            return false;
        }

        reference = new ContactReference(value);
        return true;
    }

    public static ContactReference FromStored(string value) => new(value);
}
