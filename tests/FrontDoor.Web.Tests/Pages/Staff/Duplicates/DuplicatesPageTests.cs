using System.Net;
using FrontDoor.Core.Data;
using FrontDoor.Core.People;
using FrontDoor.Core.People.Matching;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Tests.Hosting;

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
        Assert.Contains("2 pairs found", all, StringComparison.Ordinal);
        Assert.Contains("William Hargreaves", certain, StringComparison.Ordinal);
        Assert.DoesNotContain("Margaret Oakley", certain, StringComparison.Ordinal);
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

    private static async Task AddPairsAsync(TestDatabase database)
    {
        var now = FrontDoorAppFactory.Now;
        Person NewPerson(string given, string family) => new(Guid.CreateVersion7(), new PersonName(given, family), now);
        var william = NewPerson("William", "Hargreaves");
        var bill = NewPerson("Bill", "Hargreaves");
        var margaret = NewPerson("Margaret", "Oakley");
        var maggie = NewPerson("Maggie", "Oakley");
        await using var db = database.CreateDbContext();
        db.AddRange(william, bill, margaret, maggie);
        db.ProbableDuplicates.AddRange(
            new ProbableDuplicate(Guid.CreateVersion7(), margaret.Id, maggie.Id, 0.7, "known-as name Maggie = Margaret; same family name", now),
            new ProbableDuplicate(Guid.CreateVersion7(), william.Id, bill.Id, 0.9999, "same NHS number; known-as name Bill = William", now));
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}
