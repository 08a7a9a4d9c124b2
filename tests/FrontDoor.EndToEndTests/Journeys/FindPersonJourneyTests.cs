using System.Text.RegularExpressions;
using FrontDoor.Core.Demo;
using FrontDoor.EndToEndTests.Browser;
using FrontDoor.Web.Tests.Hosting;
using Microsoft.Playwright;

namespace FrontDoor.EndToEndTests.Journeys;

public sealed class FindPersonJourneyTests(Chromium chromium)
{
    private const int DemoPeople = 60;

    [Fact]
    public async Task Advisor_TypesNameAndDateOfBirth_ChoosesTheSuggestionByKeyboardAndReachesThePersonPage()
    {
        var someone = SomeoneInTheDemoCounty();
        var dateOfBirth = someone.DateOfBirth!.Value.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        await using var frontDoor = await RunningFrontDoor.StartAsync(demoPeople: DemoPeople);
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString() });
        var page = await context.NewPageAsync();
        await page.SignInAsAdvisorAtAsync("/staff/people/search");
        await page.AssertAccessibleAsync();

        await page.ByTestId("person-search-box").PressSequentiallyAsync($"{someone.Name.GivenName} {someone.Name.FamilyName} {dateOfBirth}", new() { Delay = 15 });

        var suggestion = page.ByTestId("person-suggestion").First;
        await Assertions.Expect(suggestion).ToHaveTextAsync(someone.Name.Display);
        await Assertions.Expect(page.ByTestId("person-search-status")).ToContainTextAsync("best match first");
        await page.AssertAccessibleAsync();
        await page.SaveScreenshotIfAskedAsync("find-person-type-ahead");

        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(suggestion).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        // The address says where the person was opened from, never what was typed.
        await page.ArriveAtAsync($@"/staff/people/{someone.Id:D}\?from=search");
        await Assertions.Expect(page.ByTestId("person-name")).ToHaveTextAsync(someone.Name.Display);
        await page.AssertAccessibleAsync();
        await page.SaveScreenshotIfAskedAsync("person");

        // Back to a fresh search: the search text was never in an address, so history cannot hold it.
        await page.ByTestId("back-to-search").ClickAsync();
        await page.ArriveAtAsync("/staff/people/search");
        await Assertions.Expect(page.ByTestId("person-search-box")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Advisor_WithJavaScriptOff_SearchesWithEnterAndSeesResults()
    {
        var someone = SomeoneInTheDemoCounty();
        await using var frontDoor = await RunningFrontDoor.StartAsync(demoPeople: DemoPeople);
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString(), JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.SignInAsAdvisorAtAsync("/staff/people/search");

        await page.ByTestId("person-search-box").FillAsync($"{someone.Name.FamilyName} {someone.DateOfBirth:d MMMM yyyy}");
        await page.ByTestId("person-search-box").PressAsync("Enter");

        // Results come back from the POST: the address stays bare.
        await Assertions.Expect(page.ByTestId("person-result-link").First).ToHaveTextAsync(someone.Name.Display);
        await page.ArriveAtAsync("/staff/people/search");
        await Assertions.Expect(page.ByTestId("person-search-suggestions")).ToBeHiddenAsync();

        await page.ByTestId("person-result-link").First.ClickAsync();
        await page.ArriveAtAsync($@"/staff/people/{someone.Id:D}\?from=search");
        await Assertions.Expect(page.ByTestId("person-name")).ToHaveTextAsync(someone.Name.Display);
    }

    [Fact]
    public async Task Advisor_TypesTheMaidenNameFromAPoliceReport_FindsTheMarriedWomanAndSeesWhy()
    {
        // Plain letters, so the names read back exactly as the explanation writes them.
        var someone = SomeoneInTheDemoCounty(p => p.Name.FormerFamilyName is { } former && former.All(char.IsLetter) && p.Name.FamilyName.All(char.IsLetter));
        var maiden = someone.Name.FormerFamilyName!;
        await using var frontDoor = await RunningFrontDoor.StartAsync(demoPeople: DemoPeople);
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString() });
        var page = await context.NewPageAsync();
        await page.SignInAsAdvisorAtAsync("/staff/people/search");

        await page.ByTestId("person-search-box").PressSequentiallyAsync($"{someone.Name.GivenName} {maiden} {someone.DateOfBirth:dd/MM/yyyy}", new() { Delay = 15 });

        var suggestion = page.ByTestId("person-suggestion").First;
        await Assertions.Expect(suggestion).ToHaveTextAsync(someone.Name.Display);
        await Assertions.Expect(page.Locator(".frontdoor-person-search__suggestion").First).ToContainTextAsync($"formerly {maiden}");
        await page.AssertAccessibleAsync();

        await page.ByTestId("person-search-box").PressAsync("Enter");
        await Assertions.Expect(page.ByTestId("person-result-link").First).ToHaveTextAsync(someone.Name.Display);
        await page.ArriveAtAsync("/staff/people/search");
        await Assertions.Expect(page.ByTestId("explanation").First).ToContainTextAsync($"former family name {maiden} (now {someone.Name.FamilyName}) = family name {maiden}");
        await page.AssertAccessibleAsync();
    }

    /// <summary>The demo county the running app seeds is deterministic, so the test can know who is in it.</summary>
    private static Core.People.Person SomeoneInTheDemoCounty(Func<Core.People.Person, bool>? also = null)
    {
        var today = DateOnly.FromDateTime(FrontDoorAppFactory.Now.UtcDateTime);
        var county = new DemoCountyGenerator(new DemoCountyOptions(DemoPeople, DemoCounty.DefaultSeed, today)).Generate();
        return county.People.First(p => p.Likeness == DemoLikeness.None && county.People.Count(q => q.Identity == p.Identity) == 1 && (also?.Invoke(p.Person) ?? true)).Person;
    }
}

internal static class FindPersonSteps
{
    public static Task SignInAsAdvisorAtAsync(this IPage page, string path) => page.SignInAsAtAsync("demo-advisor", path);

    public static async Task SignInAsAtAsync(this IPage page, string demoUser, string path)
    {
        await page.GotoAsync(path);
        await page.ByTestId(demoUser).CheckAsync();
        await page.ByTestId("sign-in").ClickAsync();
        await page.ArriveAtAsync(Regex.Escape(path));
    }
}
