using FrontDoor.Core.Contacts;
using FrontDoor.Core.Data;
using FrontDoor.EndToEndTests.Browser;
using FrontDoor.TestCommon.Databases;
using Microsoft.Playwright;

namespace FrontDoor.EndToEndTests.Journeys;

public sealed class ContactTriageJourneyTests(Chromium chromium)
{
    [Theory]
    [BothProviders]
    public async Task Advisor_RunsTheGeneralFlowOnAPhoneContact_ToAReferralOutcome_AndEveryKindOfQuestionPageIsAccessible(DatabaseProvider provider)
    {
        await using var frontDoor = await RunningFrontDoor.StartAsync(provider: provider);
        var contactId = await AddPhoneContactAsync(frontDoor);
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString() });
        var page = await context.NewPageAsync();
        await page.SignInAsAtAsync("demo-advisor", $"/staff/contacts/{contactId}");

        await RunGeneralFlowAsync(page, contactId, checkAccessibility: true);

        // The date question of another flow, and its error, are accessible too.
        await page.GotoAsync($"/staff/contacts/{contactId}/triage");
        await page.ByTestId("flow-hospital-discharge").CheckAsync();
        await page.ByTestId("start-triage").ClickAsync();
        await page.ArriveAtAsync($"/staff/contacts/{contactId}/triage/question");
        await Assertions.Expect(page.ByTestId("question")).ToHaveTextAsync("When is the person expected to leave hospital?");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Day").FillAsync("31");
        await page.GetByLabel("Month").FillAsync("2");
        await page.GetByLabel("Year").FillAsync("2026");
        await page.ByTestId("save-answer").ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter a real date, for example 27 3 2026");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Advisor_RunsTheGeneralFlow_WithoutJavaScript()
    {
        await using var frontDoor = await RunningFrontDoor.StartAsync();
        var contactId = await AddPhoneContactAsync(frontDoor);
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString(), JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.SignInAsAtAsync("demo-advisor", $"/staff/contacts/{contactId}");

        await RunGeneralFlowAsync(page, contactId, checkAccessibility: false);
    }

    /// <summary>From the contact page through every question of the general flow to the reablement outcome and back.</summary>
    private static async Task RunGeneralFlowAsync(IPage page, Guid contactId, bool checkAccessibility)
    {
        async Task AccessibleAsync()
        {
            if (checkAccessibility)
            {
                await page.AssertAccessibleAsync();
            }
        }

        var question = $"/staff/contacts/{contactId}/triage/question";
        await Assertions.Expect(page.ByTestId("triage-section")).ToContainTextAsync("No triage flow has been run on this contact.");
        await page.ByTestId("start-triage-link").ClickAsync();
        await page.ArriveAtAsync($"/staff/contacts/{contactId}/triage");
        await AccessibleAsync();

        await page.ByTestId("start-triage").ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select a triage flow");
        await AccessibleAsync();
        await page.ByTestId("flow-general-new-request").CheckAsync();
        await page.ByTestId("start-triage").ClickAsync();

        // Yes or no, asked first; no answer is an error.
        await page.ArriveAtAsync(question);
        await Assertions.Expect(page.ByTestId("question")).ToHaveTextAsync("Is the person, or anyone with them, in danger now?");
        await AccessibleAsync();
        await page.ByTestId("save-answer").ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select yes or no");
        await AccessibleAsync();
        await page.ByTestId("answer-no").CheckAsync();
        await page.ByTestId("save-answer").ClickAsync();

        // Text, with what to say and the character count.
        await page.ArriveAtAsync(question);
        await Assertions.Expect(page.ByTestId("say")).ToContainTextAsync("Can you tell me about a usual day?");
        await AccessibleAsync();
        await page.ByTestId("answer-text").FillAsync("To get upstairs to bed on her own again.");
        await page.ByTestId("save-answer").ClickAsync();

        // A choice.
        await page.ArriveAtAsync(question);
        await Assertions.Expect(page.ByTestId("question")).ToHaveTextAsync("Who helps the person now, and is that help enough?");
        await Assertions.Expect(page.ByTestId("triage-answers")).ToContainTextAsync("To get upstairs to bed on her own again.");
        await AccessibleAsync();
        await page.ByTestId("answer-managing").CheckAsync();
        await page.ByTestId("save-answer").ClickAsync();

        await page.ArriveAtAsync(question);
        await page.ByTestId("answer-text").FillAsync("Washes and dresses; cannot manage the stairs since her fall.");
        await page.ByTestId("save-answer").ClickAsync();

        await page.ArriveAtAsync(question);
        await page.ByTestId("answer-short-term-support").CheckAsync();
        await page.ByTestId("save-answer").ClickAsync();

        await page.ArriveAtAsync($"/staff/contacts/{contactId}/triage/outcome");
        await Assertions.Expect(page.ByTestId("outcome-title")).ToHaveTextAsync("Referral to reablement");
        await Assertions.Expect(page.ByTestId("suggested-priority")).ToHaveTextAsync("Medium");
        await Assertions.Expect(page.ByTestId("outcome-advice")).ToContainTextAsync("Refer to the reablement team");
        await Assertions.Expect(page.ByTestId("go-refer")).ToHaveAttributeAsync("href", $"/staff/contacts/{contactId}/refer?type=Reablement");
        await AccessibleAsync();

        await page.GotoAsync($"/staff/contacts/{contactId}");
        await Assertions.Expect(page.ByTestId("triage-outcome")).ToContainTextAsync("Referral to reablement");
        await Assertions.Expect(page.ByTestId("triage-answers")).ToContainTextAsync("Short-term support to regain skills after an illness or fall");
        await AccessibleAsync();
    }

    /// <summary>A phone call about someone, saved and opened as the phone contact page does, with no answers given at intake.</summary>
    private static async Task<Guid> AddPhoneContactAsync(RunningFrontDoor frontDoor)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = frontDoor.CreateDbContext();
        var at = frontDoor.Clock.GetUtcNow().AddMinutes(-10);
        var contact = new Contact(Guid.CreateVersion7(), ContactReference.New(), ContactChannel.Phone, ContactSource.Self, at, "Since my fall I can't get upstairs to bed.");
        contact.Open(at);
        db.Contacts.Add(contact);
        await db.SaveChangesAsync(ct);
        return contact.Id;
    }
}
