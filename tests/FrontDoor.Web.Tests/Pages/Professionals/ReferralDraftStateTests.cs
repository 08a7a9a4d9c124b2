using System.Text;
using FrontDoor.Core.Data;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Tests.Hosting;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Tests.Pages.Professionals;

/// <summary>Where an e-form's draft is kept between pages: the cache table, encrypted, and deleted once the referral is sent.</summary>
public sealed class ReferralDraftStateTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [BothProviders]
    public async Task Send_DeletesTheDraftAndTheReceiptAndCopyStillShow(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        var form = new ReferralFormClient(client);
        var answers = ReferralAnswers.Complete("police");
        var before = await CacheRowsAsync(database);
        await form.StartAsync("police");
        await form.ContinueAsync("about-you", answers.AboutYou);
        await form.ContinueAsync("person", answers.Person);
        await form.ContinueAsync("concern", answers.Concern);
        await form.ContinueAsync("risk-and-consent", answers.RiskAndConsent);
        var draftRow = Assert.Single((await CacheRowsAsync(database)).Except(before));
        Assert.DoesNotContain("Edith", await StoredTextAsync(database), StringComparison.Ordinal);

        using var sent = await form.PostPageAsync("check-answers", new Dictionary<string, string>());
        using var again = await form.SendAgainAsync();
        using var question = await client.GetAsync(form.PageUrl("person"), Ct);

        Assert.Equal(form.PageUrl("confirmation"), sent.Headers.Location!.OriginalString);
        Assert.DoesNotContain(draftRow, await CacheRowsAsync(database));
        Assert.DoesNotContain("Edith", await StoredTextAsync(database), StringComparison.Ordinal);
        // Nothing left to send or change: the pages of a sent form show its receipt, which still offers the copy.
        Assert.Equal(form.PageUrl("confirmation"), again.Headers.Location!.OriginalString);
        Assert.Equal(form.PageUrl("confirmation"), question.Headers.Location!.OriginalString);
        Assert.Contains("Edith Marsh", await form.GetAsync("copy"), StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        Assert.Equal(1, await db.Contacts.CountAsync(Ct));
    }

    [Fact]
    public async Task Get_DraftAfterItExpired_GoesBackToTheStartWhichSaysHowLongFormsAreKept()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        var form = new ReferralFormClient(client);
        await form.StartAsync("police");
        await form.ContinueAsync("about-you", ReferralAnswers.Minimal("police").AboutYou);

        app.Clock.Advance(TimeSpan.FromHours(3) + TimeSpan.FromMinutes(1));
        using var response = await client.GetAsync(form.PageUrl("person"), Ct);
        var start = await client.GetStringAsync(response.Headers.Location!.OriginalString, Ct);

        Assert.Equal("/professionals/police?expired=true", response.Headers.Location!.OriginalString);
        Assert.Contains("We keep an unsent form for 3 hours after its last page was seen", start, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_DraftInAnotherFormsAddress_GoesBackToThatFormsStart()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        var form = new ReferralFormClient(client);
        await form.StartAsync("police");

        using var response = await client.GetAsync(form.PageUrl("about-you").Replace("/police/", "/ambulance/", StringComparison.Ordinal), Ct);

        Assert.Equal("/professionals/ambulance?expired=true", response.Headers.Location!.OriginalString);
    }

    private static async Task<List<string>> CacheRowsAsync(TestDatabase database)
    {
        await using var db = database.CreateDbContext();
        return await db.CacheEntries.AsNoTracking().Select(e => e.Key).OrderBy(key => key).ToListAsync(Ct);
    }

    private static async Task<string> StoredTextAsync(TestDatabase database)
    {
        await using var db = database.CreateDbContext();
        return string.Join('\n', (await db.CacheEntries.AsNoTracking().Select(e => e.Value).ToListAsync(Ct)).Select(value => Encoding.UTF8.GetString(value)));
    }
}
