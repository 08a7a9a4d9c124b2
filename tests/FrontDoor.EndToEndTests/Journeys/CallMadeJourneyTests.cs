using FrontDoor.EndToEndTests.Browser;
using Microsoft.Playwright;
using static FrontDoor.EndToEndTests.Journeys.ClaimedContacts;

namespace FrontDoor.EndToEndTests.Journeys;

/// <summary>An advisor records a call made to chase missing information, from the Work summary; with and without JavaScript.</summary>
public sealed class CallMadeJourneyTests(Chromium chromium)
{
    [Fact]
    public async Task Advisor_RecordsAChaseCall_AfterAMistake_AndSeesItOnTheTimeline_EveryPageAccessible()
    {
        await using var frontDoor = await RunningFrontDoor.StartAsync();
        var contact = await AddClaimedAsync(frontDoor);
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString() });
        var page = await context.NewPageAsync();

        await RecordAsync(page, contact.Id, accessible: true);
    }

    [Fact]
    public async Task Advisor_WithoutJavaScript_RecordsAChaseCall_AndSeesItOnTheTimeline()
    {
        await using var frontDoor = await RunningFrontDoor.StartAsync();
        var contact = await AddClaimedAsync(frontDoor);
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString(), JavaScriptEnabled = false });
        var page = await context.NewPageAsync();

        await RecordAsync(page, contact.Id, accessible: false);
    }

    /// <summary>The same steps both ways; axe only runs with JavaScript on.</summary>
    private static async Task RecordAsync(IPage page, Guid contactId, bool accessible)
    {
        await page.GotoAsync($"/staff/contacts/{contactId}");
        await page.ArriveAtAsync(@"/sign-in\?ReturnUrl=.*");
        await page.ByTestId("demo-advisor").CheckAsync();
        await page.ByTestId("sign-in").ClickAsync();
        await page.ArriveAtAsync($"/staff/contacts/{contactId}");
        await page.ByTestId("work-record-call-link").ClickAsync();
        await page.ArriveAtAsync($"/staff/contacts/{contactId}/call-made");
        if (accessible)
        {
            await page.AssertAccessibleAsync();
        }

        await page.ByTestId("record-call").ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select why you made the call");
        if (accessible)
        {
            await page.AssertAccessibleAsync();
        }

        await page.ByTestId("purpose-ChaseMissingInformation").CheckAsync();
        await page.ByTestId("called-Referrer").CheckAsync();
        await page.ByTestId("got-through-no").CheckAsync();
        await page.ByTestId("call-note").FillAsync("No answer from the daughter; left a voicemail asking for her mother's date of birth.");
        await page.ByTestId("record-call").ClickAsync();
        await page.ArriveAtAsync($"/staff/contacts/{contactId}#work");
        await Assertions.Expect(page.ByTestId("timeline-call-details").First).ToHaveTextAsync("Did not get through.");
        if (accessible)
        {
            await page.AssertAccessibleAsync();
        }
    }
}
