using FrontDoor.EndToEndTests.Browser;
using Microsoft.Playwright;

namespace FrontDoor.EndToEndTests.Journeys;

public sealed class MatchingModelJourneyTests(Chromium chromium)
{
    [Fact]
    public async Task Administrator_OpensTheMatchingWeightsFromTheStaffHome_AndThePageIsAccessible()
    {
        await using var frontDoor = await RunningFrontDoor.StartAsync(demoPeople: 60);
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString() });
        var page = await context.NewPageAsync();
        await page.SignInAsAtAsync("demo-administrator", "/staff");
        await page.ByTestId("matching-model-link").ClickAsync();

        await page.ArriveAtAsync("/staff/matching-model");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("How matching weighs evidence");
        await Assertions.Expect(page.ByTestId("weight-FamilyName-Same")).ToContainTextAsync("bits");
        await Assertions.Expect(page.ByTestId("tf-FamilyName")).ToContainTextAsync("Name frequency adjustment");
        await page.AssertAccessibleAsync();
    }
}
