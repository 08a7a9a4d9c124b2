using System.Text;

namespace FrontDoor.Web.Tests.Hosting;

/// <summary>Answers exactly as long as a limit allows, posted the way a browser posts them.</summary>
public static class AtTheLimit
{
    public static string Text(int length, char letter = 'a') => new(letter, length);

    /// <summary>
    /// Lines of 79 characters joined by CRLF, as a browser posts a textarea: <paramref name="length"/> characters
    /// as the page's character count counts them (a line ending is one), more on the wire.
    /// </summary>
    public static string Multiline(int length)
    {
        var text = new StringBuilder();
        for (var i = 0; i < length; i++)
        {
            text.Append(i % 80 == 79 && i != length - 1 ? "\r\n" : "w");
        }

        return text.ToString();
    }

    /// <summary>A well-formed email address of exactly <paramref name="length"/> characters (at least 80).</summary>
    public static string Email(int length)
    {
        const string Local = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
        const string Top = ".example.com";
        var labels = new List<string>();
        var rest = length - Local.Length - 1 - Top.Length;
        while (rest > 63)
        {
            labels.Add(new string('b', 60));
            rest -= 61;
        }

        labels.Add(new string('c', rest));
        return $"{Local}@{string.Join('.', labels)}{Top}";
    }
}
