using System.Text.RegularExpressions;
using MimeKit;

namespace FrontDoor.Core.Contacts.Email;

/// <summary>
/// Whether an email's text can honestly be read: a sender with an address, a charset FrontDoor knows and text
/// that decoded into words rather than mojibake. What fails is kept raw for a person; it is never guessed at.
/// </summary>
public static partial class EmailReadability
{
    /// <summary>Why the email cannot be read as it is, or null when it can.</summary>
    public static string? Problem(MailboxAddress? sender, MimeMessage message, string body)
    {
        if (sender is null)
        {
            return "it has no usable sender address";
        }

        var textParts = message.BodyParts.OfType<TextPart>().Where(p => !p.IsAttachment).ToList();
        if (textParts.Any(p => p.ContentType.Charset is { Length: > 0 } && CharsetUnknown(p)))
        {
            return "its text is in a character set FrontDoor does not know";
        }

        return LooksLikeMojibake(body) ? "its text did not decode (broken or mislabelled character encoding)" : null;
    }

    /// <summary>
    /// Text that did not decode shows replacement characters, C1 control characters, or UTF-8 read as Latin-1
    /// ("Ã©", "â€™", "Ð¿"). A stray accent is forgiven; a run of them is not text anyone can act on.
    /// </summary>
    public static bool LooksLikeMojibake(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var sample = text.Length <= 20_000 ? text : text[..20_000];
        var broken = sample.Count(c => c == '\uFFFD' || c is >= '\u0080' and <= '\u009F') + MisreadUtf8().Count(sample);
        var letters = sample.Count(c => !char.IsWhiteSpace(c));
        return broken >= 3 && broken * 20 >= letters;
    }

    /// <summary>
    /// Drops MIME boundary lines ("--_000_LO2P…_" and its closing "--") and the part headers under them, left in
    /// the text when a client broke a message's structure; the raw message still holds them.
    /// </summary>
    public static string WithoutStrayBoundaries(string text)
    {
        if (!text.Contains("--", StringComparison.Ordinal))
        {
            return text;
        }

        var kept = new List<string>();
        var inPartHeaders = false;
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            if (BoundaryLine().IsMatch(line))
            {
                inPartHeaders = true;
                continue;
            }

            if (inPartHeaders && PartHeader().IsMatch(line))
            {
                continue;
            }

            inPartHeaders = false;
            kept.Add(line);
        }

        return string.Join('\n', kept);
    }

    /// <summary>The words of a text, lower-cased, for telling whether an email's two parts say the same.</summary>
    public static HashSet<string> Words(string text) =>
        WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);

    private static bool CharsetUnknown(TextPart part)
    {
        try
        {
            return part.ContentType.CharsetEncoding is null;
        }
        catch (NotSupportedException)
        {
            return true;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }

    [GeneratedRegex(@"[ÃÂÐÑâ][\u0080-\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]", RegexOptions.CultureInvariant, 200)]
    private static partial Regex MisreadUtf8();

    // RFC 2046 boundaries: at least one letter or digit (so a line of dashes or "-- " is not one), no spaces.
    [GeneratedRegex(@"^--(?=[^\s]*[A-Za-z0-9])[A-Za-z0-9'()+_,\-./:=?]{6,70}\s*$", RegexOptions.CultureInvariant, 200)]
    private static partial Regex BoundaryLine();

    [GeneratedRegex(@"^(Content-[A-Za-z\-]+|MIME-Version):\s|^\s+\S", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex PartHeader();

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant, 200)]
    private static partial Regex WordPattern();
}
