using System.CommandLine;
using FrontDoor.Cli;
using FrontDoor.Cli.Telephony;

namespace FrontDoor.Cli.Tests.Telephony;

public sealed class ImportCallsCommandTests
{
    [Fact]
    public async Task ImportCalls_WithMissingFile_IsAUsageErrorNamingTheFile()
    {
        var error = new StringWriter();
        var missing = Path.Combine(Path.GetTempPath(), $"no-such-calls-{Guid.NewGuid():N}.csv");

        var exitCode = await CommandLineRunner.RunAsync(new RootCommand { ImportCallsCommand.Create() }, ["import-calls", missing], error);

        Assert.Equal(2, exitCode);
        Assert.Equal($"frontdoor: {missing} does not exist.", error.ToString().Trim());
    }

    [Fact]
    public async Task ImportCalls_WithoutFile_IsAUsageError()
    {
        var error = new StringWriter();

        var exitCode = await CommandLineRunner.RunAsync(new RootCommand { ImportCallsCommand.Create() }, ["import-calls"], error);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("frontdoor: ", error.ToString(), StringComparison.Ordinal);
    }
}
