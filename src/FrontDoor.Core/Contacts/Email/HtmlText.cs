using System.Text;
using System.Text.RegularExpressions;
using MimeKit.Text;

namespace FrontDoor.Core.Contacts.Email;

/// <summary>
/// Turns an HTML email body into the plain text a person would read, so stories hold text, never markup:
/// scripts, styles and the head are dropped, block elements become line breaks, entities are decoded.
/// </summary>
public static partial class HtmlText
{
    private static readonly HashSet<HtmlTagId> LineBreakingTags =
    [
        HtmlTagId.Br, HtmlTagId.P, HtmlTagId.Div, HtmlTagId.TR, HtmlTagId.LI, HtmlTagId.H1, HtmlTagId.H2, HtmlTagId.H3,
        HtmlTagId.H4, HtmlTagId.H5, HtmlTagId.H6, HtmlTagId.Table, HtmlTagId.UL, HtmlTagId.OL, HtmlTagId.BlockQuote, HtmlTagId.HR,
    ];

    public static string ToPlainText(string html)
    {
        var text = new StringBuilder(html.Length / 2);
        using var reader = new StringReader(html);
        var tokenizer = new HtmlTokenizer(reader) { DecodeCharacterReferences = true };
        var hiddenDepth = 0;
        var cellsInRow = 0;
        while (tokenizer.ReadNextToken(out var token))
        {
            switch (token)
            {
                case HtmlTagToken tag when tag.Id is HtmlTagId.Script or HtmlTagId.Style or HtmlTagId.Head or HtmlTagId.Title:
                    hiddenDepth = Math.Max(0, hiddenDepth + (tag.IsEndTag ? -1 : tag.IsEmptyElement ? 0 : 1));
                    break;
                case HtmlTagToken tag when tag.Id is HtmlTagId.TD or HtmlTagId.TH && !tag.IsEndTag:
                    // Cells keep their columns apart ("DOB | 03-Jun-1944"), so a label cell without a colon still reads as one.
                    text.Append(cellsInRow++ == 0 ? " " : " | ");
                    break;
                case HtmlTagToken tag when tag.Id == HtmlTagId.TR:
                    cellsInRow = 0;
                    text.Append('\n');
                    break;
                case HtmlTagToken tag when LineBreakingTags.Contains(tag.Id):
                    text.Append('\n');
                    break;
                case HtmlScriptDataToken:
                    break;
                case HtmlDataToken data when hiddenDepth == 0:
                    text.Append(data.Data);
                    break;
            }
        }

        // HTML collapses whitespace; so do we, keeping the line breaks the blocks gave.
        var lines = text.ToString().Replace('\u00A0', ' ').Split('\n').Select(line => Spaces().Replace(line, " ").Trim());
        return BlankLines().Replace(string.Join('\n', lines), "\n\n").Trim();
    }

    [GeneratedRegex(@"[ \t\r\f\v]+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\n{3,}", RegexOptions.CultureInvariant)]
    private static partial Regex BlankLines();
}
