using System.Net;
using FrontDoor.Core.Data;
using FrontDoor.Core.Jobs;
using FrontDoor.Core.People;
using FrontDoor.Core.People.Matching;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Tests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDoor.Web.Tests.Pages.Staff.Duplicates;

public sealed class DuplicatesPageTests
{
    [Theory]
    [BothProviders]
    public async Task Get_AsTeamManager_ListsPairsStrongestFirstWithTheirReasons(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await AddPairsAsync(database);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-team-manager")).Dispose();

        var all = await client.GetStringAsync("/staff/duplicates", ct);
        var certain = await client.GetStringAsync("/staff/duplicates?Show=certain", ct);

        Assert.True(all.IndexOf("William Hargreaves", StringComparison.Ordinal) < all.IndexOf("Margaret Oakley", StringComparison.Ordinal));
        Assert.Contains("same NHS number", all, StringComparison.Ordinal);
        Assert.Contains("2 pairs to decide", all, StringComparison.Ordinal);
        Assert.Contains("William Hargreaves", certain, StringComparison.Ordinal);
        Assert.DoesNotContain("Margaret Oakley", certain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_WithMatchingBandsFromSettings_FiltersAndWordsPairsByThem()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        var (maggiePair, _) = await AddPairsAsync(database);
        await using var app = FrontDoorAppFactory.For(database, new Dictionary<string, string?>
        {
            ["Matching:LinkThreshold"] = "0.6",
            ["Matching:ReviewThreshold"] = "0.4",
        });
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-team-manager")).Dispose();

        var certain = await client.GetStringAsync("/staff/duplicates?Show=certain", ct);
        var decide = await client.GetStringAsync($"/staff/duplicates/{maggiePair}", ct);

        // Margaret and Maggie (70%) are only possible with the default bands; above a 60% link band they are almost certain.
        Assert.Contains("Margaret Oakley", certain, StringComparison.Ordinal);
        Assert.Contains("2 pairs to decide", certain, StringComparison.Ordinal);
        Assert.DoesNotContain(">Possible<", certain, StringComparison.Ordinal);
        Assert.Contains("(almost certain, 70.0%)", decide, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_WithDefaultBands_CallsASeventyPercentPairPossible()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        var (maggiePair, _) = await AddPairsAsync(database);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-team-manager")).Dispose();

        var all = await client.GetStringAsync("/staff/duplicates", ct);
        var decide = await client.GetStringAsync($"/staff/duplicates/{maggiePair}", ct);

        Assert.Contains("govuk-tag--yellow\">Possible<", all, StringComparison.Ordinal);
        Assert.Contains("(possible, 70.0%)", decide, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task Decide_DifferentPeople_TakesThePairOffTheReportForGood(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var (maggiePair, _) = await AddPairsAsync(database);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-team-manager")).Dispose();
        var page = $"/staff/duplicates/{maggiePair}";

        var comparison = await client.GetStringAsync(page, ct);
        using var response = await client.PostFormAsync(page, page, new Dictionary<string, string> { ["Verdict"] = "DifferentPeople" });
        var report = await client.GetStringAsync(response.Headers.Location!.ToString(), ct);

        Assert.Contains("Margaret Oakley", comparison, StringComparison.Ordinal);
        Assert.Contains("known-as name Maggie = Margaret", comparison, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("FrontDoor will not show this pair again", report, StringComparison.Ordinal);
        Assert.Contains("1 pairs to decide", report, StringComparison.Ordinal);
        Assert.Contains("1 already decided", report, StringComparison.Ordinal);
        Assert.DoesNotContain("Margaret Oakley", report, StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        Assert.Equal(DuplicateVerdict.DifferentPeople, (await db.DuplicateDecisions.SingleAsync(ct)).Verdict);
    }

    [Theory]
    [BothProviders]
    public async Task Decide_SamePerson_ListsThePairUnderRecordsToMerge_LinkedFromTheReport(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var (_, williamPair) = await AddPairsAsync(database);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-team-manager")).Dispose();
        var page = $"/staff/duplicates/{williamPair}";

        using var response = await client.PostFormAsync(page, page, new Dictionary<string, string> { ["Verdict"] = "SamePerson" });
        var report = await client.GetStringAsync("/staff/duplicates", ct);
        var toMerge = await client.GetStringAsync("/staff/duplicates/to-merge", ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("listed under records to merge", report, StringComparison.Ordinal);
        Assert.Contains("href=\"/staff/duplicates/to-merge\"", report, StringComparison.Ordinal);
        Assert.Contains("Records to merge in the case management system (1)", report, StringComparison.Ordinal);
        Assert.Contains("William Hargreaves", toMerge, StringComparison.Ordinal);
        Assert.Contains("Bill Hargreaves", toMerge, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"download-csv\"", toMerge, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task Undo_FromRecordsToMerge_PutsThePairBackToDecide(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var (_, williamPair) = await AddPairsAsync(database);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-team-manager")).Dispose();
        (await client.PostFormAsync($"/staff/duplicates/{williamPair}", $"/staff/duplicates/{williamPair}", new Dictionary<string, string> { ["Verdict"] = "SamePerson" })).Dispose();
        Guid decisionId;
        await using (var db = database.CreateDbContext())
        {
            decisionId = (await db.DuplicateDecisions.SingleAsync(ct)).Id;
        }

        using var undo = await client.PostFormAsync("/staff/duplicates/to-merge", $"/staff/duplicates/decisions/{decisionId}/undo", new Dictionary<string, string> { ["from"] = "to-merge" });
        var toMerge = await client.GetStringAsync(undo.Headers.Location!.ToString(), ct);
        var report = await client.GetStringAsync("/staff/duplicates", ct);

        Assert.Equal(HttpStatusCode.Redirect, undo.StatusCode);
        Assert.Equal("/staff/duplicates/to-merge", undo.Headers.Location!.ToString());
        Assert.Contains("Decision undone", toMerge, StringComparison.Ordinal);
        Assert.Contains("No records are waiting to be merged", toMerge, StringComparison.Ordinal);
        Assert.Contains("2 pairs to decide", report, StringComparison.Ordinal);
        Assert.Contains($"/staff/duplicates/{williamPair}", report, StringComparison.Ordinal);
        await using var check = database.CreateDbContext();
        Assert.Equal(0, await check.DuplicateDecisions.CountAsync(ct));
        Assert.Equal(1, await check.AuditEvents.CountAsync(e => e.RecordType == "DuplicateDecision" && e.RecordId == decisionId.ToString("D"), ct));
    }

    [Fact]
    public async Task Decide_ThenUndoFromTheBanner_TakesTheDecisionBack()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        var (maggiePair, _) = await AddPairsAsync(database);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-team-manager")).Dispose();

        (await client.PostFormAsync($"/staff/duplicates/{maggiePair}", $"/staff/duplicates/{maggiePair}", new Dictionary<string, string> { ["Verdict"] = "DifferentPeople" })).Dispose();
        var report = await client.GetStringAsync("/staff/duplicates", ct);
        Guid decisionId;
        await using (var db = database.CreateDbContext())
        {
            decisionId = (await db.DuplicateDecisions.SingleAsync(ct)).Id;
        }

        using var undo = await client.PostFormAsync("/staff/duplicates", $"/staff/duplicates/decisions/{decisionId}/undo", new Dictionary<string, string> { ["from"] = "report" });
        var after = await client.GetStringAsync(undo.Headers.Location!.ToString(), ct);

        Assert.Contains($"action=\"/staff/duplicates/decisions/{decisionId}/undo\"", report, StringComparison.Ordinal);
        Assert.Contains("Decision undone", after, StringComparison.Ordinal);
        Assert.Contains("Margaret Oakley", after, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task DownloadCsv_GivesEveryPairToMergeAsCsv_AndRecordsTheExport(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var (_, williamPair) = await AddPairsAsync(database);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-team-manager")).Dispose();
        (await client.PostFormAsync($"/staff/duplicates/{williamPair}", $"/staff/duplicates/{williamPair}", new Dictionary<string, string> { ["Verdict"] = "SamePerson" })).Dispose();

        using var response = await client.GetAsync("/staff/duplicates/to-merge?handler=Csv", ct);
        var csv = await response.Content.ReadAsStringAsync(ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("records-to-merge-2026-03-02.csv", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        Assert.StartsWith(string.Join(',', RecordsToMerge.CsvHeader), csv.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains("William Hargreaves", csv, StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.Action == Core.Audit.AuditAction.Exported && e.RecordType == "RecordsToMerge", ct));
    }

    [Theory]
    [BothProviders]
    public async Task CheckNow_RunsInTheBackground_WithItsProgressOnItsOwnPage(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using (var db = database.CreateDbContext())
        {
            var now = FrontDoorAppFactory.Now;
            foreach (var given in new[] { "William", "Bill" })
            {
                var person = new Person(Guid.CreateVersion7(), new PersonName(given, "Hargreaves"), now);
                person.SetDateOfBirth(new DateOnly(1948, 3, 4), now);
                person.SetNhsNumber(NhsNumber.Parse("943 476 5919"), now);
                db.Add(person);
            }

            await db.SaveChangesAsync(ct);
        }

        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-team-manager")).Dispose();

        var before = await client.GetStringAsync("/staff/duplicates", ct);
        using var asked = await client.PostFormAsync("/staff/duplicates", "/staff/duplicates?handler=Check", new Dictionary<string, string>());
        var status = asked.Headers.Location!.ToString();
        var waiting = await client.GetStringAsync(status, ct);
        var reportWhileWaiting = await client.GetStringAsync("/staff/duplicates", ct);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await app.Services.GetRequiredService<RequestedDuplicateCheckJob>().RunAsync(scope.ServiceProvider, ct);
        }

        var finished = await client.GetStringAsync(status, ct);
        var report = await client.GetStringAsync("/staff/duplicates", ct);

        Assert.DoesNotContain("frontdoor find-duplicates", before, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"run-check\"", before, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.Matches("^/staff/duplicates/checks/[0-9a-f-]{36}$", status);
        Assert.Contains("Waiting to start", waiting, StringComparison.Ordinal);
        Assert.Contains($"href=\"{status}\"", waiting, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"check-under-way\"", reportWhileWaiting, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"run-check\"", reportWhileWaiting, StringComparison.Ordinal);
        Assert.Contains("Check finished", finished, StringComparison.Ordinal);
        Assert.Contains("1 probable duplicates", finished, StringComparison.Ordinal);
        Assert.Contains("William Hargreaves", report, StringComparison.Ordinal);
        Assert.Contains("same NHS number", report, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("bits", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_AReportStoredWithBits_ShowsTheReasonsInWords()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        Guid pairId;
        await using (var db = database.CreateDbContext())
        {
            var now = FrontDoorAppFactory.Now;
            var one = new Person(Guid.CreateVersion7(), new PersonName("William", "Hargreaves"), now);
            var other = new Person(Guid.CreateVersion7(), new PersonName("Bill", "Hargreaves"), now);
            var pair = new ProbableDuplicate(Guid.CreateVersion7(), one.Id, other.Id, 0.9999, "same NHS number (+14.2 bits); different postcode (-2.5 bits)", now);
            db.AddRange(one, other, pair);
            await db.SaveChangesAsync(ct);
            pairId = pair.Id;
        }

        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-team-manager")).Dispose();

        var report = await client.GetStringAsync("/staff/duplicates", ct);
        var decide = await client.GetStringAsync($"/staff/duplicates/{pairId}", ct);

        foreach (var html in new[] { report, decide })
        {
            Assert.Contains("same NHS number; different postcode (against)", html, StringComparison.Ordinal);
            Assert.DoesNotContain("bits", html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Maybe")]
    public async Task Decide_WithoutAVerdict_ShowsTheErrorSummaryAndSavesNothing(string? verdict)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        var (maggiePair, _) = await AddPairsAsync(database);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-team-manager")).Dispose();
        var page = $"/staff/duplicates/{maggiePair}";

        using var response = await client.PostFormAsync(page, page, verdict is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["Verdict"] = verdict });
        var html = await response.Content.ReadAsStringAsync(ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("govuk-error-summary", html, StringComparison.Ordinal);
        Assert.Contains("Select whether these records are the same person", html, StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        Assert.Equal(0, await db.DuplicateDecisions.CountAsync(ct));
    }

    [Fact]
    public async Task Decide_OnAPairNoLongerInTheReport_IsNotFound()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-team-manager")).Dispose();

        using var response = await client.GetAsync($"/staff/duplicates/{Guid.CreateVersion7()}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_MoreThanAPageOfPairs_IsPagedStrongestFirst()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        var now = FrontDoorAppFactory.Now;
        await using (var db = database.CreateDbContext())
        {
            // 250 pairs, the weakest (0.5001) named so it can be found on the last page.
            for (var i = 0; i < 250; i++)
            {
                var one = new Person(Guid.CreateVersion7(), new PersonName(i == 249 ? "Weakest" : "Pat", $"Pair{i:D3}"), now);
                var other = new Person(Guid.CreateVersion7(), new PersonName("Pat", $"Pair{i:D3}"), now);
                db.AddRange(one, other);
                db.ProbableDuplicates.Add(new ProbableDuplicate(Guid.CreateVersion7(), one.Id, other.Id, 0.75 - (i * 0.001), "same family name", now));
            }

            await db.SaveChangesAsync(ct);
        }

        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-team-manager")).Dispose();

        var first = await client.GetStringAsync("/staff/duplicates", ct);
        var last = await client.GetStringAsync("/staff/duplicates?pairs=3", ct);

        Assert.Contains("Pairs 1 to 100, strongest first", first, StringComparison.Ordinal);
        Assert.Contains("Pair000", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Weakest", first, StringComparison.Ordinal);
        Assert.Contains("href=\"/staff/duplicates?pairs=2\"", first, StringComparison.Ordinal);
        Assert.Contains("Pairs 201 to 250, strongest first", last, StringComparison.Ordinal);
        Assert.Contains("Weakest Pair249", last, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\"", last, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_AsAdvisor_IsRefused()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        using var response = await client.GetAsync("/staff/duplicates", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/sign-in/access-denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    /// <returns>The ids of the Margaret/Maggie pair (possible) and the William/Bill pair (almost certain).</returns>
    private static async Task<(Guid MaggiePair, Guid WilliamPair)> AddPairsAsync(TestDatabase database)
    {
        var now = FrontDoorAppFactory.Now;
        Person NewPerson(string given, string family) => new(Guid.CreateVersion7(), new PersonName(given, family), now);
        var william = NewPerson("William", "Hargreaves");
        var bill = NewPerson("Bill", "Hargreaves");
        var margaret = NewPerson("Margaret", "Oakley");
        var maggie = NewPerson("Maggie", "Oakley");
        await using var db = database.CreateDbContext();
        db.AddRange(william, bill, margaret, maggie);
        var maggiePair = new ProbableDuplicate(Guid.CreateVersion7(), margaret.Id, maggie.Id, 0.7, "known-as name Maggie = Margaret; same family name", now);
        var williamPair = new ProbableDuplicate(Guid.CreateVersion7(), william.Id, bill.Id, 0.9999, "same NHS number; known-as name Bill = William", now);
        db.ProbableDuplicates.AddRange(maggiePair, williamPair);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (maggiePair.Id, williamPair.Id);
    }
}
