namespace FrontDoor.Matching.Normalisation;

/// <summary>
/// The New York State Identification and Intelligence System phonetic code (Taft, 1970), the original
/// rules without the six-character truncation so long names keep more of their sound.
/// </summary>
public static class Nysiis
{
    private const int MaxInput = 32;

    /// <summary>The code of a name of lower-case or upper-case letters; other characters are ignored. Empty input gives "".</summary>
    public static string Encode(ReadOnlySpan<char> name)
    {
        Span<char> s = stackalloc char[MaxInput + 2];
        var n = 0;
        foreach (var c in name)
        {
            if (char.IsAsciiLetter(c) && n < MaxInput)
            {
                s[n++] = char.ToUpperInvariant(c);
            }
        }

        if (n == 0)
        {
            return string.Empty;
        }

        n = TranslateFirstCharacters(s, n);
        n = TranslateLastCharacters(s, n);

        Span<char> key = stackalloc char[MaxInput * 3];
        var k = 0;
        key[k++] = s[0];
        Span<char> replacement = stackalloc char[3];
        for (var i = 1; i < n; i++)
        {
            // Each rule writes one to three characters that stand for s[i..]; repeats of the key's last character are dropped.
            var r = 1;
            var c = s[i];
            var next = i + 1 < n ? s[i + 1] : '\0';
            if (c == 'E' && next == 'V')
            {
                replacement[0] = 'A';
                replacement[1] = 'F';
                r = 2;
                i++;
            }
            else if (IsVowel(c))
            {
                replacement[0] = 'A';
            }
            else if (c == 'Q')
            {
                replacement[0] = 'G';
            }
            else if (c == 'Z')
            {
                replacement[0] = 'S';
            }
            else if (c == 'M')
            {
                replacement[0] = 'N';
            }
            else if (c == 'K')
            {
                replacement[0] = next == 'N' ? 'N' : 'C';
            }
            else if (c == 'S' && next == 'C' && i + 2 < n && s[i + 2] == 'H')
            {
                replacement[0] = 'S';
                replacement[1] = 'S';
                replacement[2] = 'S';
                r = 3;
                i += 2;
            }
            else if (c == 'P' && next == 'H')
            {
                replacement[0] = 'F';
                replacement[1] = 'F';
                r = 2;
                i++;
            }
            else if (c == 'H' && (!IsVowel(s[i - 1]) || (next != '\0' && !IsVowel(next))))
            {
                // The previous character as already translated (vowels have become A).
                replacement[0] = key[k - 1];
            }
            else if (c == 'W' && IsVowel(s[i - 1]))
            {
                replacement[0] = 'A';
            }
            else
            {
                replacement[0] = c;
            }

            for (var j = 0; j < r; j++)
            {
                if (key[k - 1] != replacement[j])
                {
                    key[k++] = replacement[j];
                }
            }
        }

        if (k > 1 && key[k - 1] == 'S')
        {
            k--;
        }

        if (k > 2 && key[k - 2] == 'A' && key[k - 1] == 'Y')
        {
            key[k - 2] = 'Y';
            k--;
        }

        if (k > 1 && key[k - 1] == 'A')
        {
            k--;
        }

        return new string(key[..k]);
    }

    private static int TranslateFirstCharacters(Span<char> s, int n)
    {
        if (StartsWith(s, n, "MAC"))
        {
            s[1] = 'C';
        }
        else if (StartsWith(s, n, "KN"))
        {
            s[0] = 'N';
        }
        else if (s[0] == 'K')
        {
            s[0] = 'C';
        }
        else if (StartsWith(s, n, "PH") || StartsWith(s, n, "PF"))
        {
            s[0] = 'F';
            s[1] = 'F';
        }
        else if (StartsWith(s, n, "SCH"))
        {
            s[1] = 'S';
            s[2] = 'S';
        }

        return n;
    }

    private static int TranslateLastCharacters(Span<char> s, int n)
    {
        if (n < 2)
        {
            return n;
        }

        var a = s[n - 2];
        var b = s[n - 1];
        if ((a, b) is ('E', 'E') or ('I', 'E'))
        {
            s[n - 2] = 'Y';
            return n - 1;
        }

        if ((a, b) is ('D', 'T') or ('R', 'T') or ('R', 'D') or ('N', 'T') or ('N', 'D'))
        {
            s[n - 2] = 'D';
            return n - 1;
        }

        return n;
    }

    private static bool StartsWith(Span<char> s, int n, string prefix) =>
        n >= prefix.Length && s[..prefix.Length].SequenceEqual(prefix);

    private static bool IsVowel(char c) => c is 'A' or 'E' or 'I' or 'O' or 'U';
}
