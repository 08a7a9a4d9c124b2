using System.CommandLine;
using FrontDoor.Cli.Triage;

namespace FrontDoor.Cli.Tests.Triage;

public sealed class FlowsCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("frontdoor-flows-");

    [Fact]
    public async Task Validate_TheShippedFlows_ExitsWith0ListingEachFlow()
    {
        var (exitCode, output, error) = await RunAsync("flows", "validate");

        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        Assert.Contains("hospital-discharge (version 1):", output, StringComparison.Ordinal);
        Assert.EndsWith("All 8 flow files in the shipped flows are valid.", output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_AFolderWithABrokenFlow_ExitsWith2NamingTheFileLineAndReason()
    {
        Write("carer.yaml", Shipped("carer.yaml"));
        var broken = Write("hospital-discharge.yaml", Shipped("hospital-discharge.yaml").Replace("    next: medically-optimised", "    next: medically-optimized", StringComparison.Ordinal));
        var line = Array.FindIndex(File.ReadAllLines(broken), l => l.Contains("medically-optimized", StringComparison.Ordinal)) + 1;

        var (exitCode, output, error) = await RunAsync("flows", "validate", _folder.FullName);

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.Equal(
            [$"{broken}:{line}: step \"discharge-date\": next \"medically-optimized\" is not a step or outcome in this flow",
             $"frontdoor: 1 of 2 flow files in {_folder.FullName} are not valid (1 problems)."],
            error.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task Validate_AFolderThatDoesNotExist_ExitsWith2InOneLine()
    {
        var missing = Path.Combine(_folder.FullName, "nope");

        var (exitCode, _, error) = await RunAsync("flows", "validate", missing);

        Assert.Equal(2, exitCode);
        Assert.Equal($"frontdoor: no folder {missing}", error.TrimEnd());
    }

    [Fact]
    public async Task Validate_AFolderWithNoFlowFiles_ExitsWith2()
    {
        Write("notes.txt", "not a flow");

        var (exitCode, _, error) = await RunAsync("flows", "validate", _folder.FullName);

        Assert.Equal(2, exitCode);
        Assert.Equal($"frontdoor: no flow files (*.yaml, *.yml) in {_folder.FullName}", error.TrimEnd());
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await CommandLineRunner.RunAsync(new RootCommand { FlowsCommand.Create() }, args, error, output);
        return (exitCode, output.ToString(), error.ToString());
    }

    private static string Shipped(string name) => FrontDoor.Core.Triage.Flows.TriageFlowFiles.ShippedText(name);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }
}
