using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Data;
using FrontDoor.Core.Messages;
using FrontDoor.Core.People;
using FrontDoor.Core.Triage.Flows;
using FrontDoor.Core.Triage.Referrals;
using FrontDoor.Core.WaitingWell;
using FrontDoor.Core.WorkQueues;
using FrontDoor.EndToEndTests.Browser;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace FrontDoor.EndToEndTests.Journeys;

public sealed class CheckInByTextJourneyTests(Chromium chromium)
{
    [Fact]
    public async Task Person_WithJavaScript_AnswersATextedCheckIn_EveryPageAccessible()
    {
        await using var frontDoor = await RunningFrontDoor.StartAsync();
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString() });
        await AnswerAsync(frontDoor, await context.NewPageAsync(), withAxe: true);
    }

    [Theory]
    [BothProviders]
    public async Task Person_WithJavaScriptOff_AnswersATextedCheckIn_AndTheLinkThenSaysItIsUsed(DatabaseProvider provider)
    {
        await using var frontDoor = await RunningFrontDoor.StartAsync(provider: provider);
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString(), JavaScriptEnabled = false });
        await AnswerAsync(frontDoor, await context.NewPageAsync(), withAxe: false);
    }

    /// <summary>Axe runs in the page's JavaScript, so with JavaScript off the journey is checked to work and no more.</summary>
    private static async Task AnswerAsync(RunningFrontDoor frontDoor, IPage page, bool withAxe)
    {
        Task AssertAccessibleAsync() => withAxe ? page.AssertAccessibleAsync() : Task.CompletedTask;
        var (contactId, token) = await TextedCheckInAsync(frontDoor);

        await page.GotoAsync($"/check-in/{token}");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Keeping in touch while you wait");
        await AssertAccessibleAsync();

        await page.ByTestId("changed-yes").CheckAsync();
        await page.ByTestId("send-check-in").ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter what has changed");
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select yes if you would like us to call you");
        await AssertAccessibleAsync();

        await page.ByTestId("what-changed").FillAsync("My daughter has moved away, so nobody does my shopping.");
        await page.ByTestId("call-yes").CheckAsync();
        await page.ByTestId("send-check-in").ClickAsync();
        await page.ArriveAtAsync("/check-in/thank-you");
        await Assertions.Expect(page.ByTestId("check-in-thank-you")).ToBeVisibleAsync();
        await AssertAccessibleAsync();

        await page.GotoAsync($"/check-in/{token}");
        await Assertions.Expect(page.ByTestId("check-in-not-open")).ToHaveTextAsync("This link has expired or has already been used");
        await AssertAccessibleAsync();

        await using var db = frontDoor.CreateDbContext();
        var escalated = await db.ContactEvents.AsNoTracking().SingleAsync(e => e.ContactId == contactId && e.Kind == ContactEventKind.RiskEscalated, TestContext.Current.CancellationToken);
        Assert.Equal(CheckInTexts.ThePersonByText.Id, escalated.ActorId);
    }

    /// <summary>
    /// Someone with a mobile on their record, waiting for Home First at medium risk, whose check-in fell due and was
    /// texted: the prompt as the job stores it, with the token the text's link would carry.
    /// </summary>
    private static async Task<(Guid ContactId, string Token)> TextedCheckInAsync(RunningFrontDoor frontDoor)
    {
        var now = frontDoor.Clock.GetUtcNow();
        var joined = now.AddDays(-21);
        var advisor = new AuditActor("demo-advisor", "Demo Advisor", "Advisor");
        await using var db = frontDoor.CreateDbContext();
        var person = new Person(Guid.CreateVersion7(joined), new PersonName("Edith", "Marsh"), joined);
        person.SetPhones([PhoneNumber.Parse("07700 900456")], joined);
        db.People.Add(person);
        var contact = new Contact(Guid.CreateVersion7(joined), ContactReference.New(), ContactChannel.Phone, ContactSource.Self, joined, "Mrs Marsh has lost her confidence after a fall.");
        contact.RecordWhatWasReported(new ReportedPerson { GivenName = "Edith", FamilyName = "Marsh" }, CommunicationNeeds.None, ContactConsent.NotAsked, ImmediateRisk.NotAsked, null);
        contact.Open(joined);
        contact.MatchTo(person.Id);
        contact.PrioritiseByRules(TriagePriority.Medium, ["Lives alone"], joined.AddDays(3), joined);
        contact.Refer(ReferralType.Reablement.ToString(), "home-first", "Lost confidence after a fall.", joined, advisor);
        db.Contacts.Add(contact);
        db.Add(new ContactReferral(Guid.CreateVersion7(joined), contact.Id, ReferralType.Reablement, "home-first", "Lost confidence after a fall.", joined, advisor));
        var (token, hash) = ReplyLinkToken.New();
        db.Add(new CheckInPrompt(Guid.CreateVersion7(now), contact.Id, now, hash, now, now.AddDays(7)));
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (contact.Id, token);
    }
}
