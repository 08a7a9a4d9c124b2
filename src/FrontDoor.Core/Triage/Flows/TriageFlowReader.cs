using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using FrontDoor.Core.Contacts;
using Json.Schema;

namespace FrontDoor.Core.Triage.Flows;

/// <summary>A flow file read: the flow, or every problem found in it (never both).</summary>
public sealed record FlowReadResult(TriageFlow? Flow, IReadOnlyList<FlowProblem> Problems)
{
    public bool IsValid => Flow is not null;
}

/// <summary>
/// Reads a triage flow file (YAML) and says everything wrong with it, each at its line: first its shape, against
/// <c>flow.schema.json</c> (the same schema editors use), then the rules a schema cannot say — ids unique, every branch
/// leading somewhere, every step reachable, no loops, the file named after the flow.
/// </summary>
public static class TriageFlowReader
{
    public const string SchemaResourceName = "FrontDoor.Core.Triage.Flows.flow.schema.json";

    private static readonly Lazy<(JsonSchema Schema, JsonDocument Document)> Schema = new(LoadSchema);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
    };

    /// <summary>The schema as shipped, for documentation and for editors (<c>frontdoor flows schema</c>).</summary>
    public static string SchemaText => TriageFlowFiles.Embedded(SchemaResourceName);

    public static FlowReadResult Read(string file, string text)
    {
        using var yaml = YamlAsJson.Read(file, text, out var syntaxProblem);
        if (yaml is null)
        {
            return new FlowReadResult(null, [syntaxProblem!]);
        }

        var shapeProblems = ShapeProblems(file, yaml);
        if (shapeProblems.Count > 0)
        {
            return new FlowReadResult(null, shapeProblems);
        }

        var flow = yaml.Json.RootElement.Deserialize<FlowFile>(Json)!.ToFlow();
        var ruleProblems = FlowRules.Problems(file, flow, yaml);
        return ruleProblems.Count > 0 ? new FlowReadResult(null, ruleProblems) : new FlowReadResult(flow, []);
    }

    private static List<FlowProblem> ShapeProblems(string file, YamlAsJson yaml)
    {
        var (schema, schemaDocument) = Schema.Value;
        var results = schema.Evaluate(yaml.Json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return [];
        }

        var problems = new List<FlowProblem>();
        foreach (var detail in results.Details ?? [])
        {
            if (detail.Errors is not { Count: > 0 } errors)
            {
                continue;
            }

            var pointer = detail.InstanceLocation.ToString();
            var schemaPointer = Uri.UnescapeDataString(detail.SchemaLocation.Fragment.TrimStart('#'));
            foreach (var keyword in errors.Keys)
            {
                var reason = Reason(keyword, errors[keyword], pointer, schemaPointer, yaml.Json.RootElement, schemaDocument.RootElement);
                var problem = new FlowProblem(file, yaml.LineOf(pointer), reason);
                if (!problems.Contains(problem))
                {
                    problems.Add(problem);
                }
            }
        }

        return [.. problems.OrderBy(p => p.Line)];
    }

    private static string Reason(string keyword, string message, string pointer, string schemaPointer, JsonElement instance, JsonElement schema)
    {
        var value = Find(instance, pointer);
        // The schema location names the subschema that failed; the keyword's own value (the enum's list) sits under it.
        var rule = Find(schema, $"{schemaPointer}/{keyword}");
        var where = FlowPaths.Describe(pointer);
        if (schemaPointer.EndsWith("/additionalProperties", StringComparison.Ordinal))
        {
            var slash = pointer.LastIndexOf('/');
            return $"{FlowPaths.Describe(pointer[..slash])}: \"{pointer[(slash + 1)..]}\" is not a field here";
        }

        switch (keyword)
        {
            case "required" when value is { ValueKind: JsonValueKind.Object } obj && rule is { ValueKind: JsonValueKind.Array } names:
                var missing = names.EnumerateArray().Select(n => n.GetString()!).Where(n => !obj.TryGetProperty(n, out _)).ToList();
                return $"{where}: missing {string.Join(", ", missing)}";
            case "enum" when rule is { ValueKind: JsonValueKind.Array } allowed:
                return $"{where}: {Quoted(value)} is not one of {string.Join(", ", allowed.EnumerateArray().Select(a => a.GetString()))}";
            case "pattern" when schemaPointer == "/$defs/id":
                return $"{where}: {Quoted(value)} is not an id: use lower-case letters, digits and single hyphens, starting with a letter, like hospital-discharge";
            case "pattern":
                return $"{where}: {Quoted(value)} is not an answer key: lower-case letters, digits, dots and hyphens, like concern.details";
            case "type" when rule is { } type:
                return $"{where}: should be {TypeWords(type)}";
            case "maxLength" when rule is { } max:
                return $"{where}: longer than {max.GetInt32().ToString(CultureInfo.InvariantCulture)} characters";
            case "minLength":
                return $"{where}: empty";
            case "minItems" when rule is { } min:
                return $"{where}: needs at least {min.GetInt32().ToString(CultureInfo.InvariantCulture)}";
            case "maxItems" when rule is { } max:
                return $"{where}: more than {max.GetInt32().ToString(CultureInfo.InvariantCulture)}";
            case "uniqueItems":
                return $"{where}: a value is listed twice";
            case "minimum" when rule is { } min:
                return $"{where}: should be {min.GetInt32().ToString(CultureInfo.InvariantCulture)} or more";
            default:
                return $"{where}: {message.TrimEnd('.')}";
        }
    }

    private static string TypeWords(JsonElement type) => type.GetString() switch
    {
        "object" => "a set of fields",
        "array" => "a list",
        "string" => "text",
        "integer" => "a whole number",
        var other => $"a {other}",
    };

    private static string Quoted(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.String } s => $"\"{s.GetString()}\"",
        { } other => other.GetRawText(),
        null => "nothing",
    };

    /// <summary>Walks a JSON Pointer (RFC 6901) into an element; null when it leads nowhere.</summary>
    private static JsonElement? Find(JsonElement root, string pointer)
    {
        var current = root;
        foreach (var raw in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var segment = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(segment, out var child))
            {
                current = child;
            }
            else if (current.ValueKind == JsonValueKind.Array && int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < current.GetArrayLength())
            {
                current = current[index];
            }
            else
            {
                return null;
            }
        }

        return current;
    }

    private static (JsonSchema, JsonDocument) LoadSchema()
    {
        var text = SchemaText;
        return (JsonSchema.FromText(text), JsonDocument.Parse(text));
    }

    // The file's shape, as the schema has already checked it; lists may be absent in the file.
    private sealed record FlowFile(string Id, string Title, int Version, string Summary, string Start, List<StepFile> Steps, List<OutcomeFile> Outcomes)
    {
        public TriageFlow ToFlow() => new(Id, Title, Version, Summary, Start, [.. Steps.Select(s => s.ToStep())], [.. Outcomes.Select(o => new FlowOutcome(o.Id, o.Title, o.Outcome, o.Priority, o.Advice))]);
    }

    private sealed record StepFile(string Id, string Question, string? Hint, string? Say, FlowAnswerKind Answer, string? Prefill, string? Next, List<OptionFile>? Options)
    {
        public FlowStep ToStep() => new(Id, Question, Hint, Say, Answer, Prefill, Next, [.. (Options ?? []).Select(o => new FlowOption(o.Value, o.Label, o.Next, o.Advice, o.Risks ?? []))]);
    }

    private sealed record OptionFile(string Value, string Label, string Next, string? Advice, List<TriageRisk>? Risks);

    private sealed record OutcomeFile(string Id, string? Title, ContactOutcome Outcome, TriagePriority Priority, string Advice);
}
