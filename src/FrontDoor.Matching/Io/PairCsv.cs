using System.Globalization;
using FrontDoor.Matching.Linking;

namespace FrontDoor.Matching.Io;

/// <summary>Writes pairs as CSV with a given header, probability to six decimal places.</summary>
public static class PairCsv
{
    public static int Write(TextWriter writer, IEnumerable<LinkedPair> pairs, string firstColumn, string secondColumn)
    {
        writer.Write($"{firstColumn},{secondColumn},probability\n");
        var count = 0;
        foreach (var pair in pairs)
        {
            writer.Write(Quote(pair.FirstId));
            writer.Write(',');
            writer.Write(Quote(pair.SecondId));
            writer.Write(',');
            writer.Write(pair.Probability.ToString("0.######", CultureInfo.InvariantCulture));
            writer.Write('\n');
            count++;
        }

        return count;
    }

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\n\r") < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
