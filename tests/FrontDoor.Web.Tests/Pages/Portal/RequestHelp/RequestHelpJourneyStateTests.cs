using System.Net;
using System.Text;
using FrontDoor.Core.Data;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Tests.Hosting;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Tests.Pages.Portal.RequestHelp;

/// <summary>Where the request for help keeps its answers between pages: the cache table, encrypted, only once there is an answer, and not after sending.</summary>
public sealed class RequestHelpJourneyStateTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [BothProviders]
    public async Task Get_BeginAndTheFirstQuestionWithoutCookie_StoreNothingUntilTheFirstAnswer(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        var before = await CacheRowsAsync(database);

        // Link previews, crawlers and people who only look, each without cookies.
        for (var visit = 0; visit < 3; visit++)
        {
            using var client = app.CreateBrowserLikeClient();
            Assert.Equal("/request-help/who-for", await new RequestHelpClient(client).StartAsync());
            await new RequestHelpClient(client).GetPageAsync("/request-help/who-for");
        }

        var afterLooking = await CacheRowsAsync(database);
        var journey = new RequestHelpClient(app.CreateBrowserLikeClient());
        await journey.StartAsync();
        Assert.Equal("/request-help/name", await journey.AnswerAsync("/request-help/who-for", new Dictionary<string, string> { ["AskingFor"] = "Myself" }));

        Assert.Equal(before, afterLooking);
        Assert.Single((await CacheRowsAsync(database)).Except(before));
    }

    [Theory]
    [BothProviders]
    public async Task Answers_AreStoredEncryptedSoNoneCanBeReadInTheCacheTable(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        var journey = new RequestHelpClient(app.CreateBrowserLikeClient());

        await journey.AnswerEverythingForMyselfAsync();

        await using var db = database.CreateDbContext();
        var stored = string.Join('\n', (await db.CacheEntries.AsNoTracking().Select(e => e.Value).ToListAsync(Ct)).Select(value => Encoding.UTF8.GetString(value)));
        Assert.NotEmpty(stored);
        foreach (var typed in new[] { "Margaret", "Okafor", "Peggy", "Adeyemi", "Elm Road", "Loughborough", "le11", "07700", "943 476 5919", "stairs", "BritishSignLanguage", "Myself" })
        {
            Assert.DoesNotContain(typed, stored, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [BothProviders]
    public async Task Send_DeletesTheStoredAnswers(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        var journey = new RequestHelpClient(app.CreateBrowserLikeClient());
        var before = await CacheRowsAsync(database);
        await journey.AnswerEverythingForMyselfAsync();
        var answersRow = Assert.Single((await CacheRowsAsync(database)).Except(before));
        var token = await journey.TokenFromAsync("/request-help/check-answers");

        var reference = await journey.SendAsync(token);
        using var again = await journey.PostAsync("/request-help/check-answers", new Dictionary<string, string>(), token);

        Assert.DoesNotContain(answersRow, await CacheRowsAsync(database));
        // Pressing send again finds no answers to send: it shows the receipt of the one request made.
        Assert.Equal("/request-help/confirmation", again.Headers.Location?.OriginalString);
        Assert.Equal(reference, RequestHelpClient.ReferenceOn(await journey.GetPageAsync("/request-help/confirmation")));
        await using var db = database.CreateDbContext();
        Assert.Equal(1, await db.Contacts.CountAsync(Ct));
    }

    [Fact]
    public async Task Get_AfterTheAnswersExpired_GoesBackToTheStartWhichSaysWhyAndStartsAfresh()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        var journey = new RequestHelpClient(app.CreateBrowserLikeClient());
        await journey.StartAsync();
        await journey.AnswerAsync("/request-help/who-for", new Dictionary<string, string> { ["AskingFor"] = "Myself" });
        await journey.AnswerAsync("/request-help/name", new Dictionary<string, string> { ["GivenName"] = "Margaret", ["FamilyName"] = "Okafor" });

        app.Clock.Advance(TimeSpan.FromHours(2) + TimeSpan.FromMinutes(1));
        using var response = await journey.Http.GetAsync("/request-help/date-of-birth", Ct);
        var start = await journey.GetPageAsync(response.Headers.Location!.OriginalString);
        var again = await journey.StartAsync();

        Assert.Equal("/request-help?timed-out=true", response.Headers.Location!.OriginalString);
        Assert.Contains("We deleted your answers because nothing happened for 2 hours", start, StringComparison.Ordinal);
        Assert.Equal("/request-help/who-for", again);
        Assert.DoesNotContain("checked", await journey.GetPageAsync(again), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_WithTheCouncilsOwnExpiry_ExpiresThenAndTheStartPageSaysSo()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database, new Dictionary<string, string?> { ["Journeys:KeptFor:RequestHelp"] = "00:30:00" });
        var journey = new RequestHelpClient(app.CreateBrowserLikeClient());
        await journey.StartAsync();
        await journey.AnswerAsync("/request-help/who-for", new Dictionary<string, string> { ["AskingFor"] = "Myself" });

        app.Clock.Advance(TimeSpan.FromMinutes(29));
        using var stillThere = await journey.Http.GetAsync("/request-help/name", Ct);
        app.Clock.Advance(TimeSpan.FromMinutes(31));
        using var gone = await journey.Http.GetAsync("/request-help/name", Ct);

        Assert.Equal(HttpStatusCode.OK, stillThere.StatusCode);
        Assert.Equal("/request-help?timed-out=true", gone.Headers.Location?.OriginalString);
        Assert.Contains("nothing happened for 30 minutes", await journey.GetPageAsync("/request-help?timed-out=true"), StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task Get_StoredAnswersTamperedWith_AreTreatedAsNoJourneyNotAnError(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        var journey = new RequestHelpClient(app.CreateBrowserLikeClient());
        var before = await CacheRowsAsync(database);
        await journey.StartAsync();
        await journey.AnswerAsync("/request-help/who-for", new Dictionary<string, string> { ["AskingFor"] = "Myself" });
        var row = Assert.Single((await CacheRowsAsync(database)).Except(before));
        await using (var db = database.CreateDbContext())
        {
            // What someone with the database might write in its place: answers as plain JSON.
            var planted = Encoding.UTF8.GetBytes($"{{\"id\":\"{Guid.NewGuid()}\",\"answers\":{{\"askingFor\":\"Myself\"}},\"answered\":[\"AskingFor\"]}}");
            Assert.Equal(1, await db.CacheEntries.Where(e => e.Key == row).ExecuteUpdateAsync(set => set.SetProperty(e => e.Value, planted), Ct));
        }

        using var response = await journey.Http.GetAsync("/request-help/name", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/request-help?timed-out=true", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Get_JourneyCookieTamperedWith_IsTreatedAsNoJourneyNotAnError()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/request-help/name");
        request.Headers.Add("Cookie", "__Host-FrontDoor-RequestHelp=CfDJ8-not-a-journey");

        using var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/request-help?timed-out=true", response.Headers.Location?.OriginalString);
    }

    private static async Task<List<string>> CacheRowsAsync(TestDatabase database)
    {
        await using var db = database.CreateDbContext();
        return await db.CacheEntries.AsNoTracking().Select(e => e.Key).OrderBy(key => key).ToListAsync(Ct);
    }
}
