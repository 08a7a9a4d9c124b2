using FrontDoor.Matching.Normalisation;

namespace FrontDoor.Matching.Comparison;

/// <summary>
/// A normalised name or street with everything comparisons need worked out once. Tokens are shared
/// between records through a <see cref="TokenPool"/>, so a million Smiths cost one token.
/// </summary>
internal sealed class NameToken
{
    private static readonly char[] Separator = [' '];

    public NameToken(string text, NicknameTable nicknames)
    {
        Text = text;
        Words = text.Contains(' ', StringComparison.Ordinal) ? text.Split(Separator) : [text];
        Phonetic = string.IsInterned(Nysiis.Encode(text)) ?? Nysiis.Encode(text);
        NicknameRoots = nicknames.RootsOf(Words[0]);
        Hash = Hashing.Of(text);
    }

    public string Text { get; }
    public string[] Words { get; }
    public string Phonetic { get; }
    /// <summary>Names the first word descends from in the nickname table; null when it is not in the table.</summary>
    public int[]? NicknameRoots { get; }
    public ulong Hash { get; }

    public bool IsInitial => Text.Length == 1;

    public override string ToString() => Text;
}
