using System.Net;
using System.Text.Json;
using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Data;
using FrontDoor.Core.Messages;
using FrontDoor.Core.Messages.Notify;
using FrontDoor.Core.People;
using FrontDoor.Core.Triage.Assessment;
using FrontDoor.Core.Triage.Referrals;
using FrontDoor.Core.WaitingWell;
using FrontDoor.Core.WorkQueues;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Tests.Hosting;
using FrontDoor.Web.Tests.Pages.Staff.Contacts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDoor.Web.Tests.Pages.Portal.CheckIn;

public sealed class CheckInReplyPagesTests
{
    private const string NotOpen = "This link has expired or has already been used";
    private static readonly AuditActor Advisor = new("advisor-1", "Asha Advisor", "Advisor");

    public static IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?> { ["Messages:StaffSiteUrl"] = "https://frontdoor.example.gov.uk/" };

    [Theory]
    [BothProviders]
    public async Task Reply_ThatThingsChanged_ThanksThePerson_ShowsOnTheManagersHome_AndTheLinkThenSaysItIsUsed(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database, Settings);
        var (id, token) = await TextedCheckInAsync(app, database);
        using var person = app.CreateBrowserLikeClient();
        var url = $"/check-in/{token}";

        var page = await person.GetStringAsync(url, ct);
        Assert.Contains("Has anything changed since we last spoke?", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Marsh", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Home First", page, StringComparison.Ordinal);

        using var answered = await person.PostFormAsync(url, url, new Dictionary<string, string> { ["Changed"] = "true", ["WhatChanged"] = "My daughter has moved away.", ["WantsCall"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        Assert.Equal("/check-in/thank-you", answered.Headers.Location?.OriginalString);
        Assert.Contains("Thank you for letting us know", await person.GetStringAsync("/check-in/thank-you", ct), StringComparison.Ordinal);

        using var again = await person.GetAsync(url, ct);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Contains(NotOpen, await again.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);

        using var manager = app.CreateBrowserLikeClient();
        (await manager.SignInAsDemoUserAsync("demo-team-manager")).Dispose();
        var home = await manager.GetStringAsync("/staff", ct);
        Assert.Contains($"href=\"/staff/contacts/{id}#work\"", home, StringComparison.Ordinal);
        Assert.Contains("unchanged: the person's answer by text needs a look", home, StringComparison.Ordinal);
        var contactPage = await manager.GetStringAsync($"/staff/contacts/{id}", ct);
        Assert.Contains("Check-in texted", contactPage, StringComparison.Ordinal);
        Assert.Contains("By text. Changed: My daughter has moved away. Asked for a call.", contactPage, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task Reply_WithoutItsAnswers_ShowsEachError_AndRecordsNothing(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database, Settings);
        var (_, token) = await TextedCheckInAsync(app, database);
        using var person = app.CreateBrowserLikeClient();
        var url = $"/check-in/{token}";

        using var response = await person.PostFormAsync(url, url, new Dictionary<string, string> { ["Changed"] = "true" });

        var page = await response.Content.ReadAsStringAsync(ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("govuk-error-summary", page, StringComparison.Ordinal);
        Assert.Contains("Enter what has changed", page, StringComparison.Ordinal);
        Assert.Contains("Select yes if you would like us to call you", page, StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        Assert.False(await db.ContactEvents.AnyAsync(e => e.Kind == ContactEventKind.CheckedIn, ct));
    }

    [Theory]
    [BothProviders]
    public async Task AnExpiredLink_AndAnUnknownOne_ShowTheSamePageWithTheSameStatus(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database, Settings);
        var (_, token) = await TextedCheckInAsync(app, database);
        using var person = app.CreateBrowserLikeClient();
        using (var open = await person.GetAsync($"/check-in/{token}", ct))
        {
            Assert.Equal(HttpStatusCode.OK, open.StatusCode);
        }

        app.Clock.Advance(new WaitingWellOptions().TextLinkExpiresAfter);

        using var expired = await person.GetAsync($"/check-in/{token}", ct);
        using var unknown = await person.GetAsync($"/check-in/{ReplyLinkToken.New().Token}", ct);
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (expired.StatusCode, unknown.StatusCode));
        Assert.Contains(NotOpen, await expired.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        Assert.Contains(NotOpen, await unknown.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
    }

    /// <summary>
    /// A contact about a person with a mobile, referred to Home First, its check-in fallen due and texted by the
    /// production job's service; returns the contact and the token in the text's link.
    /// </summary>
    public static async Task<(Guid ContactId, string Token)> TextedCheckInAsync(FrontDoorAppFactory app, TestDatabase database)
    {
        var ct = TestContext.Current.CancellationToken;
        var id = await StaffContactsTestKit.ReceiveAsync(app, "Mrs Marsh has lost her confidence after a fall.");
        await using (var db = database.CreateDbContext())
        {
            var person = new Person(Guid.CreateVersion7(), new PersonName("Edith", "Marsh"), FrontDoorAppFactory.Now);
            person.SetPhones([PhoneNumber.Parse("07700 900456")], FrontDoorAppFactory.Now);
            db.People.Add(person);
            (await db.Contacts.SingleAsync(c => c.Id == id, ct)).MatchTo(person.Id);
            await db.SaveChangesAsync(ct);
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ContactAssessments>().SaveAsync(id, await VersionAsync(database, id), new ContactAssessmentAnswers { BenefitsAdvice = BenefitsAdviceOffer.Offered, FairerChargingExplained = true }, Advisor, ct);
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ContactReferrals>().ReferAsync(id, await VersionAsync(database, id), new ReferralRequest(ReferralType.Reablement, "home-first", "Lost confidence after a fall."), Advisor, ct);
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var due = (await scope.ServiceProvider.GetRequiredService<WaitingList>().ForTeamAsync("home-first", ct)).Single(p => p.ContactId == id).CheckInDueAt;
            app.Clock.Advance(due - app.Clock.GetUtcNow());

            // The job's own timer may have texted it already as the clock moved; either way there is one text.
            await scope.ServiceProvider.GetRequiredService<CheckInTexts>().SendDueAsync(ct);
        }

        await using var read = database.CreateDbContext();
        var text = await read.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.Template == NotifyTemplates.CheckInPromptSms.Name && m.ContactId == id, ct);
        var link = JsonSerializer.Deserialize<Dictionary<string, string>>(text.Body)!["check_in_link"];
        return (id, link[(link.LastIndexOf('/') + 1)..]);
    }

    private static async Task<int> VersionAsync(TestDatabase database, Guid contactId)
    {
        await using var db = database.CreateDbContext();
        return await db.Contacts.AsNoTracking().Where(c => c.Id == contactId).Select(c => c.Version).SingleAsync(TestContext.Current.CancellationToken);
    }
}
