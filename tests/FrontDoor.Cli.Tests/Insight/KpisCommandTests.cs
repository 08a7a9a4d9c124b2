using System.CommandLine;
using System.Text.Json;
using FrontDoor.Cli;
using FrontDoor.Cli.Insight;
using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Data;
using FrontDoor.Core.Telephony;
using FrontDoor.TestCommon.Databases;

namespace FrontDoor.Cli.Tests.Insight;

public sealed class KpisCommandTests
{
    private static readonly AuditActor Advisor = new("advisor-1", "Asha Advisor", "Advisor");

    [Fact]
    public async Task Json_IsOneCamelCaseObject_WithSharesAsFractionsAndTimesInSeconds()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using (var db = database.CreateDbContext())
        {
            var at = new DateTimeOffset(2025, 3, 4, 9, 0, 0, TimeSpan.Zero);
            db.AddRange(Closed(at, ContactOutcome.InformationAndAdvice), Closed(at.AddHours(1), ContactOutcome.RedirectedToAllocatedWorker));
            db.AddRange(
                new CallRecord(Guid.CreateVersion7(), "C1", at, at.AddSeconds(40), null, 40, 200, "1", "agent-1", at),
                new CallRecord(Guid.CreateVersion7(), "C2", at, null, at.AddSeconds(20), 20, 0, "1", null, at));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var (exitCode, output, _) = await RunAsync(database.ConfigurationValues, "kpis", "--from", "2025-03-01", "--to", "2025-03-31", "--format", "json");

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(2, root.GetProperty("contactsReceived").GetInt32());
        Assert.Equal(2, root.GetProperty("callsOffered").GetInt32());
        Assert.Equal(1, root.GetProperty("callsAnswered").GetInt32());
        Assert.Equal(0.5, root.GetProperty("callHandlingRate").GetDouble());
        Assert.Equal(30, root.GetProperty("averageQueueSeconds").GetDouble());
        Assert.Equal(0.5, root.GetProperty("failureDemandShare").GetDouble());
        Assert.Equal(0.5, root.GetProperty("allocatedShare").GetDouble());
        Assert.Equal(0.5, root.GetProperty("resolvedAtFirstContactShare").GetDouble());
        Assert.Equal(2, root.GetProperty("contactsByChannel").GetProperty("Phone").GetInt32());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("safeguardingEnquiryShare").ValueKind);
        Assert.Equal("2025-03-01", root.GetProperty("from").GetString());
        Assert.Equal(0.5, root.GetProperty("resolvedAtFrontDoorShare").GetDouble());
        Assert.Equal(0, root.GetProperty("annualIncomeGained").GetDouble());
        Assert.Equal(0, root.GetProperty("waitingListSize").GetInt32());
        var ageBand = Assert.Single(root.GetProperty("channelByAgeBand").EnumerateArray());
        Assert.Equal(("Phone", "Unknown", 2), (ageBand.GetProperty("channel").GetString(), ageBand.GetProperty("group").GetString(), ageBand.GetProperty("count").GetInt32()));
    }

    [Fact]
    public async Task Json_HasTheChaseCallKpis_CountingACallThatDidNotGetThrough()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using (var db = database.CreateDbContext())
        {
            var at = new DateTimeOffset(2025, 3, 4, 9, 0, 0, TimeSpan.Zero);
            var police = new Contact(Guid.CreateVersion7(), ContactReference.New(), ContactChannel.Email, ContactSource.Police, at, "Concern for welfare");
            police.Open(at);
            police.MoveToQueue("tier-1", "Arrived", at, ContactEvent.System);
            police.RecordOutboundCall(Core.Contacts.CallBacks.OutboundCallPurpose.ChaseMissingInformation, Core.Contacts.CallBacks.CallBackPerson.Referrer, "No answer", at.AddHours(1), Advisor);
            var ambulance = new Contact(Guid.CreateVersion7(), ContactReference.New(), ContactChannel.ProfessionalEForm, ContactSource.Ambulance, at, "Fell at home");
            ambulance.ScoreCompleteness(new Core.Contacts.Intake.CompletenessResult(80, [Core.Contacts.Intake.ReferralField.DateOfBirth], []));
            db.AddRange(police, ambulance, Closed(at, ContactOutcome.InformationAndAdvice));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var (exitCode, output, _) = await RunAsync(database.ConfigurationValues, "kpis", "--from", "2025-03-01", "--to", "2025-03-31", "--format", "json");

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("outboundChaseCalls").GetInt32());
        Assert.Equal(50, root.GetProperty("chaseCallsPer100ProfessionalReferrals").GetDouble());
        Assert.Equal(2, root.GetProperty("professionalReferrals").GetInt32());
        Assert.Equal(0, root.GetProperty("professionalReferralCompleteShare").GetDouble());
        Assert.Equal(1, root.GetProperty("missingRequiredFacts").GetProperty("DateOfBirth").GetInt32());
    }

    [Fact]
    public async Task Table_IsTheDefault_AndNamesEachKpi()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);

        var (exitCode, output, _) = await RunAsync(database.ConfigurationValues, "kpis", "--from", "2025-03-01", "--to", "2025-03-31");

        Assert.Equal(0, exitCode);
        Assert.StartsWith("KPIs for 2025-03-01 to 2025-03-31", output, StringComparison.Ordinal);
        Assert.Matches(@"\nCall handling rate +none\n", output);
        Assert.Matches(@"\nContacts received +0\n", output);
    }

    [Theory]
    [InlineData("frontdoor: --from must be a real date written yyyy-MM-dd; got '2025-02-30'.", "--from", "2025-02-30", "--to", "2025-03-31")]
    [InlineData("frontdoor: --to must be a real date written yyyy-MM-dd; got 'March'.", "--from", "2025-03-01", "--to", "March")]
    [InlineData("frontdoor: --to must be the same as or after --from; got 2025-03-02 to 2025-03-01.", "--from", "2025-03-02", "--to", "2025-03-01")]
    [InlineData("frontdoor: --format must be table or json; got 'xml'.", "--from", "2025-03-01", "--to", "2025-03-31", "--format", "xml")]
    public async Task BadArguments_ExitWith2AndOneLine_BeforeTouchingTheDatabase(string message, params string[] args)
    {
        var (exitCode, _, error) = await RunAsync(Unreachable, ["kpis", .. args]);

        Assert.Equal(2, exitCode);
        Assert.Equal(message, error.Trim());
    }

    [Fact]
    public async Task MissingPeriod_ExitsWith2()
    {
        var (exitCode, _, error) = await RunAsync(Unreachable, "kpis", "--to", "2025-03-31", "--format", "json");

        Assert.Equal(2, exitCode);
        Assert.Equal("frontdoor: Option '--from' is required.", error.Trim());
    }

    // Any attempt to open this would fail: the parse errors above must come first.
    private static readonly Dictionary<string, string?> Unreachable = new()
    {
        ["Database:Provider"] = "Sqlite",
        ["ConnectionStrings:FrontDoor"] = "Data Source=/nonexistent-folder/frontdoor.db;Mode=ReadOnly",
    };

    private static Contact Closed(DateTimeOffset at, ContactOutcome outcome)
    {
        var contact = new Contact(Guid.CreateVersion7(), ContactReference.New(), ContactChannel.Phone, ContactSource.Self, at, "Help with getting out of bed");
        contact.Open(at);
        contact.MoveToQueue("tier-1", "Arrived", at, ContactEvent.System);
        contact.Close([outcome], null, at.AddMinutes(20), Advisor);
        return contact;
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(IEnumerable<KeyValuePair<string, string?>> settings, params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var exitCode = await CommandLineRunner.RunAsync(new RootCommand { KpisCommand.Create(settings) }, args, error, output);
        return (exitCode, output.ToString(), error.ToString());
    }
}

