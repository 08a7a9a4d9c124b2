using System.Text;

namespace FrontDoor.Core.Triage.Flows;

/// <summary>Flow files read together: the valid flows, and every problem in the others.</summary>
public sealed record FlowSet(IReadOnlyList<TriageFlow> Flows, IReadOnlyList<FlowProblem> Problems, int Files)
{
    public bool IsValid => Problems.Count == 0;
}

/// <summary>Where flows are read from: the ones shipped inside FrontDoor, or a folder of <c>*.yaml</c> files being written.</summary>
public static class TriageFlowFiles
{
    public const string ShippedResourcePrefix = "FrontDoor.Core.Triage.Flows.Shipped.";

    /// <summary>A flow is a page or two of YAML; anything far larger is not one.</summary>
    public const int MaxFileBytes = 256 * 1024;

    /// <summary>The flows that ship with FrontDoor, embedded so every node runs the same version.</summary>
    public static FlowSet ReadShipped()
    {
        var files = typeof(TriageFlowFiles).Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ShippedResourcePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => (File: name[ShippedResourcePrefix.Length..], Text: (string?)Embedded(name)));
        return Read(files);
    }

    /// <summary>A shipped flow's text by its file name ("carer.yaml").</summary>
    public static string ShippedText(string fileName) => Embedded(ShippedResourcePrefix + fileName);

    /// <summary>A text file embedded in this assembly: the shipped flows and the flow schema.</summary>
    internal static string Embedded(string resourceName)
    {
        using var stream = typeof(TriageFlowFiles).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"FrontDoor.Core has no embedded file {resourceName}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>Every <c>*.yaml</c> and <c>*.yml</c> file in <paramref name="directory"/>, each named by its path.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static FlowSet ReadDirectory(string directory)
    {
        var paths = Directory.EnumerateFiles(directory, "*.yaml").Concat(Directory.EnumerateFiles(directory, "*.yml")).Order(StringComparer.Ordinal).ToList();
        return Read(paths.Select(path => (File: path, Text: new FileInfo(path).Length > MaxFileBytes ? null : File.ReadAllText(path, Encoding.UTF8))));
    }

    /// <param name="files">Each file's name and text; null text for a file too large to read.</param>
    public static FlowSet Read(IEnumerable<(string File, string? Text)> files)
    {
        var flows = new List<TriageFlow>();
        var problems = new List<FlowProblem>();
        var count = 0;
        foreach (var (file, text) in files)
        {
            count++;
            if (text is null || Encoding.UTF8.GetByteCount(text) > MaxFileBytes)
            {
                problems.Add(new FlowProblem(file, 0, $"larger than {MaxFileBytes / 1024} KB: a flow file is a page or two of YAML"));
                continue;
            }

            var result = TriageFlowReader.Read(file, text);
            if (result.Flow is not { } flow)
            {
                problems.AddRange(result.Problems);
            }
            else if (flows.Any(f => f.Id == flow.Id))
            {
                // Only a .yaml and a .yml of the same name can get here, since each file is named by its flow's id.
                problems.Add(new FlowProblem(file, 0, $"a second file for the flow \"{flow.Id}\": keep one"));
            }
            else
            {
                flows.Add(flow);
            }
        }

        return new FlowSet(flows, problems, count);
    }
}
