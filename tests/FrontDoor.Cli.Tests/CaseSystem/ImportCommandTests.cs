using System.CommandLine;
using FrontDoor.Cli;
using FrontDoor.Cli.CaseSystem;
using FrontDoor.Core.Data;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Cli.Tests.CaseSystem;

public sealed class ImportCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("frontdoor-import-");

    [Theory]
    [BothProviders]
    public async Task ImportPeople_PrintsTheReport_AndRunAgainSaysNothingChanged(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var people = Write("people.csv", "person_id,given_name,family_name,date_of_birth\r\nL100,Mary,Jones,02/03/1940\r\nL101,Pat,O'Brien,1950-12-31\r\n");

        var first = await RunAsync(database, "import", "people", people);
        var second = await RunAsync(database, "import", "people", people);

        Assert.Equal((0, "people.csv: 2 rows read: 2 added, 0 changed, 0 unchanged, 0 ended, 0 refused."), (first.ExitCode, first.Output.Trim()));
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(
            ["people.csv: 2 rows read: 0 added, 0 changed, 2 unchanged, 0 ended, 0 refused.", "Nothing changed: FrontDoor already held everything in this file."],
            second.Output.Trim().Split(Environment.NewLine));
        await using var db = database.CreateDbContext();
        Assert.Equal(2, await db.People.CountAsync(ct));
    }

    [Fact]
    public async Task ImportPeople_WithBadRows_ListsThemByLine_ImportsTheRest_AndExitsWith2()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        var people = Write("people.csv", "person_id,given_name,family_name,date_of_birth\nL100,Mary,Jones,1940-02-30\nL101,Pat,O'Brien,1950-12-31\n");

        var result = await RunAsync(database, "import", "people", people);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("people.csv: Line 2: date_of_birth is not a date in the form 1950-03-31 or 31/03/1950", result.Error.Trim());
        Assert.Equal("people.csv: 2 rows read: 1 added, 0 changed, 0 unchanged, 0 ended, 1 refused.", result.Output.Trim());
    }

    [Fact]
    public async Task ImportFull_LeavingOutMostPeople_EndsNothingAndExitsWith2_UntilALargeRemovalIsAllowed()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        var everyone = Write("people.csv", "person_id,given_name,family_name\n" + string.Concat(Enumerable.Range(1, 100).Select(i => $"P{i},Ann,Smith{i}\n")));
        var cutShort = Write("people-full.csv", "person_id,given_name,family_name\nP1,Ann,Smith1\n");
        Assert.Equal(0, (await RunAsync(database, "import", "people", everyone)).ExitCode);

        var heldBack = await RunAsync(database, "import", "people", "--full", cutShort);
        var allowed = await RunAsync(database, "import", "people", "--full", "--allow-large-removal", cutShort);

        Assert.Equal(2, heldBack.ExitCode);
        Assert.StartsWith("people-full.csv: the full file leaves out 99 people", heldBack.Error, StringComparison.Ordinal);
        Assert.EndsWith("import it again allowing a large removal (--allow-large-removal).", heldBack.Error.Trim(), StringComparison.Ordinal);
        Assert.Equal((0, "people-full.csv: 1 rows read: 0 added, 0 changed, 1 unchanged, 99 ended, 0 refused."), (allowed.ExitCode, allowed.Output.Trim()));
        await using var db = database.CreateDbContext();
        Assert.Equal(99, await db.People.CountAsync(p => p.LeftCaseSystemAt != null, ct));
    }

    [Fact]
    public async Task ImportAllocations_GivenAPeopleExport_IsRefusedWholeInOneLine_WithExitCode2()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        var people = Write("people.csv", "person_id,given_name,family_name\nL100,Mary,Jones\n");

        var result = await RunAsync(database, "import", "allocations", people);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            "frontdoor: people.csv: this is not an allocations export: it has no allocation_id, start_date columns (an allocations export needs allocation_id,person_id,start_date); it looks like a people export. Nothing was imported.",
            result.Error.Trim());
        Assert.Empty(result.Output);
        await using var db = database.CreateDbContext();
        Assert.Equal(0, await db.People.CountAsync(ct));
    }

    [Theory]
    [InlineData("import", "merges", "--full", "FILE")]
    [InlineData("import", "people", "--format", "excel", "FILE")]
    [InlineData("import", "patients", "FILE")]
    [InlineData("import", "people")]
    public async Task Import_WithArgumentsItCannotUse_IsAUsageErrorWithExitCode2(params string[] args)
    {
        var error = new StringWriter();
        var file = Write("x.csv", "kept_id,merged_id\n");

        var exitCode = await CommandLineRunner.RunAsync(new RootCommand { ImportCommand.Create() }, [.. args.Select(a => a == "FILE" ? file : a)], error, new StringWriter());

        Assert.Equal(2, exitCode);
        Assert.StartsWith("frontdoor: ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_AFileThatDoesNotExist_NamesIt()
    {
        var error = new StringWriter();
        var missing = Path.Combine(_folder.FullName, "no-such-people.csv");

        var exitCode = await CommandLineRunner.RunAsync(new RootCommand { ImportCommand.Create() }, ["import", "people", missing], error, new StringWriter());

        Assert.Equal((2, $"frontdoor: {missing} does not exist."), (exitCode, error.ToString().Trim()));
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(TestDatabase database, params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var exitCode = await CommandLineRunner.RunAsync(new RootCommand { ImportCommand.Create(database.ConfigurationValues) }, args, error, output);
        return (exitCode, output.ToString(), error.ToString());
    }
}
