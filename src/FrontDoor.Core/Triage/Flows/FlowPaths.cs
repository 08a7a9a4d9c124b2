using System.Globalization;

namespace FrontDoor.Core.Triage.Flows;

/// <summary>Names a place in a flow file the way its author reads it: "step 3, option 2: next" rather than a JSON Pointer.</summary>
public static class FlowPaths
{
    private static readonly Dictionary<string, string> ItemNames = new(StringComparer.Ordinal)
    {
        ["steps"] = "step",
        ["options"] = "option",
        ["outcomes"] = "outcome",
        ["risks"] = "risk",
    };

    public static string Describe(string location)
    {
        var segments = location.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0)
        {
            return "the flow";
        }

        var parts = new List<string>();
        for (var i = 0; i < segments.Length; i++)
        {
            var isItem = i + 1 < segments.Length && int.TryParse(segments[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out _);
            if (isItem)
            {
                var name = ItemNames.GetValueOrDefault(segments[i], segments[i]);
                parts.Add($"{name} {(int.Parse(segments[i + 1], CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture)}");
                i++;
            }
            else
            {
                parts.Add(segments[i]);
            }
        }

        // The last part is a field when it is not an item: "step 3, option 2: next".
        var last = segments.Length >= 2 && int.TryParse(segments[^1], NumberStyles.None, CultureInfo.InvariantCulture, out _) ? null : parts[^1];
        return last is null || parts.Count == 1
            ? string.Join(", ", parts)
            : $"{string.Join(", ", parts[..^1])}: {last}";
    }
}
