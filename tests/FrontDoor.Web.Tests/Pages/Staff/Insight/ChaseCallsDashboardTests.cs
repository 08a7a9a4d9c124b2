using System.Net;
using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Data;
using FrontDoor.Core.People;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Tests.Hosting;

namespace FrontDoor.Web.Tests.Pages.Staff.Insight;

/// <summary>The chase call KPIs and the channel mix on the dashboard: their values, drill-downs to the contacts behind them, and CSV.</summary>
public sealed class ChaseCallsDashboardTests
{
    [Fact]
    public async Task Dashboard_ShowsChaseCalls_AndEachDrillsDownToTheContactsPhonedAbout()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        var (chased, notChased) = await SeedAsync(database);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-team-manager")).Dispose();

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/staff/insight", ct));

        Assert.Matches("data-testid=\"value-outboundChaseCalls\">\\s*<a class=\"govuk-link\" href=\"[^\"]*ChaseCalls=yes\" data-testid=\"drill-outboundChaseCalls\">1<", html);
        Assert.Matches("data-testid=\"value-chaseCallsPer100ProfessionalReferrals\">\\s*<a[^>]*>100.0<", html);
        var drill = System.Text.RegularExpressions.Regex.Match(html, "href=\"([^\"]*ChaseCalls=yes)\" data-testid=\"drill-outboundChaseCalls\"").Groups[1].Value;
        var list = await client.GetStringAsync(drill, ct);
        Assert.Contains(chased.ToString(), list, StringComparison.Ordinal);
        Assert.DoesNotContain(notChased.ToString(), list, StringComparison.Ordinal);

        var trend = await client.GetStringAsync("/staff/insight?handler=csv&table=trend", ct);
        Assert.Contains("outboundChaseCalls", trend.Split('\n')[0], StringComparison.Ordinal);
        Assert.Contains("chaseCallsPer100ProfessionalReferrals", trend.Split('\n')[0], StringComparison.Ordinal);
        Assert.Contains("data-testid=\"trend-outboundChaseCalls-table\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChannelMix_EachCellDrillsDownToItsContacts_AndMissingFactsAreATable()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        var (chased, notChased) = await SeedAsync(database);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-team-manager")).Dispose();

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/staff/insight", ct));

        // The police email is about Edith (85 and over, LE1); the public's phone call is not matched to anyone.
        var old = Link(html, "drill-channelByAgeBand-Email-85 and over");
        var unknown = Link(html, "drill-channelByArea-Phone-Unknown");
        Assert.Contains("AgeBand=85%20and%20over", old, StringComparison.Ordinal);
        var oldList = await client.GetStringAsync(old, ct);
        Assert.Contains(chased.ToString(), oldList, StringComparison.Ordinal);
        Assert.DoesNotContain(notChased.ToString(), oldList, StringComparison.Ordinal);
        var unknownList = await client.GetStringAsync(unknown, ct);
        Assert.Contains(notChased.ToString(), unknownList, StringComparison.Ordinal);
        Assert.DoesNotContain(chased.ToString(), unknownList, StringComparison.Ordinal);
        Assert.Contains(chased.ToString(), await client.GetStringAsync(Link(html, "drill-channelByArea-Email-LE1"), ct), StringComparison.Ordinal);

        var missing = await client.GetStringAsync("/staff/insight?handler=csv&table=missingRequiredFacts", ct);
        Assert.Equal("key,label,count\n", missing.TrimStart('\uFEFF'));
        Assert.Contains("data-testid=\"table-missingRequiredFacts\"", html, StringComparison.Ordinal);
    }

    private static string Link(string html, string testId)
    {
        var match = System.Text.RegularExpressions.Regex.Match(html, $"href=\"([^\"]+)\" data-testid=\"{System.Text.RegularExpressions.Regex.Escape(testId)}\"");
        Assert.True(match.Success, $"No link {testId}");
        return match.Groups[1].Value;
    }

    /// <summary>This month: a police email about Edith (born 1930, LE1), chased with her referrer; a member of the public's call, not chased.</summary>
    private static async Task<(ContactReference Chased, ContactReference NotChased)> SeedAsync(TestDatabase database)
    {
        var by = new AuditActor("advisor-1", "Asha Advisor", "Advisor");
        var at = new DateTimeOffset(FrontDoorAppFactory.Now.Year, FrontDoorAppFactory.Now.Month, 1, 9, 0, 0, TimeSpan.Zero);
        await using var db = database.CreateDbContext();
        var edith = new Person(Guid.CreateVersion7(), new PersonName("Edith", "Marsh"), at);
        edith.SetDateOfBirth(new DateOnly(1930, 5, 1), at);
        edith.MoveTo(new PostalAddress("1 Test Street", null, "Leicester", UkPostcode.Parse("LE1 1AA")), at);
        var police = new Contact(Guid.CreateVersion7(), ContactReference.New(), ContactChannel.Email, ContactSource.Police, at, "Concern for Edith's welfare");
        police.Open(at);
        police.MoveToQueue("tier-1", "Arrived", at, ContactEvent.System);
        police.MatchTo(edith.Id);
        police.RecordOutboundCall(Core.Contacts.CallBacks.OutboundCallPurpose.ChaseMissingInformation, Core.Contacts.CallBacks.CallBackPerson.Referrer, null, at.AddHours(1), by);
        var self = new Contact(Guid.CreateVersion7(), ContactReference.New(), ContactChannel.Phone, ContactSource.Self, at.AddHours(2), "Asking about meals");
        self.Open(self.ReceivedAt);
        self.MoveToQueue("tier-1", "Arrived", self.ReceivedAt, ContactEvent.System);
        self.RecordOutboundCall(Core.Contacts.CallBacks.OutboundCallPurpose.CallBack, Core.Contacts.CallBacks.CallBackPerson.Person, null, at.AddHours(3), by);
        db.AddRange(edith, police, self);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (police.Reference, self.Reference);
    }
}
