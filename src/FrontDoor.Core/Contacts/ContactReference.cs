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

    /// <summary>The longest text worth reading as a reference: one typed with spaces between every character.</summary>
    private const int MaxTypedLength = 40;

    /// <summary>
    /// Reads a reference as people type it from a letter or a phone call: any case, spaces or dashes anywhere, with
    /// or without the "FD-" ("fd 4k7m 2qxp" and "4K7M2QXP" are FD-4K7M2QXP).
    /// </summary>
    public static bool TryParse(string? input, out ContactReference reference)
    {
        reference = default;
        if (input is not { Length: > 0 and <= MaxTypedLength })
        {
            return false;
        }

        var code = string.Concat(input.Where(c => !char.IsWhiteSpace(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.DashPunctuation)).ToUpperInvariant();
        if (code.Length == 10 && code.StartsWith("FD", StringComparison.Ordinal))
        {
            code = code[2..];
        }

        if (code.Length != 8 || code.Any(c => !Alphabet.Contains(c, StringComparison.Ordinal)))
        {
            return false;
        }

        reference = new ContactReference("FD-" + code);
        return true;
    }

    public static ContactReference FromStored(string value) => new(value);
}
