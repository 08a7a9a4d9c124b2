using FrontDoor.Core.Demo;
using FrontDoor.EndToEndTests.Browser;
using FrontDoor.Web.Tests.Hosting;
using Microsoft.Playwright;

namespace FrontDoor.EndToEndTests.Journeys;

public sealed class PersonAccessJourneyTests(Chromium chromium)
{
    private const int DemoPeople = 60;

    [Fact]
    public async Task Administrator_OpensWhoHasLookedFromThePersonPage_FiltersByDate_AndSeesTheAdvisorsLook()
    {
        var someone = SomeoneInTheDemoCounty();
        await using var frontDoor = await RunningFrontDoor.StartAsync(demoPeople: DemoPeople);

        // An advisor looks first, without JavaScript.
        await using (var advisorContext = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString(), JavaScriptEnabled = false }))
        {
            var advisor = await advisorContext.NewPageAsync();
            await advisor.SignInAsAdvisorAtAsync($"/staff/people/{someone.Id:D}");
            await Assertions.Expect(advisor.ByTestId("person-name")).ToHaveTextAsync(someone.Name.Display);
            await Assertions.Expect(advisor.ByTestId("access-report-link")).ToHaveCountAsync(0);
        }

        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString() });
        var page = await context.NewPageAsync();
        await page.SignInAsAtAsync("demo-administrator", $"/staff/people/{someone.Id:D}");
        await page.ByTestId("access-report-link").ClickAsync();

        await page.ArriveAtAsync($"/staff/people/{someone.Id:D}/access");
        await Assertions.Expect(page.ByTestId("access-event").Filter(new() { HasText = "Amira Khan" })).ToHaveCountAsync(1);
        await page.AssertAccessibleAsync();
        await page.SaveScreenshotIfAskedAsync("who-has-looked");

        // A date that is not real: GOV.UK error summary, focused, linking to the field.
        await page.Locator("#From").FillAsync("31");
        await page.Locator("#From-month").FillAsync("2");
        await page.Locator("#From-year").FillAsync("2026");
        await page.ByTestId("apply-filter").ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("The date from must be a real date");
        await page.AssertAccessibleAsync();

        // Today only, by keyboard and without JavaScript.
        var today = DateOnly.FromDateTime(FrontDoorAppFactory.Now.UtcDateTime); // the app runs on the test clock, so its events are dated by it
        await using var noScript = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString(), JavaScriptEnabled = false });
        var plain = await noScript.NewPageAsync();
        await plain.SignInAsAtAsync("demo-administrator", $"/staff/people/{someone.Id:D}/access");
        await plain.Locator("#From").FillAsync(today.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await plain.Locator("#From-month").FillAsync(today.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await plain.Locator("#From-year").FillAsync(today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await plain.Locator("#From-year").PressAsync("Enter");
        await plain.ArriveAtAsync($@"/staff/people/{someone.Id:D}/access\?From\.Day=.*");
        await Assertions.Expect(plain.ByTestId("access-event").Filter(new() { HasText = "Amira Khan" })).ToHaveCountAsync(1);
        await Assertions.Expect(plain.ByTestId("access-event").Filter(new() { HasText = "Dev Patel" })).Not.ToHaveCountAsync(0);
    }

    private static Core.People.Person SomeoneInTheDemoCounty()
    {
        var today = DateOnly.FromDateTime(FrontDoorAppFactory.Now.UtcDateTime);
        var county = new DemoCountyGenerator(new DemoCountyOptions(DemoPeople, DemoCounty.DefaultSeed, today)).Generate();
        return county.People.First(p => p.Likeness == DemoLikeness.None).Person;
    }
}
