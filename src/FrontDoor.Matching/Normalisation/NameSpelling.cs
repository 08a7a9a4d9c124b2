namespace FrontDoor.Matching.Normalisation;

/// <summary>
/// Two spellings of one spoken given name: Jon and John, Steven and Stephen, Catherine and Katherine, Philip and Phillip,
/// Carl and Karl. Parents do not give two of their children one name spelt two ways, so with the same birth date these
/// are one person recorded twice, not twins. Deliberately narrow: only spellings English reads the same way are folded
/// (a silent h, ph for f and v, a hard c for k, a doubled letter), never a changed vowel or ending, so names that sound
/// different stay apart (Jon and Joan, Jan and Jean, Sean and Shaun), and so do a boy's and a girl's name that differ in
/// a letter (Tony and Toni, Terry and Terri, Jo and Joe, Francis and Frances).
/// </summary>
internal static class NameSpelling
{
    /// <summary>Whether two different given names (normalised, lower case) are one spoken name spelt two ways.</summary>
    public static bool SpokenAlike(string a, string b)
    {
        if (a.Length < 3 || b.Length < 3 || string.Equals(a, b, StringComparison.Ordinal) || a[0] != b[0] && !HardC(a, b))
        {
            return false;
        }

        var x = SpokenKey(a);
        return x.Length >= 3 && string.Equals(x, SpokenKey(b), StringComparison.Ordinal);
    }

    // Catherine and Katherine, Carl and Karl: the only first letters read alike that the key folds.
    private static bool HardC(string a, string b) => a[0] is 'c' or 'k' && b[0] is 'c' or 'k';

    /// <summary>The name with spellings that read alike folded: ph and v to f, a hard c (before a, o, u, l, r or at the end) and ck to k, a silent h dropped, doubled letters single.</summary>
    internal static string SpokenKey(string name)
    {
        Span<char> key = stackalloc char[name.Length];
        var length = 0;
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var next = i + 1 < name.Length ? name[i + 1] : '\0';
            if (!char.IsAsciiLetterLower(c))
            {
                continue;
            }

            if (c == 'p' && next == 'h')
            {
                c = 'f';
                i++;
            }
            else if (c == 'v')
            {
                c = 'f';
            }
            else if (c == 'c' && (next is 'a' or 'o' or 'u' or 'l' or 'r' or 'k' or '\0'))
            {
                c = 'k';
                if (next == 'k')
                {
                    i++;
                }
            }
            else if (c == 'h' && length > 0 && key[length - 1] is not ('s' or 'c'))
            {
                // Silent after a consonant (John, Thomas, Catherine) or a vowel (Sarah, Deborah); sh and ch are sounds of their own.
                continue;
            }

            if (length > 0 && key[length - 1] == c)
            {
                continue;
            }

            key[length++] = c;
        }

        return new string(key[..length]);
    }
}
