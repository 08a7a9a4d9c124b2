using System.CommandLine;
using System.Text.Json;
using FrontDoor.Cli;
using FrontDoor.Cli.Staffing;

namespace FrontDoor.Cli.Tests.Staffing;

public sealed class StaffingCommandTests
{
    [Fact]
    public async Task Staffing_AsJson_PrintsErlangCFiguresForTheWorkedExample()
    {
        var (exitCode, output, error) = await RunAsync("staffing", "--arrivals-per-hour", "200", "--aht-seconds", "180", "--agents", "13", "--answer-within-seconds", "20", "--format", "json");

        Assert.Equal((0, ""), (exitCode, error));
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(("erlangC", "enoughAgents"), (root.GetProperty("model").GetString(), root.GetProperty("state").GetString()));
        Assert.Equal(0.2853, root.GetProperty("probabilityOfWaiting").GetDouble(), 0.00005);
        Assert.Equal(0.7956, root.GetProperty("serviceLevel").GetDouble(), 0.00005);
        Assert.Equal(17.1, root.GetProperty("averageSpeedOfAnswerSeconds").GetDouble(), 0.05);
        Assert.False(root.TryGetProperty("abandonRate", out _));
    }

    [Fact]
    public async Task Staffing_WithPatience_AddsTheAbandonRate()
    {
        var (exitCode, output, _) = await RunAsync("staffing", "--arrivals-per-hour", "120", "--aht-seconds", "300", "--agents", "11", "--answer-within-seconds", "60", "--patience-seconds", "180", "--format", "json");

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("erlangA", root.GetProperty("model").GetString());
        Assert.InRange(root.GetProperty("abandonRate").GetDouble(), 0.01, 0.5);
        Assert.InRange(root.GetProperty("serviceLevel").GetDouble(), 0, 1);
    }

    [Fact]
    public async Task Staffing_WithTooFewAgents_SaysSoInsteadOfGivingNumbers()
    {
        var (exitCode, output, _) = await RunAsync("staffing", "--arrivals-per-hour", "200", "--aht-seconds", "180", "--agents", "10", "--answer-within-seconds", "20", "--format", "json");

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("tooFewAgents", root.GetProperty("state").GetString());
        Assert.StartsWith("Too few agents: 10 Erlangs offered to 10 agents", root.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.False(root.TryGetProperty("probabilityOfWaiting", out _));
        Assert.False(root.TryGetProperty("serviceLevel", out _));
        Assert.False(root.TryGetProperty("averageSpeedOfAnswerSeconds", out _));
    }

    [Fact]
    public async Task Staffing_AsText_SaysTooFewAgentsInWords()
    {
        var (exitCode, output, _) = await RunAsync("staffing", "--arrivals-per-hour", "200", "--aht-seconds", "180", "--agents", "9", "--answer-within-seconds", "20");

        Assert.Equal(0, exitCode);
        Assert.Contains("Too few agents", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Probability of waiting", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("frontdoor: --arrivals-per-hour must be a number; got 'lots'.", "--arrivals-per-hour", "lots", "--aht-seconds", "180", "--agents", "10", "--answer-within-seconds", "20")]
    [InlineData("frontdoor: --aht-seconds must be more than 0; got 0.", "--arrivals-per-hour", "100", "--aht-seconds", "0", "--agents", "10", "--answer-within-seconds", "20")]
    [InlineData("frontdoor: --agents must be a whole number; got '2.5'.", "--arrivals-per-hour", "100", "--aht-seconds", "180", "--agents", "2.5", "--answer-within-seconds", "20")]
    [InlineData("frontdoor: --answer-within-seconds must be between 0 and 86,400; got -5.", "--arrivals-per-hour", "100", "--aht-seconds", "180", "--agents", "10", "--answer-within-seconds", "-5")]
    [InlineData("frontdoor: --patience-seconds must be more than 0; got 0.", "--arrivals-per-hour", "100", "--aht-seconds", "180", "--agents", "10", "--answer-within-seconds", "20", "--patience-seconds", "0")]
    [InlineData("frontdoor: --format must be json or text; got 'xml'.", "--arrivals-per-hour", "100", "--aht-seconds", "180", "--agents", "10", "--answer-within-seconds", "20", "--format", "xml")]
    public async Task Staffing_WithBadInput_PrintsOneLineAndExitsWith2(string message, params string[] options)
    {
        var (exitCode, output, error) = await RunAsync(["staffing", .. options]);

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.Equal(message, error.Trim());
    }

    [Fact]
    public async Task Staffing_WithoutAgents_IsAUsageError()
    {
        var (exitCode, _, error) = await RunAsync("staffing", "--arrivals-per-hour", "100", "--aht-seconds", "180", "--answer-within-seconds", "20");

        Assert.Equal(2, exitCode);
        Assert.StartsWith("frontdoor: ", error, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await CommandLineRunner.RunAsync(new RootCommand { StaffingCommand.Create() }, args, error, output);
        return (exitCode, output.ToString(), error.ToString());
    }
}
