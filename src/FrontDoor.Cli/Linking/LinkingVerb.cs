using System.CommandLine;
using System.Globalization;
using FrontDoor.Matching.Io;
using FrontDoor.Matching.Linking;
using Spectre.Console;

namespace FrontDoor.Cli.Linking;

/// <summary>What the link and dedupe verbs share: options, atomic output, errors as one line and exit code 2.</summary>
internal static class LinkingVerb
{
    public const int MalformedInput = 2;

    public static Option<string> FormatOption() => new Option<string>("--format")
    {
        Description = "Input layout: 'frontdoor' (default, FrontDoor person CSV) or 'febrl'.",
        DefaultValueFactory = _ => "frontdoor",
    }.AcceptOnlyFromAmong("frontdoor", "febrl");

    public static Option<double?> ThresholdOption() => new("--threshold")
    {
        Description = "Lowest match probability to write (default: the link band).",
        CustomParser = OptionParsers.Probability,
    };

    public static CsvLayout Layout(string? format) =>
        string.Equals(format, "febrl", StringComparison.OrdinalIgnoreCase) ? CsvLayout.Febrl : CsvLayout.FrontDoor;

    /// <summary>Runs <paramref name="run"/> writing to a temporary file beside <paramref name="output"/>, moved into place only on success.</summary>
    public static int Run(FileInfo output, Func<TextWriter, IProgress<LinkProgress>, LinkSummary> run)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        var directory = output.DirectoryName ?? ".";
        var temporary = Path.Combine(directory, $".{output.Name}.{Environment.ProcessId}.tmp");
        try
        {
            LinkSummary summary;
            using (var writer = new StreamWriter(temporary))
            {
                summary = run(writer, new StageReporter(console));
            }

            File.Move(temporary, output.FullName, overwrite: true);
            console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                $"[green]{summary.RecordsRead:N0}[/] records read, [green]{summary.CandidatePairsCompared:N0}[/] candidate pairs compared, [green]{summary.PairsWritten:N0}[/] pairs written in {summary.Seconds:0.0} s"));
            console.MarkupLineInterpolated($"[grey]model: {summary.ModelSource}[/]");
            return 0;
        }
        catch (Exception ex) when (ex is CsvFormatException or FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            // One plain line, never wrapped, so scripts and people read the same message.
            Console.Error.WriteLine($"frontdoor: {ex.Message}");
            return MalformedInput;
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    public static TextReader Open(FileInfo file, string role)
    {
        try
        {
            return file.OpenText();
        }
        catch (FileNotFoundException)
        {
            throw new FileNotFoundException($"{role} file not found: {file.FullName}");
        }
    }

    /// <summary>Prints each stage once and comparison progress in tenths.</summary>
    private sealed class StageReporter(IAnsiConsole console) : IProgress<LinkProgress>
    {
        private readonly Lock _gate = new();
        private string? _stage;
        private long _lastTenth = -1;

        public void Report(LinkProgress value)
        {
            lock (_gate)
            {
                if (value.Stage != _stage)
                {
                    _stage = value.Stage;
                    _lastTenth = -1;
                    console.MarkupLineInterpolated($"[grey]{value.Stage}...[/]");
                }

                var tenth = value.Total == 0 ? 10 : value.Done * 10 / value.Total;
                if (value.Done > 0 && tenth > _lastTenth)
                {
                    _lastTenth = tenth;
                    console.MarkupLineInterpolated($"[grey]  {tenth * 10}% ({value.Done:N0} of {value.Total:N0})[/]");
                }
            }
        }
    }
}
