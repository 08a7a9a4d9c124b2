using System.Text.RegularExpressions;
using FrontDoor.Matching;

namespace FrontDoor.Core.People.Matching;

/// <summary>
/// Why the engine thinks two records are one person, in the words managers read: each piece of evidence, strongest
/// first, with what counts against marked so. The engine's weights (in bits) stay inside the engine.
/// </summary>
public static partial class DuplicateReasons
{
    public static string InWords(MatchExplanation explanation) =>
        string.Join("; ", explanation.Fields
            .Where(f => f.Weight != 0)
            .OrderByDescending(f => f.Weight > 0)
            .ThenByDescending(f => Math.Abs(f.Weight))
            .Select(f => f.Weight > 0 ? f.Description : $"{f.Description} (against)")
            .Concat(explanation.Note is null ? [] : [explanation.Note]));

    /// <summary>A stored explanation as words, including one stored before this, with "(+12.3 bits)" after each reason.</summary>
    public static string Readable(string stored) =>
        Bits().Replace(stored, match => match.Groups["sign"].Value == "-" ? " (against)" : string.Empty);

    [GeneratedRegex(@"\s*\((?<sign>[+-]?)\d+(?:\.\d+)?\s*bits\)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Bits();
}
