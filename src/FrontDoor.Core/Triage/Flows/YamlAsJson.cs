using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FrontDoor.Core.Triage.Flows;

/// <summary>
/// A YAML document as JSON, so it can be checked against a JSON Schema, with the line each value came from (by its
/// JSON Pointer), so every problem found later can name the line to fix. Plain scalars follow YAML 1.2's core schema
/// (null, true/false, numbers); quoted ones are always text.
/// </summary>
public sealed partial class YamlAsJson : IDisposable
{
    private readonly Dictionary<string, int> _lines;

    private YamlAsJson(JsonDocument json, Dictionary<string, int> lines)
    {
        Json = json;
        _lines = lines;
    }

    public JsonDocument Json { get; }

    /// <summary>The line of the value at <paramref name="location"/>, or of its nearest ancestor that is in the file.</summary>
    public int LineOf(string location)
    {
        while (true)
        {
            if (_lines.TryGetValue(location, out var line))
            {
                return line;
            }

            var slash = location.LastIndexOf('/');
            if (slash < 0)
            {
                return 0;
            }

            location = location[..slash];
        }
    }

    /// <summary>Reads one YAML document; a syntax error becomes a problem at its line, never an exception.</summary>
    public static YamlAsJson? Read(string file, string text, out FlowProblem? problem)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            problem = new FlowProblem(file, (int)ex.Start.Line, $"not valid YAML: {FirstSentence(ex)}");
            return null;
        }

        if (stream.Documents.Count != 1)
        {
            problem = new FlowProblem(file, 0, stream.Documents.Count == 0 ? "the file is empty" : "a file holds one flow, but this one has several YAML documents");
            return null;
        }

        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(stream.Documents[0].RootNode, string.Empty, writer, lines);
        }

        problem = null;
        return new YamlAsJson(JsonDocument.Parse(buffer.ToArray()), lines);
    }

    public void Dispose() => Json.Dispose();

    private static void Write(YamlNode node, string pointer, Utf8JsonWriter writer, Dictionary<string, int> lines)
    {
        lines[pointer] = (int)node.Start.Line;
        switch (node)
        {
            case YamlMappingNode mapping:
                writer.WriteStartObject();
                foreach (var (key, value) in mapping.Children)
                {
                    var name = key is YamlScalarNode { Value: { } scalar } ? scalar : key.ToString();
                    writer.WritePropertyName(name);
                    var child = $"{pointer}/{Escaped(name)}";
                    Write(value, child, writer, lines);

                    // A list or a block under a key is named by the key's line, where its author looks for it.
                    lines[child] = (int)key.Start.Line;
                }

                writer.WriteEndObject();
                break;
            case YamlSequenceNode sequence:
                writer.WriteStartArray();
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    Write(sequence.Children[i], $"{pointer}/{i.ToString(CultureInfo.InvariantCulture)}", writer, lines);
                }

                writer.WriteEndArray();
                break;
            case YamlScalarNode scalar:
                WriteScalar(scalar, writer);
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }

    private static void WriteScalar(YamlScalarNode scalar, Utf8JsonWriter writer)
    {
        var value = scalar.Value ?? string.Empty;
        if (scalar.Style != ScalarStyle.Plain)
        {
            writer.WriteStringValue(value);
        }
        else if (value is "" or "~" or "null" or "Null" or "NULL")
        {
            writer.WriteNullValue();
        }
        else if (value is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            writer.WriteBooleanValue(value[0] is 't' or 'T');
        }
        else if (IntegerPattern().IsMatch(value) && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            writer.WriteNumberValue(integer);
        }
        else if (FloatPattern().IsMatch(value) && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            writer.WriteNumberValue(number);
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }

    // RFC 6901: "~" and "/" in a name are escaped so the pointer stays unambiguous.
    private static string Escaped(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    private static string FirstSentence(YamlException ex)
    {
        // YamlDotNet prefixes its messages with the position, which the problem already gives as the line.
        var message = ex.Message;
        var closing = message.IndexOf("): ", StringComparison.Ordinal);
        return (closing >= 0 && message.StartsWith('(') ? message[(closing + 3)..] : message).TrimEnd('.');
    }

    [GeneratedRegex(@"^[-+]?[0-9]+$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();
}
