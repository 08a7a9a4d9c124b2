using System.CommandLine;
using FrontDoor.Cli;
using FrontDoor.Cli.Linking;

namespace FrontDoor.Cli.Tests.Linking;

public sealed class LinkingCommandTests : IDisposable
{
    private const string Header = "id,given_name,family_name,known_as,date_of_birth,nhs_number,las_id,house_number,address_line,town,postcode,phone,email";
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("frontdoor-link-");

    [Fact]
    public async Task Dedupe_FindsTheSamePersonDespiteNicknameAndSwappedDate()
    {
        var input = Write("people.csv", $"""
            {Header}
            a1,William,Hargreaves,,14/03/1948,943 476 5919,,12,Church Lane,Loughborough,LE11 3AB,01509 123456,
            a2,Bill,Hargreaves,,03/14/1948,9434765919,,12,Church Lane,Loughborough,le113ab,,
            a3,Margaret,Oakley,,02/07/1939,,,4,Mill Lane,Hinckley,LE10 1AA,,
            """);
        var output = Path.Combine(_folder.FullName, "pairs.csv");

        var exitCode = await CommandLineRunner.RunAsync(new RootCommand { DedupeCommand.Create() }, ["dedupe", "--in", input, "--out", output]);

        Assert.Equal(0, exitCode);
        var lines = await File.ReadAllLinesAsync(output, TestContext.Current.CancellationToken);
        Assert.Equal("id1,id2,probability", lines[0]);
        Assert.Single(lines[1..]);
        Assert.StartsWith("a1,a2,", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dedupe_WithWrongColumnCount_ExitsWith2AndWritesNothing()
    {
        var input = Write("bad.csv", $"{Header}\na1,William,Hargreaves\n");
        var output = Path.Combine(_folder.FullName, "pairs.csv");

        var exitCode = await CommandLineRunner.RunAsync(new RootCommand { DedupeCommand.Create() }, ["dedupe", "--in", input, "--out", output]);

        Assert.Equal(2, exitCode);
        Assert.False(File.Exists(output));
        Assert.Empty(_folder.GetFiles("*.tmp"));
    }

    [Fact]
    public async Task Link_WithThresholdOutOfRange_IsAUsageError()
    {
        var error = new StringWriter();
        var exitCode = await CommandLineRunner.RunAsync(new RootCommand { LinkCommand.Create() },
            ["link", "--left", "l.csv", "--right", "r.csv", "--out", "o.csv", "--threshold", "2"], error);

        Assert.Equal(2, exitCode);
        Assert.Contains("--threshold must be a probability between 0 and 1", error.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }
}
