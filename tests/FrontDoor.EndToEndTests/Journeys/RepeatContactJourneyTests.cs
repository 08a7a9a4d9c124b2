using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Data;
using FrontDoor.Core.People;
using FrontDoor.EndToEndTests.Browser;
using FrontDoor.TestCommon.Databases;
using Microsoft.Playwright;

namespace FrontDoor.EndToEndTests.Journeys;

public sealed class RepeatContactJourneyTests(Chromium chromium)
{
    [Theory]
    [BothProviders]
    public async Task Advisor_WithJavaScriptOff_SeesTheRecurringFlagAndLastContact_AndRecordsAChasingContact(DatabaseProvider provider)
    {
        await using var frontDoor = await RunningFrontDoor.StartAsync(provider: provider);
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString(), JavaScriptEnabled = false });
        await RecordChasingAsync(frontDoor, await context.NewPageAsync(), withAxe: false);
    }

    [Fact]
    public async Task Advisor_WithJavaScript_SeesTheRecurringFlagAndLastContact_AndRecordsAChasingContact_EveryPageAccessible()
    {
        await using var frontDoor = await RunningFrontDoor.StartAsync();
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString() });
        await RecordChasingAsync(frontDoor, await context.NewPageAsync(), withAxe: true);
    }

    /// <summary>Axe runs in the page's JavaScript, so with JavaScript off the journey is checked to work and no more.</summary>
    private static async Task RecordChasingAsync(RunningFrontDoor frontDoor, IPage page, bool withAxe)
    {
        Task AssertAccessibleAsync() => withAxe ? page.AssertAccessibleAsync() : Task.CompletedTask;
        var (previous, current) = await AlbertRangAgainAsync(frontDoor);
        var contactPath = $"/staff/contacts/{current.Id}";
        await page.SignInAsAdvisorAtAsync(contactPath);

        await Assertions.Expect(page.ByTestId("recurring")).ToContainTextAsync($"Recurring contact: the person's previous contact, {previous.Reference}");
        await Assertions.Expect(page.ByTestId("other-contact-closing")).ToContainTextAsync("Gave the number for the community shopping service.");
        await Assertions.Expect(page.ByTestId("other-contact-closing")).ToContainTextAsync("Information and advice");
        await AssertAccessibleAsync();

        await page.ByTestId("failure-demand-link").ClickAsync();
        await page.ArriveAtAsync($"{contactPath}/failure-demand");
        await AssertAccessibleAsync();
        await page.ByTestId("record-failure-demand").ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select why this is failure demand");
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select the contact this one chases, or that it is not chasing one");
        await AssertAccessibleAsync();

        await page.ByTestId("reason-RepeatOrChasing").CheckAsync();
        await page.ByTestId($"chases-{previous.Reference}").CheckAsync();
        await page.ByTestId("record-failure-demand").ClickAsync();
        await page.ArriveAtAsync($"{contactPath}#work");
        await Assertions.Expect(page.ByTestId("failure-demand")).ToContainTextAsync("Repeat or chasing (asking where their request is): chasing " + previous.Reference);
        await AssertAccessibleAsync();
    }

    /// <summary>Albert's shopping contact closed a month ago; today's contact, linked to him, is flagged recurring.</summary>
    private static async Task<(Contact Previous, Contact Current)> AlbertRangAgainAsync(RunningFrontDoor frontDoor)
    {
        var ct = TestContext.Current.CancellationToken;
        var now = frontDoor.Clock.GetUtcNow();
        var advisor = new AuditActor("demo-advisor", "Demo Advisor", "Advisor");
        await using var db = frontDoor.CreateDbContext();
        var albert = new Person(Guid.CreateVersion7(), new PersonName("Albert", "Stone"), now);
        db.People.Add(albert);
        await db.SaveChangesAsync(ct);

        Contact Arrived(DateTimeOffset at, string story)
        {
            var contact = new Contact(Guid.CreateVersion7(at), ContactReference.New(), ContactChannel.Phone, ContactSource.Self, at, story);
            contact.RecordWhatWasReported(new ReportedPerson { GivenName = "Albert", FamilyName = "Stone" }, CommunicationNeeds.None, ContactConsent.NotAsked, ImmediateRisk.NotAsked, null);
            contact.MatchTo(albert.Id);
            contact.Open(at);
            db.Contacts.Add(contact);
            return contact;
        }

        var previous = Arrived(now.AddDays(-35), "Mr Stone needs help with his shopping.");
        previous.Close([ContactOutcome.InformationAndAdvice], "Gave the number for the community shopping service.", now.AddDays(-30), advisor);
        var current = Arrived(now.AddHours(-1), "Mr Stone says nobody has rung about his shopping.");
        current.FlagRecurring(previous.Id, previous.Reference, previous.ClosedAt!.Value, now.AddHours(-1));
        await db.SaveChangesAsync(ct);
        return (previous, current);
    }
}
