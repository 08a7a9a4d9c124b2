using System.CommandLine;
using System.Text.RegularExpressions;
using FrontDoor.Cli;
using FrontDoor.Cli.Partners;
using FrontDoor.Core.Audit;
using FrontDoor.Core.Data;
using FrontDoor.Core.Partners;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Cli.Tests.Partners;

public sealed partial class PartnerKeysCommandTests
{
    [Theory]
    [BothProviders]
    public async Task Issue_ShowsTheKeyOnce_ListNeverShowsIt_AndRevokeStopsIt(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);

        var issue = await RunAsync(database, "partner-keys", "issue", "--partner", "Testshire Police", "--organisation-type", "police");

        Assert.Equal(0, issue.ExitCode);
        var id = Guid.Parse(IssuedId().Match(issue.Output).Groups[1].Value);
        var key = IssuedKey().Match(issue.Output).Groups[1].Value;
        Assert.StartsWith("Partner key issued for Testshire Police (police).", issue.Output, StringComparison.Ordinal);
        await using (var db = database.CreateDbContext())
        {
            var stored = await db.PartnerApiKeys.AsNoTracking().SingleAsync(ct);
            Assert.Equal((id, PartnerApiKeys.Hash(key)), (stored.Id, stored.KeyHash));
            var audit = await db.AuditEvents.AsNoTracking().SingleAsync(ct);
            Assert.Equal((AuditAction.Created, id.ToString(), "cli"), (audit.Action, audit.RecordId, audit.Origin));
            Assert.StartsWith("cli:", audit.Actor, StringComparison.Ordinal);
        }

        var list = await RunAsync(database, "partner-keys", "list");

        Assert.Equal(0, list.ExitCode);
        var lines = list.Output.TrimEnd().Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.Matches(@"^ID\s+PARTNER\s+TYPE\s+ISSUED \(UTC\)\s+LAST USED \(UTC\)\s+LAST REFERRAL \(UTC\)\s+STATUS$", lines[0]);
        Assert.Matches($@"^{id}\s+Testshire Police\s+police\s+\d{{4}}-\d\d-\d\d \d\d:\d\d\s+never\s+never\s+active$", lines[1]);
        Assert.DoesNotContain(key, list.Output, StringComparison.Ordinal);

        var revoke = await RunAsync(database, "partner-keys", "revoke", id.ToString());

        Assert.Equal(0, revoke.ExitCode);
        Assert.Equal($"Revoked partner key {id} (Testshire Police): the API refuses it from now on.", revoke.Output.Trim());
        Assert.Matches(@"\srevoked \d{4}-\d\d-\d\d \d\d:\d\d$", (await RunAsync(database, "partner-keys", "list")).Output.TrimEnd());
        await using (var db = database.CreateDbContext())
        {
            Assert.Null(await new PartnerApiKeys(db, TimeProvider.System).AuthenticateAsync(key, ct));
            Assert.Contains(await db.AuditEvents.AsNoTracking().ToListAsync(ct), e => e.Action == AuditAction.Updated && e.RecordId == id.ToString() && e.Origin == "cli");
        }
    }

    [Theory]
    [BothProviders]
    public async Task Revoke_Twice_ExitsWith2AndSaysItWasAlreadyRevoked(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var issue = await RunAsync(database, "partner-keys", "issue", "--partner", "Oak Care", "--organisation-type", "care-provider");
        var id = IssuedId().Match(issue.Output).Groups[1].Value;
        Assert.Equal(0, (await RunAsync(database, "partner-keys", "revoke", id)).ExitCode);

        var again = await RunAsync(database, "partner-keys", "revoke", id);

        Assert.Equal(2, again.ExitCode);
        Assert.Matches($@"^frontdoor: Partner key {id} \(Oak Care\) was already revoked at \d{{4}}-\d\d-\d\d \d\d:\d\d UTC\.$", again.Error.Trim());
        Assert.Empty(again.Output);
    }

    [Theory]
    [BothProviders]
    public async Task Revoke_UnknownId_ExitsWith2NamingTheId(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var unknown = Guid.CreateVersion7();

        var result = await RunAsync(database, "partner-keys", "revoke", unknown.ToString());

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"frontdoor: There is no partner key with the id {unknown}.", result.Error.Trim());
    }

    [Theory]
    [BothProviders]
    public async Task List_ShowsTheDemoKeysAsDemoKeys(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using (var db = database.CreateDbContext())
        {
            await new PartnerApiKeys(db, TimeProvider.System, acceptDemoKeys: true).EnsureDemoKeysAsync(ct);
        }

        var result = await RunAsync(database, "partner-keys", "list");

        var rows = result.Output.TrimEnd().Split('\n').Skip(1).ToList();
        Assert.Equal(4, rows.Count);
        Assert.All(rows, row => Assert.EndsWith("demo key (demo mode only)", row, StringComparison.Ordinal));
        Assert.Contains(rows, row => row.Contains("Demo Constabulary", StringComparison.Ordinal));
    }

    [Theory]
    [BothProviders]
    public async Task List_WithNoKeys_SaysSo(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);

        var result = await RunAsync(database, "partner-keys", "list");

        Assert.Equal((0, "No partner keys have been issued."), (result.ExitCode, result.Output.Trim()));
    }

    [Theory]
    [BothProviders]
    public async Task Issue_WithABlankPartnerName_ExitsWith2WithTheRule(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);

        var result = await RunAsync(database, "partner-keys", "issue", "--partner", " ", "--organisation-type", "gp");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("frontdoor: Enter the partner's name, 200 characters or fewer.", result.Error.Trim());
    }

    [Theory]
    [InlineData("frontdoor: --organisation-type must be one of police, ambulance, gp, hospital, care-provider, other; got 'fire'.", "issue", "--partner", "Testshire Fire", "--organisation-type", "fire")]
    [InlineData("frontdoor: Option '--partner' is required.", "issue", "--organisation-type", "police")]
    [InlineData("frontdoor: ID must be an id such as 0195f3c2-7b1e-7c4d-9a2b-3c4d5e6f7a8b; got 'demo-police'.", "revoke", "demo-police")]
    public async Task BadArguments_ExitWith2AndOneLine_BeforeTouchingTheDatabase(string message, params string[] args)
    {
        var error = new StringWriter();

        var exitCode = await CommandLineRunner.RunAsync(new RootCommand { PartnerKeysCommand.Create(Unreachable) }, ["partner-keys", .. args], error, new StringWriter());

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
        var exitCode = await CommandLineRunner.RunAsync(new RootCommand { PartnerKeysCommand.Create(database.ConfigurationValues) }, args, error, output);
        return (exitCode, output.ToString(), error.ToString());
    }

    [GeneratedRegex(@"^id:  ([0-9a-f-]{36})$", RegexOptions.Multiline)]
    private static partial Regex IssuedId();

    [GeneratedRegex(@"^key: (fdp_[A-Za-z0-9_-]{43})$", RegexOptions.Multiline)]
    private static partial Regex IssuedKey();
}
