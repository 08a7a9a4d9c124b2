using System.CommandLine;
using System.Text.Json;
using FrontDoor.Cli;
using FrontDoor.Cli.Audit;
using FrontDoor.Core.Audit;
using FrontDoor.Core.Data;
using FrontDoor.Core.People;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Cli.Tests.Audit;

public sealed class AuditCommandTests
{
    [Theory]
    [BothProviders]
    public async Task Person_AsCsvAndJson_ListsWhoLookedWithNameRoleAndWhy_AndRecordsTheExport(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var doris = new Person(Guid.CreateVersion7(), new PersonName("Doris", "Whitworth"), DateTimeOffset.UtcNow.AddYears(-1));
        await using (var db = database.CreateDbContext())
        {
            db.Add(doris);
            new AuditLog(db, TimeProvider.System).Record(new AuditActor("sub-1", "=Amira, \"Khan\"", "Advisor"), AuditAction.Viewed, "Person", AuditEvent.IdOf(doris.Id), "10.0.0.1", "opened from person search", [doris.Id]);
            await db.SaveChangesAsync(ct);
        }

        var csv = await RunAsync(database, "audit", "person", doris.Id.ToString(), "--format", "csv");
        var json = await RunAsync(database, "audit", "person", doris.Id.ToString("D"), "--from", "2000-01-01", "--to", "2999-12-31", "--format", "json");

        Assert.Equal(0, csv.ExitCode);
        var lines = csv.Output.TrimEnd().Split('\n');
        Assert.Equal("occurred_at_utc,actor_id,actor_name,actor_role,action,what,record_type,record_id,detail,origin", lines[0]);
        Assert.Matches($@"^\d{{4}}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{{3}}Z,sub-1,""'=Amira, """"Khan"""""",Advisor,Viewed,Viewed,Person,{doris.Id:D},opened from person search,10\.0\.0\.1$", lines[1]);
        Assert.Equal(2, lines.Length);

        Assert.Equal(0, json.ExitCode);
        using var parsed = JsonDocument.Parse(json.Output);
        var rows = parsed.RootElement.EnumerateArray().ToList();

        // The csv export came first, so the json shows it as the newest event.
        Assert.Equal(2, rows.Count);
        Assert.Equal(("Exported", PersonAccessReport.RecordType), (rows[0].GetProperty("action").GetString(), rows[0].GetProperty("recordType").GetString()));
        Assert.Equal(("sub-1", "Advisor", "opened from person search"), (rows[1].GetProperty("actorId").GetString(), rows[1].GetProperty("actorRole").GetString(), rows[1].GetProperty("detail").GetString()));

        await using var check = database.CreateDbContext();
        var exports = await check.AuditEvents.AsNoTracking().Where(e => e.Action == AuditAction.Exported).ToListAsync(ct);
        Assert.Equal(2, exports.Count);
        Assert.All(exports, e => Assert.Equal(("cli", AuditEvent.IdOf(doris.Id)), (e.Origin, e.RecordId)));
    }

    [Theory]
    [InlineData("frontdoor: ID must be an id such as 0195f3c2-7b1e-7c4d-9a2b-3c4d5e6f7a8b; got 'doris'.", "doris", "--format", "csv")]
    [InlineData("frontdoor: --format must be csv or json; got 'xml'.", "0195f3c2-7b1e-7c4d-9a2b-3c4d5e6f7a8b", "--format", "xml")]
    [InlineData("frontdoor: --from must be a real date written yyyy-MM-dd; got '31/02/2026'.", "0195f3c2-7b1e-7c4d-9a2b-3c4d5e6f7a8b", "--from", "31/02/2026")]
    [InlineData("frontdoor: --to must be the same as or after --from; got 2026-03-02 to 2026-03-01.", "0195f3c2-7b1e-7c4d-9a2b-3c4d5e6f7a8b", "--from", "2026-03-02", "--to", "2026-03-01")]
    public async Task BadArguments_ExitWith2AndOneLine_BeforeTouchingTheDatabase(string message, params string[] args)
    {
        var error = new StringWriter();

        var exitCode = await CommandLineRunner.RunAsync(new RootCommand { AuditCommand.Create(Unreachable) }, ["audit", "person", .. args], error, new StringWriter());

        Assert.Equal(2, exitCode);
        Assert.Equal(message, error.ToString().Trim());
    }

    // Any attempt to open this would fail: the parse errors above must come first.
    private static readonly Dictionary<string, string?> Unreachable = new()
    {
        ["Database:Provider"] = "Sqlite",
        ["ConnectionStrings:FrontDoor"] = "Data Source=/nonexistent-folder/frontdoor.db;Mode=ReadOnly",
    };

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(TestDatabase database, params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var exitCode = await CommandLineRunner.RunAsync(new RootCommand { AuditCommand.Create(database.ConfigurationValues) }, args, error, output);
        return (exitCode, output.ToString(), error.ToString());
    }
}
