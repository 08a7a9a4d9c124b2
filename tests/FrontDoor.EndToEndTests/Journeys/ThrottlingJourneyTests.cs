using FrontDoor.EndToEndTests.Browser;
using Microsoft.Playwright;

namespace FrontDoor.EndToEndTests.Journeys;

public sealed class ThrottlingJourneyTests(Chromium chromium)
{
    [Fact]
    public async Task SignIn_TooOftenFromOneDevice_ShowsAnAccessibleTooManyRequestsPage()
    {
        await using var frontDoor = await RunningFrontDoor.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Throttling:SignIn:PermitLimit"] = "1",
            ["Throttling:SignIn:Window"] = "00:05:00",
        });
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString() });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/sign-in");
        await page.ByTestId("demo-advisor").CheckAsync();
        await page.ByTestId("sign-in").ClickAsync();
        await page.ArriveAtAsync("/staff");

        await page.GotoAsync("/sign-in");
        await page.ByTestId("demo-advisor").CheckAsync();
        var response = await page.RunAndWaitForResponseAsync(
            () => page.ByTestId("sign-in").ClickAsync(), r => r.Request.Method == "POST" && r.Url.Contains("/sign-in", StringComparison.Ordinal));

        Assert.Equal(429, response.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Sorry, there have been too many requests");
        await Assertions.Expect(page.ByTestId("too-many-requests")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
    }
}
