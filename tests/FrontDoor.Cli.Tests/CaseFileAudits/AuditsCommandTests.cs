using System.CommandLine;
using FrontDoor.Cli;
using FrontDoor.Cli.CaseFileAudits;
using FrontDoor.Core.Audit;
using FrontDoor.Core.CaseFileAudits;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Data;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Cli.Tests.CaseFileAudits;

public sealed class AuditsCommandTests
{
    private static readonly AuditActor Advisor = new("advisor-1", "Asha Advisor", "Advisor");

    [Fact]
    public async Task Draw_SamplesEachTeamOnce_AndPrintsWhatItDrew()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        var ct = TestContext.Current.CancellationToken;
        await using (var db = database.CreateDbContext())
        {
            var at = new DateTimeOffset(2025, 3, 4, 9, 0, 0, TimeSpan.Zero);
            db.AddRange(Enumerable.Range(0, 7).Select(i => Closed(at.AddDays(i), "tier-1")));
            db.AddRange(Closed(at, "mash"), Closed(at.AddMonths(1), "mash"));
            await db.SaveChangesAsync(ct);
        }

        var settings = database.ConfigurationValues.Append(new("CaseFileAudits:SamplePerTeam", "4")).ToList();
        var (exitCode, output, _) = await RunAsync(settings, "audits", "draw", "--month", "2025-03");
        var (againCode, again, _) = await RunAsync(settings, "audits", "draw", "--month", "2025-03");

        Assert.Equal((0, 0), (exitCode, againCode));
        Assert.Equal(output, again);
        Assert.StartsWith("Case file audit samples for March 2025\n", output, StringComparison.Ordinal);
        Assert.Contains($"  Customer Service Centre (Tier 1): 4 of 7 closed contacts (seed {SampleDraw.SeedFor(new AuditMonth(2025, 3), "tier-1")})\n", output, StringComparison.Ordinal);
        Assert.Contains("  Safeguarding Adults (MASH): 1 of 1 closed contacts", output, StringComparison.Ordinal);
        await using var check = database.CreateDbContext();
        Assert.Equal(2, await check.Set<CaseFileAuditSample>().CountAsync(ct));
        Assert.Equal(5, await check.Set<SampledCase>().CountAsync(ct));
    }

    [Theory]
    [InlineData("frontdoor: --month must be a month written yyyy-MM; got '2025-13'.", "--month", "2025-13")]
    [InlineData("frontdoor: --month must be a month written yyyy-MM; got 'March'.", "--month", "March")]
    [InlineData("frontdoor: Option '--month' is required.")]
    public async Task BadMonth_ExitsWith2AndOneLine_BeforeTouchingTheDatabase(string message, params string[] args)
    {
        var (exitCode, _, error) = await RunAsync(Unreachable, ["audits", "draw", .. args]);

        Assert.Equal(2, exitCode);
        Assert.Equal(message, error.Trim());
    }

    [Fact]
    public async Task MonthNotYetOver_ExitsWith2AndSaysSo()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        var thisMonth = AuditMonth.Of(DateTimeOffset.UtcNow);

        var (exitCode, _, error) = await RunAsync(database.ConfigurationValues, "audits", "draw", "--month", thisMonth.ToString());

        Assert.Equal(2, exitCode);
        Assert.Equal($"frontdoor: {thisMonth.Name} has not ended yet: a month is sampled once it is over.", error.Trim());
    }

    private static readonly Dictionary<string, string?> Unreachable = new()
    {
        ["Database:Provider"] = "Sqlite",
        ["ConnectionStrings:FrontDoor"] = "Data Source=/nonexistent-folder/frontdoor.db;Mode=ReadOnly",
    };

    private static Contact Closed(DateTimeOffset at, string queue)
    {
        var contact = new Contact(Guid.CreateVersion7(), ContactReference.New(), ContactChannel.Phone, ContactSource.Self, at, "Help with getting out of bed");
        contact.Open(at);
        contact.MoveToQueue(queue, "Arrived", at, ContactEvent.System);
        contact.Close([ContactOutcome.InformationAndAdvice], null, at.AddMinutes(20), Advisor);
        return contact;
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(IEnumerable<KeyValuePair<string, string?>> settings, params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var exitCode = await CommandLineRunner.RunAsync(new RootCommand { AuditsCommand.Create(settings) }, args, error, output);
        return (exitCode, output.ToString(), error.ToString());
    }
}
