using FrontDoor.EndToEndTests.Browser;
using Microsoft.Playwright;

namespace FrontDoor.EndToEndTests.Journeys;

public sealed class StaffSignInJourneyTests(Chromium chromium)
{
    [Fact]
    public async Task Advisor_FromPortalHome_SignsInByKeyboardAndReachesStaffHome()
    {
        await using var frontDoor = await RunningFrontDoor.StartAsync(demoPeople: 60);
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString() });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        await Assertions.Expect(page.ByTestId("portal-heading")).ToHaveTextAsync("Adult social care");
        Assert.Contains("js-enabled", await page.EvaluateAsync<string>("() => document.body.className"), StringComparison.Ordinal);
        await page.AssertAccessibleAsync();
        await page.SaveScreenshotIfAskedAsync("portal");

        await page.TabToAsync("staff-link");
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAtAsync(@"/sign-in\?ReturnUrl=%2Fstaff");
        await page.AssertAccessibleAsync();

        // Nobody chosen: the error summary takes focus and links to the first option.
        await page.TabToAsync("sign-in");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        await page.AssertAccessibleAsync();

        await page.TabToAsync("demo-advisor");
        await page.Keyboard.PressAsync("Space");
        await page.TabToAsync("sign-in");
        await page.Keyboard.PressAsync("Enter");

        await page.ArriveAtAsync("/staff");
        await Assertions.Expect(page.ByTestId("user-name")).ToHaveTextAsync("Amira Khan");
        await Assertions.Expect(page.ByTestId("user-role")).ToHaveTextAsync("Advisor");
        await page.AssertAccessibleAsync();
        await page.SaveScreenshotIfAskedAsync("staff");

        await page.ByTestId("sign-out-link").ClickAsync();
        await page.AssertAccessibleAsync();
        await page.ByTestId("sign-out").ClickAsync();
        await Assertions.Expect(page.ByTestId("signed-out")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Advisor_WithJavaScriptOff_CanStillSignInAndReachStaffHome()
    {
        await using var frontDoor = await RunningFrontDoor.StartAsync();
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString(), JavaScriptEnabled = false });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/staff");
        await page.ArriveAtAsync(@"/sign-in\?ReturnUrl=%2Fstaff");
        await page.ByTestId("demo-advisor").CheckAsync();
        await page.ByTestId("sign-in").ClickAsync();

        await page.ArriveAtAsync("/staff");
        await Assertions.Expect(page.ByTestId("user-name")).ToHaveTextAsync("Amira Khan");
        Assert.DoesNotContain("js-enabled", await page.Locator("body").GetAttributeAsync("class") ?? string.Empty, StringComparison.Ordinal);
    }
}