public sealed class KpisRebuildCommandTests
{
    [Fact]
    public async Task Rebuild_KeepsEveryMonthFromTheGivenOne_ToTheCurrent_WithProgress()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        var first = DateTimeOffset.UtcNow.AddMonths(-2);
        await using (var db = database.CreateDbContext())
        {
            var contact = new Contact(Guid.CreateVersion7(), ContactReference.New(), ContactChannel.Phone, ContactSource.Self, first, "Needs help at home");
            contact.Open(first);
            contact.MoveToQueue("tier-1", "Arrived", first, ContactEvent.System);
            db.Add(contact);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var (exitCode, output, error) = await RunAsync(database.ConfigurationValues, "kpis", "rebuild", "--from", first.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(0, exitCode);
        Assert.StartsWith("Recomputed 3 months, ", output, StringComparison.Ordinal);
        Assert.Contains("3 of 3 months", error, StringComparison.Ordinal);
        await using var check = database.CreateDbContext();
        var kept = check.Set<Core.Insight.KeptMonths.KpiMonth>().OrderBy(m => m.Month).ToList();
        // Each month for the whole front door and for each of the standard queues (teams).
        var scopes = Core.WorkQueues.WorkQueueOptions.Standard.Count + 1;
        Assert.Equal(3 * scopes, kept.Count);
        var whole = kept.Where(m => m.Scope == Core.Insight.KeptMonths.KeptKpiScopes.WholeFrontDoor).ToList();
        Assert.Equal(3, whole.Count);
        Assert.Contains("\"contactsReceived\":1", whole[0].FiguresJson, StringComparison.Ordinal);
        Assert.Contains("\"contactsReceived\":1", kept.Single(m => m.Month == whole[0].Month && m.Scope == "tier-1").FiguresJson, StringComparison.Ordinal);
        Assert.Contains("\"contactsReceived\":0", kept.Single(m => m.Month == whole[0].Month && m.Scope == "tier-2").FiguresJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rebuild_WithAFromThatIsNotAMonth_ExitsWith2AndOneLine()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:FrontDoor"] = "Data Source=/nonexistent-folder/frontdoor.db;Mode=ReadOnly",
        };

        var (exitCode, _, error) = await RunAsync(settings, "kpis", "rebuild", "--from", "2025-13");

        Assert.Equal(2, exitCode);
        Assert.Equal("frontdoor: --from must be a month written yyyy-MM; got '2025-13'.", error.Trim());
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(IEnumerable<KeyValuePair<string, string?>> settings, params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var exitCode = await CommandLineRunner.RunAsync(new RootCommand { KpisCommand.Create(settings) }, args, error, output);
        return (exitCode, output.ToString(), error.ToString());
    }
}
