using FrontDoor.EndToEndTests.Browser;
using Microsoft.Playwright;

namespace FrontDoor.EndToEndTests.Journeys;

public sealed class TriageFlowsJourneyTests(Chromium chromium)
{
    [Fact]
    public async Task Advisor_OpensAFlowFromTheStaffHome_ByKeyboard_AndBothPagesAreAccessible()
    {
        await using var frontDoor = await RunningFrontDoor.StartAsync(demoPeople: 60);
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString() });
        var page = await context.NewPageAsync();
        await page.SignInAsAtAsync("demo-advisor", "/staff");
        await page.TabToAsync("triage-flows-link");
        await page.Keyboard.PressAsync("Enter");

        await page.ArriveAtAsync("/staff/triage-flows");
        await page.AssertAccessibleAsync();
        await page.TabToAsync("flow-safeguarding-concern");
        await page.Keyboard.PressAsync("Enter");

        await page.ArriveAtAsync("/staff/triage-flows/safeguarding-concern");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Safeguarding concern");
        await Assertions.Expect(page.Locator("svg[role=img] title")).ToHaveTextAsync("Diagram of the Safeguarding concern flow");
        await Assertions.Expect(page.ByTestId("step-what-happened")).ToContainTextAsync("What happened, when, and who is said to be responsible?");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Flow_WithoutJavaScript_ShowsTheDiagramAndTheText()
    {
        await using var frontDoor = await RunningFrontDoor.StartAsync(demoPeople: 60);
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString(), JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.SignInAsAtAsync("demo-advisor", "/staff/triage-flows/hospital-discharge");

        await Assertions.Expect(page.ByTestId("diagram-reablement")).ToBeVisibleAsync();
        await Assertions.Expect(page.ByTestId("outcome-reablement")).ToContainTextAsync("Referral to reablement");
    }
}
