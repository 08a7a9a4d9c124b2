using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using FrontDoor.Core.Insight.Staffing;

namespace FrontDoor.Cli.Staffing;

/// <summary>
/// <c>frontdoor staffing --arrivals-per-hour X --aht-seconds Y --agents N --answer-within-seconds T [--patience-seconds P] --format json|text</c>:
/// what a rota of N advisors gives for one interval's calls, by Erlang C, or Erlang A when callers' patience is given.
/// Needs no database.
/// </summary>
public static class StaffingCommand
{
    private static readonly string[] Formats = ["json", "text"];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static Command Create()
    {
        var arrivals = new Option<double>("--arrivals-per-hour")
        {
            Description = "Calls offered per hour in the interval.",
            Required = true,
            CustomParser = r => OptionParsers.NumberBetween(r, 0, QueueInputs.MostArrivalsPerHour),
        };
        var handling = new Option<double>("--aht-seconds")
        {
            Description = "Average handling time of a call, in seconds (talk and wrap-up).",
            Required = true,
            CustomParser = r => Positive(r, QueueInputs.LongestSeconds),
        };
        var agents = new Option<int>("--agents")
        {
            Description = "Advisors taking calls in the interval.",
            Required = true,
            CustomParser = r => OptionParsers.IntegerBetween(r, 0, QueueInputs.MostAgents),
        };
        var within = new Option<double>("--answer-within-seconds")
        {
            Description = "The target answer time: the service level is the share answered within it.",
            Required = true,
            CustomParser = r => OptionParsers.NumberBetween(r, 0, QueueInputs.LongestSeconds),
        };
        var patience = new Option<double?>("--patience-seconds")
        {
            Description = "Callers' average patience in the queue, in seconds; given, the model is Erlang A and abandonment is predicted.",
            CustomParser = r => Positive(r, QueueInputs.LongestSeconds),
        };
        var format = new Option<string>("--format")
        {
            Description = "json or text.",
            DefaultValueFactory = _ => "text",
            CustomParser = Format,
        };
        var command = new Command("staffing", "Predict the probability of waiting, the service level and the average speed of answer (and, with patience, the abandon rate) for one interval's calls and advisors.")
        {
            arrivals, handling, agents, within, patience, format,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var queue = new QueueInputs(parseResult.GetValue(arrivals), parseResult.GetValue(handling), parseResult.GetValue(agents),
                parseResult.GetValue(within), parseResult.GetValue(patience));
            var forecast = QueueForecast.For(queue);
            var output = parseResult.InvocationConfiguration.Output;
            await output.WriteAsync(parseResult.GetValue(format) == "json" ? AsJson(queue, forecast) : AsText(queue, forecast));
            return CommandLineRunner.Success;
        });
        return command;
    }

    private static string AsJson(QueueInputs queue, QueueForecast forecast) =>
        JsonSerializer.Serialize(new
        {
            Model = queue.AveragePatienceSeconds is null ? "erlangC" : "erlangA",
            forecast.State,
            OfferedLoadErlangs = forecast.OfferedLoad,
            forecast.Prediction?.ProbabilityOfWaiting,
            forecast.Prediction?.ServiceLevel,
            forecast.Prediction?.AverageSpeedOfAnswerSeconds,
            forecast.Prediction?.AbandonRate,
            Message = forecast.State == QueueState.TooFewAgents ? TooFewAgents(queue, forecast) : null,
        }, Json) + Environment.NewLine;

    private static string AsText(QueueInputs queue, QueueForecast forecast)
    {
        var lines = new List<string> { string.Create(CultureInfo.InvariantCulture, $"Offered load: {forecast.OfferedLoad:0.###} Erlangs on {queue.Agents} agents ({(queue.AveragePatienceSeconds is null ? "Erlang C" : "Erlang A")}).") };
        if (forecast.State == QueueState.TooFewAgents)
        {
            lines.Add(TooFewAgents(queue, forecast));
        }

        if (forecast.Prediction is { } p)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"Probability of waiting: {p.ProbabilityOfWaiting:P1}"));
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"Answered within {queue.AnswerWithinSeconds:0.#} s: {p.ServiceLevel:P1}"));
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"Average speed of answer: {p.AverageSpeedOfAnswerSeconds:0.#} s"));
            if (p.AbandonRate is { } abandoned)
            {
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"Abandoned: {abandoned:P1}"));
            }
        }

        return string.Join(Environment.NewLine, lines) + Environment.NewLine;
    }

    private static string TooFewAgents(QueueInputs queue, QueueForecast forecast) =>
        string.Create(CultureInfo.InvariantCulture, $"Too few agents: {forecast.OfferedLoad:0.###} Erlangs offered to {queue.Agents} agents, ") +
        (queue.AveragePatienceSeconds is null
            ? "so the queue grows without end and no figures exist; add agents or give --patience-seconds."
            : "so the queue is held down only by callers giving up.");

    private static double Positive(ArgumentResult result, double max)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value == 0)
        {
            result.AddError($"{(result.Parent as OptionResult)?.Option.Name} must be more than 0; got {text}.");
            return value;
        }

        return OptionParsers.NumberBetween(result, 0, max);
    }

    private static string Format(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (!Formats.Contains(text, StringComparer.Ordinal))
        {
            result.AddError($"--format must be json or text; got '{text}'.");
        }

        return text;
    }
}
