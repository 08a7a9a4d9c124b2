using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text;
using System.Text.Json;
using FrontDoor.Core.Insight;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDoor.Cli.Insight;

/// <summary>
/// <c>frontdoor kpis --from DATE --to DATE [--format table|json]</c>: every KPI for a period, as the managers'
/// dashboard computes it. JSON keys are the catalogue's camelCase keys; shares are fractions 0–1, times seconds.
/// </summary>
public static class KpisCommand
{
    private static readonly string[] Formats = ["table", "json"];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <param name="settings">Configuration over appsettings.json and the environment; tests point the verb at their database.</param>
    public static Command Create(IEnumerable<KeyValuePair<string, string?>>? settings = null)
    {
        var from = new Option<DateOnly?>("--from") { Description = "First day of the period (yyyy-MM-dd, UTC).", Required = true, CustomParser = OptionParsers.Date };
        var to = new Option<DateOnly?>("--to") { Description = "Last day of the period, included (yyyy-MM-dd, UTC).", Required = true, CustomParser = OptionParsers.Date };
        var format = new Option<string>("--format") { Description = "table or json.", DefaultValueFactory = _ => "table", CustomParser = Format };
        var command = new Command("kpis", "The front door's KPIs for a period: contacts, calls, failure demand, outcomes, hand-offs, safeguarding and response times.")
        {
            from, to, format,
        };
        command.Subcommands.Add(KpisRebuildCommand.Create(settings));
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var (start, end) = (parseResult.GetValue(from)!.Value, parseResult.GetValue(to)!.Value);
            if (end < start)
            {
                throw new UsageException($"--to must be the same as or after --from; got {start:yyyy-MM-dd} to {end:yyyy-MM-dd}.");
            }

            await using var session = await CliSession.OpenMigratedAsync(settings, cancellationToken);
            var figures = await new KpiCalculator(session.Db).CalculateAsync(new KpiRange(start, end), cancellationToken: cancellationToken);
            var output = parseResult.InvocationConfiguration.Output;
            await output.WriteAsync(parseResult.GetValue(format) == "json" ? AsJson(figures) : AsTable(figures));
            return CommandLineRunner.Success;
        });
        return command;
    }

    private static string Format(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (!Formats.Contains(text, StringComparer.Ordinal))
        {
            result.AddError($"--format must be table or json; got '{text}'.");
        }

        return text;
    }

    private static string AsJson(KpiFigures figures)
    {
        var json = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["from"] = figures.Range.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = figures.Range.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        foreach (var kpi in KpiCatalogue.All)
        {
            json[kpi.Key] = figures.ValueOf(kpi.Key);
        }

        json["contactsClosed"] = figures.ContactsClosed;
        json["contactsByChannel"] = AsObject(figures.ContactsByChannel);
        json["contactsBySource"] = AsObject(figures.ContactsBySource);
        json["failureDemandReasons"] = AsObject(figures.FailureDemandReasons);
        json["contactsByStage"] = AsObject(figures.ContactsByStage);
        json["referralsByPathway"] = AsObject(figures.ReferralsByPathway);
        json["callsByIvrOption"] = figures.CallsByIvrOption;
        json["waitingListAt"] = figures.WaitingListAt;
        json["waitingListByRisk"] = figures.WaitingListByRisk;
        json["channelByAgeBand"] = figures.ChannelByAgeBand;
        json["channelByArea"] = figures.ChannelByArea;
        json["professionalReferrals"] = figures.ProfessionalReferrals;
        json["missingRequiredFacts"] = AsObject(figures.MissingRequiredFacts);
        return JsonSerializer.Serialize(json, Json) + Environment.NewLine;
    }

    private static Dictionary<string, int> AsObject(IReadOnlyList<KpiCount> counts) => counts.ToDictionary(c => c.Key, c => c.Count, StringComparer.Ordinal);

    private static string AsTable(KpiFigures figures)
    {
        var rows = KpiCatalogue.All.Select(k => (k.Name, Shown(k.Unit, figures.ValueOf(k.Key)))).ToList();
        var width = rows.Max(r => r.Name.Length);
        var table = new StringBuilder($"KPIs for {figures.Range}\n\n");
        foreach (var (name, value) in rows)
        {
            table.Append(name.PadRight(width + 2)).Append(value).Append('\n');
        }

        void Breakdown(string title, IEnumerable<(string Key, string Value)> items)
        {
            var list = items.ToList();
            if (list.Count == 0)
            {
                return;
            }

            table.Append('\n').Append(title).Append('\n');
            foreach (var (key, value) in list)
            {
                table.Append("  ").Append(key.PadRight(width)).Append(value).Append('\n');
            }
        }

        static IEnumerable<(string, string)> Counts(IReadOnlyList<KpiCount> counts) => counts.Select(c => (c.Key, c.Count.ToString("N0", CultureInfo.InvariantCulture)));
        Breakdown("Contacts by channel", Counts(figures.ContactsByChannel));
        Breakdown("Contacts by source", Counts(figures.ContactsBySource));
        Breakdown("Failure demand by reason", Counts(figures.FailureDemandReasons));
        Breakdown("Contacts by Three Conversations stage", Counts(figures.ContactsByStage));
        Breakdown("Referrals by pathway", Counts(figures.ReferralsByPathway));
        Breakdown("Waiting list by risk (waiting, overdue check-ins)", figures.WaitingListByRisk.Select(l => (l.Risk, $"{l.Waiting:N0} waiting, {l.OverdueCheckIns:N0} overdue")));
        Breakdown("Calls by menu option (offered, abandoned)", figures.CallsByIvrOption.Select(o => (o.Option, $"{o.Offered:N0} offered, {o.Abandoned:N0} abandoned ({Shown(KpiUnit.Share, o.AbandonShare)})")));
        return table.ToString();
    }

    private static string Shown(KpiUnit unit, double? value) => value switch
    {
        null => "none",
        { } v when unit == KpiUnit.Share => v.ToString("P1", CultureInfo.InvariantCulture),
        { } v when unit == KpiUnit.Seconds => string.Create(CultureInfo.InvariantCulture, $"{v:N0} s"),
        { } v when unit == KpiUnit.PerContact => v.ToString("N2", CultureInfo.InvariantCulture),
        { } v when unit == KpiUnit.PerHundred => v.ToString("N1", CultureInfo.InvariantCulture),
        { } v when unit == KpiUnit.Pounds => string.Create(CultureInfo.InvariantCulture, $"£{v:N2}"),
        { } v => v.ToString("N0", CultureInfo.InvariantCulture),
    };
}
