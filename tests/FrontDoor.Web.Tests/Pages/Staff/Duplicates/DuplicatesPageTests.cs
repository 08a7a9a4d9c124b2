using System.Net;
using FrontDoor.Core.Data;
using FrontDoor.Core.People;
using FrontDoor.Core.People.Matching;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Tests.Hosting;
using Microsoft.EntityFrameworkCore;

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
    public async Task Decide_SamePerson_ListsThePairToMergeInTheCaseSystem(DatabaseProvider provider)
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

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var toMerge = report[report.IndexOf("Records to merge in the case management system", StringComparison.Ordinal)..];
        Assert.Contains("William Hargreaves", toMerge, StringComparison.Ordinal);
        Assert.Contains("Bill Hargreaves", toMerge, StringComparison.Ordinal);
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

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
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
