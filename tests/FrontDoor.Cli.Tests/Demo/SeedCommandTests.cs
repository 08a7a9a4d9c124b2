using System.CommandLine;
using FrontDoor.Cli;
using FrontDoor.Cli.Demo;

namespace FrontDoor.Cli.Tests.Demo;

public sealed class SeedCommandTests
{
    [Theory]
    [InlineData("--people", "5")]
    [InlineData("--people", "lots")]
    [InlineData("--seed", "forty-two")]
    [InlineData("--until", "2026-02-31")]
    [InlineData("--months", "0")]
    [InlineData("--colour", "blue")]
    public async Task Seed_WithInvalidArgument_IsAUsageErrorWithExitCode2(string option, string value)
    {
        var error = new StringWriter();

        var exitCode = await CommandLineRunner.RunAsync(new RootCommand { SeedCommand.Create() }, ["seed", option, value], error);

        Assert.Equal(2, exitCode);
        var message = error.ToString().Trim();
        Assert.StartsWith("frontdoor: ", message, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", message, StringComparison.Ordinal);
    }
}
