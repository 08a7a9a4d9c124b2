using System.Globalization;
using System.Net;
using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Contacts.Review;
using FrontDoor.Core.Data;
using FrontDoor.Core.People;
using FrontDoor.Core.Triage.Closing;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Tests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDoor.Web.Tests.Pages.Staff.Contacts.Repeat;

public sealed class RepeatContactPagesTests
{
    private static readonly AuditActor Advisor = new("advisor-1", "Asha Advisor", "Advisor");

    /// <summary>Edith, with an earlier contact closed yesterday and a new one linked to her today by staff (which flags it recurring).</summary>
    private static async Task<(Guid Previous, Guid Current, Guid Person)> EdithCalledAgainAsync(TestDatabase database, FrontDoorAppFactory app)
    {
        var ct = TestContext.Current.CancellationToken;
        var person = new Person(Guid.CreateVersion7(), new PersonName("Edith", "Marsh"), FrontDoorAppFactory.Now);
        var previous = await StaffContactsTestKit.ReceiveAsync(app, "Mrs Marsh needs help with her shopping.");
        await using (var db = database.CreateDbContext())
        {
            db.People.Add(person);
            await db.SaveChangesAsync(ct);
            var contact = await db.Contacts.SingleAsync(c => c.Id == previous, ct);
            contact.MatchTo(person.Id);
            await db.SaveChangesAsync(ct);
        }

        await using (var closingScope = app.Services.CreateAsyncScope())
        {
            await using var db = database.CreateDbContext();
            var version = await db.Contacts.Where(c => c.Id == previous).Select(c => c.Version).SingleAsync(ct);
            await closingScope.ServiceProvider.GetRequiredService<ContactClosing>().CloseAsync(previous, version, new ClosingRequest
            {
                Outcomes = [ContactOutcome.InformationAndAdvice, ContactOutcome.Signposted],
                SignpostedTo = "Community shopping service",
                Summary = "Gave the number for the community shopping service.",
            }, Advisor, ct);
        }

        app.Clock.Advance(TimeSpan.FromDays(1));
        var current = await StaffContactsTestKit.ReceiveAsync(app, "Mrs Marsh says nobody has rung about her shopping.");
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ContactPersonLinks>().LinkAsync(current, person.Id, replacing: null, Advisor, "test", ct);
        return (previous, current, person.Id);
    }

    [Theory]
    [BothProviders]
    public async Task ContactPage_OfARecurringContact_ShowsTheFlag_AndThePreviousContactsClosingSummaryAndOutcomes(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        var (previous, current, _) = await EdithCalledAgainAsync(database, app);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        var page = await client.GetStringAsync($"/staff/contacts/{current}", ct);

        await using var db = database.CreateDbContext();
        var previousReference = await db.Contacts.Where(c => c.Id == previous).Select(c => c.Reference).SingleAsync(ct);
        Assert.Contains("data-testid=\"recurring\"", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/staff/contacts/{previous}\" data-testid=\"recurring-previous\">{previousReference}</a>", page, StringComparison.Ordinal);
        Assert.Contains("Gave the number for the community shopping service.", page, StringComparison.Ordinal);
        Assert.Contains("<li>Information and advice</li>", page, StringComparison.Ordinal);
        Assert.Contains("<li>Signposted</li>", page, StringComparison.Ordinal);
        Assert.Contains("Recurring contact", page, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task PhonePage_OnceThePersonIsChosen_ListsTheirOpenAndRecentlyClosedContacts(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        var (previous, current, edith) = await EdithCalledAgainAsync(database, app);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        var html = await client.GetStringAsync($"/staff/phone/record?PersonId={edith:D}", ct);

        Assert.Contains("Other contacts for this person", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/staff/contacts/{current}\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/staff/contacts/{previous}\"", html, StringComparison.Ordinal);
        Assert.Contains("Still open", html, StringComparison.Ordinal);
        Assert.Contains("Gave the number for the community shopping service.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"failure-demand-link\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task FailureDemand_WithNothingChosen_ShowsBothErrors_AndNothingChanges(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        var (_, current, _) = await EdithCalledAgainAsync(database, app);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();
        var url = $"/staff/contacts/{current}/failure-demand";
        var version = await VersionAsync(database, current);

        using var response = await client.PostFormAsync(url, url, new Dictionary<string, string> { ["Version"] = version.ToString(CultureInfo.InvariantCulture) });

        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("govuk-error-summary", page, StringComparison.Ordinal);
        Assert.Contains("Select why this is failure demand", page, StringComparison.Ordinal);
        Assert.Contains("Select the contact this one chases, or that it is not chasing one", page, StringComparison.Ordinal);
        Assert.Equal(version, await VersionAsync(database, current));
    }

    [Theory]
    [BothProviders]
    public async Task FailureDemand_ChasingWithAnotherReason_IsRefused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        var (previous, current, _) = await EdithCalledAgainAsync(database, app);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();
        var url = $"/staff/contacts/{current}/failure-demand";
        var version = await VersionAsync(database, current);

        using var response = await client.PostFormAsync(url, url, new Dictionary<string, string>
        {
            ["Reason"] = nameof(FailureDemandReason.NotForAdultSocialCare),
            ["Chases"] = previous.ToString(),
            ["Version"] = version.ToString(CultureInfo.InvariantCulture),
        });

        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Select repeat or chasing when the contact chases another", page, StringComparison.Ordinal);
        Assert.Equal(version, await VersionAsync(database, current));
    }

    [Theory]
    [BothProviders]
    public async Task FailureDemand_Chasing_IsRecordedWithTheChasedContact_AndShownOnTheContactPage(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        var (previous, current, _) = await EdithCalledAgainAsync(database, app);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();
        var url = $"/staff/contacts/{current}/failure-demand";

        using var response = await client.PostFormAsync(url, url, new Dictionary<string, string>
        {
            ["Reason"] = nameof(FailureDemandReason.RepeatOrChasing),
            ["Chases"] = previous.ToString(),
            ["Version"] = (await VersionAsync(database, current)).ToString(CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = database.CreateDbContext();
        var contact = await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == current, ct);
        Assert.Equal((FailureDemandReason.RepeatOrChasing, (Guid?)previous), (contact.FailureDemandReason, contact.ChasesContactId));
        var recorded = await db.ContactEvents.AsNoTracking().SingleAsync(e => e.ContactId == current && e.Kind == ContactEventKind.FailureDemandRecorded, ct);
        Assert.Equal(("RepeatOrChasing", "Advisor"), (recorded.To, recorded.ActorRole));
        var page = await client.GetStringAsync($"/staff/contacts/{current}", ct);
        Assert.Contains("data-testid=\"failure-demand\"", page, StringComparison.Ordinal);
        Assert.Contains("Repeat or chasing (asking where their request is)", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/staff/contacts/{previous}\" data-testid=\"failure-demand-chases\"", page, StringComparison.Ordinal);
    }

    private static async Task<int> VersionAsync(TestDatabase database, Guid contactId)
    {
        await using var db = database.CreateDbContext();
        return await db.Contacts.AsNoTracking().Where(c => c.Id == contactId).Select(c => c.Version).SingleAsync(TestContext.Current.CancellationToken);
    }
}
