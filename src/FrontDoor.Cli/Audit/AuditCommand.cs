using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using FrontDoor.Core.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDoor.Cli.Audit;

/// <summary>
/// <c>frontdoor audit person ID [--from DATE] [--to DATE] --format csv|json</c>: who has looked at a person's
/// record, for a subject access request or an investigation. The same report administrators see on the person's
/// page; the export itself goes on the audit trail.
/// </summary>
public static class AuditCommand
{
    private static readonly string[] Formats = ["csv", "json"];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <param name="settings">Configuration over appsettings.json and the environment; tests point the verbs at their database.</param>
    public static Command Create(IEnumerable<KeyValuePair<string, string?>>? settings = null) =>
        new("audit", "Read the audit trail.")
        {
            Person(settings),
        };

    private static Command Person(IEnumerable<KeyValuePair<string, string?>>? settings)
    {
        var id = new Argument<Guid>("ID") { Description = "The person's record id, as in the address of their page (/staff/people/ID).", CustomParser = OptionParsers.Id };
        var from = new Option<DateOnly?>("--from") { Description = "First day to include (yyyy-MM-dd, UTC); default: the start of the trail.", CustomParser = OptionParsers.Date };
        var to = new Option<DateOnly?>("--to") { Description = "Last day to include (yyyy-MM-dd, UTC); default: today.", CustomParser = OptionParsers.Date };
        var format = new Option<string>("--format")
        {
            Description = "csv or json.",
            DefaultValueFactory = _ => "csv",
            CustomParser = Format,
        };
        var command = new Command("person", "Every view, search result, list appearance, export and change that showed the person's record: when, who (id and name), role, what, why and from where, newest first.")
        {
            id, from, to, format,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            if (parseResult.GetValue(from) is { } start && parseResult.GetValue(to) is { } end && end < start)
            {
                throw new UsageException($"--to must be the same as or after --from; got {start:yyyy-MM-dd} to {end:yyyy-MM-dd}.");
            }

            await using var session = await CliSession.OpenMigratedAsync(settings, cancellationToken);
            var report = new PersonAccessReport(session.Db, session.Services.GetRequiredService<TimeProvider>());
            var chosen = parseResult.GetValue(format)!;
            var entries = await report.ExportAsync(
                new PersonAccessQuery(parseResult.GetValue(id), parseResult.GetValue(from), parseResult.GetValue(to)),
                CliSession.Actor, CliSession.AuditOrigin, chosen, cancellationToken);

            var output = parseResult.InvocationConfiguration.Output;
            await output.WriteAsync(chosen == "json" ? AsJson(entries) : AsCsv(entries));
            return CommandLineRunner.Success;
        });
        return command;
    }

    private static string Format(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (!Formats.Contains(text, StringComparer.Ordinal))
        {
            result.AddError($"--format must be csv or json; got '{text}'.");
        }

        return text;
    }

    private static string AsJson(IReadOnlyList<PersonAccessEntry> entries) =>
        JsonSerializer.Serialize(entries.Select(e => new
        {
            e.EventId,
            OccurredAt = e.OccurredAt.UtcDateTime,
            e.ActorId,
            e.ActorName,
            e.ActorRole,
            e.Action,
            What = PersonAccessReport.Describe(e.Action),
            e.RecordType,
            e.RecordId,
            e.Detail,
            e.Origin,
        }), Json) + Environment.NewLine;

    private static string AsCsv(IReadOnlyList<PersonAccessEntry> entries)
    {
        var csv = new StringBuilder("occurred_at_utc,actor_id,actor_name,actor_role,action,what,record_type,record_id,detail,origin\n");
        foreach (var e in entries)
        {
            string?[] cells =
            [
                e.OccurredAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
                e.ActorId, e.ActorName, e.ActorRole, e.Action.ToString(), PersonAccessReport.Describe(e.Action),
                e.RecordType, e.RecordId, e.Detail, e.Origin,
            ];
            csv.AppendJoin(',', cells.Select(Cell)).Append('\n');
        }

        return csv.ToString();
    }

    // Quoted when it must be; a leading = + - @ is defused, so a spreadsheet never runs a name as a formula.
    private static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
