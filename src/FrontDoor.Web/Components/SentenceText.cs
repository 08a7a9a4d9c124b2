namespace FrontDoor.Web.Components;

/// <summary>Words written to stand alone ("Their NHS number") made to read inside a sentence ("Change their NHS number").</summary>
public static class SentenceText
{
    /// <summary>
    /// Lower-cases only the first letter, and not even that when the text starts with an abbreviation ("GP practice",
    /// "NHS number"): labels are written in sentence case, so the rest already reads as GOV.UK writes it.
    /// </summary>
    public static string MidSentence(string text)
    {
        var startsWithAbbreviation = text.Length > 1 && char.IsUpper(text[0]) && char.IsUpper(text[1]);
        return text.Length == 0 || startsWithAbbreviation ? text : char.ToLowerInvariant(text[0]) + text[1..];
    }
}
