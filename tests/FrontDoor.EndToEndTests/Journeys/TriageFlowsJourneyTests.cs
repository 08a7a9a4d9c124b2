using System.Text;
using FrontDoor.EndToEndTests.Browser;
using FrontDoor.TestCommon.Triage;
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

    [Fact]
    public async Task TeamManager_UploadsABrokenFlow_SeesEachProblemWithItsLine_ThenAGoodOne_AndEveryPageIsAccessible()
    {
        await using var frontDoor = await RunningFrontDoor.StartAsync(demoPeople: 60);
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString() });
        var page = await context.NewPageAsync();
        await page.SignInAsAtAsync("demo-team-manager", "/staff/triage-flows");
        await page.ByTestId("upload-flow-link").ClickAsync();
        await page.ArriveAtAsync("/staff/triage-flows/upload");
        await page.AssertAccessibleAsync();

        var good = EditedFlows.Carer(2);
        await page.ByTestId("flow-file").SetInputFilesAsync(Yaml("carer.yaml", good.Replace("answer: yes-no", "answer: maybe", StringComparison.Ordinal).Replace("priority: low", "priority: soon", StringComparison.Ordinal)));
        await page.ByTestId("upload-flow").ClickAsync();

        var summary = page.Locator(".govuk-error-summary");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(summary).ToContainTextAsync("carer.yaml, line 13: ");
        await Assertions.Expect(summary).ToContainTextAsync("\"soon\" is not one of urgent, high, medium, low");
        await Assertions.Expect(page.ByTestId("flow-file-error")).ToContainTextAsync("carer.yaml, line 13: ");
        await page.AssertAccessibleAsync();

        await page.ByTestId("flow-file").SetInputFilesAsync(Yaml("carer.yaml", good));
        await page.ByTestId("upload-flow").ClickAsync();

        await page.ArriveAtAsync("/staff/triage-flows/carer");
        await Assertions.Expect(page.ByTestId("changed-banner")).ToContainTextAsync("Version 2 of Carer asking for support (revised) is now in force.");
        await Assertions.Expect(page.ByTestId("version-1")).ToContainTextAsync("Shipped with FrontDoor");
        await Assertions.Expect(page.ByTestId("version-2")).ToContainTextAsync("by Grace Okafor");
        await page.AssertAccessibleAsync();

        await page.ByTestId("put-back-1").ClickAsync();
        await page.ArriveAtAsync("/staff/triage-flows/carer/versions/1/put-back");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task TeamManager_UploadsAFlow_WithoutJavaScript()
    {
        await using var frontDoor = await RunningFrontDoor.StartAsync(demoPeople: 60);
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString(), JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.SignInAsAtAsync("demo-team-manager", "/staff/triage-flows/upload");

        await page.ByTestId("flow-file").SetInputFilesAsync(Yaml("carer.yaml", EditedFlows.Carer(2)));
        await page.ByTestId("upload-flow").ClickAsync();

        await page.ArriveAtAsync("/staff/triage-flows/carer");
        await Assertions.Expect(page.ByTestId("flow-version")).ToHaveTextAsync("Triage flow, version 2");
    }

    private static FilePayload Yaml(string name, string text) => new() { Name = name, MimeType = "application/yaml", Buffer = Encoding.UTF8.GetBytes(text) };
}
