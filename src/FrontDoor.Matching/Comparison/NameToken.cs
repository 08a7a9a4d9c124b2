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
        if (nicknames.Lookup(Words[0]) is var (id, equivalents))
        {
            NicknameId = id;
            NicknameEquivalents = equivalents;
        }
        else
        {
            NicknameId = -1;
        }
        Hash = Hashing.Of(text);
    }

    public string Text { get; }
    public string[] Words { get; }
    public string Phonetic { get; }
    /// <summary>The first word's id in the nickname table, -1 when it is not there.</summary>
    public int NicknameId { get; }

    /// <summary>Ids of the names the first word is a known form of (sorted); null when it is not in the table.</summary>
    public int[]? NicknameEquivalents { get; }
    public ulong Hash { get; }

    public bool IsInitial => Text.Length == 1;

    /// <summary>
    /// How many of the owning index's records carry this as a given (or known-as) name, and as a family name: the term
    /// frequencies that make a rare name count for more. Changed only under the index's write lock; 0 outside an index.
    /// </summary>
    public int GivenUses;

    /// <inheritdoc cref="GivenUses"/>
    public int FamilyUses;

    public override string ToString() => Text;
}
