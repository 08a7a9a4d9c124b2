using FrontDoor.Core.Data;
using FrontDoor.EndToEndTests.Browser;
using FrontDoor.TestCommon.Databases;
using Microsoft.Playwright;

namespace FrontDoor.EndToEndTests.Journeys;

public sealed class PhoneContactJourneyTests(Chromium chromium)
{
    [Theory]
    [BothProviders]
    public async Task Advisor_TakesACallForSomeoneNotOnRecord_AsksWhereTheyLiveAndWhyNobodyCanCallBack_SavesTheStoryOnceAndGetsAReference(DatabaseProvider provider)
    {
        await using var frontDoor = await RunningFrontDoor.StartAsync(demoPeople: 60, provider: provider);
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/sign-in?ReturnUrl=%2Fstaff%2Fphone");
        await page.ByTestId("demo-advisor").CheckAsync();
        await page.ByTestId("sign-in").ClickAsync();
        await page.ArriveAtAsync("/staff/phone");
        await page.AssertAccessibleAsync();

        await page.GetByLabel("First name or known-as name").FillAsync("Zofia");
        await page.GetByLabel("Last name", new PageGetByLabelOptions { Exact = true }).FillAsync("Nowakowska");
        await page.GetByLabel("Any previous last name").FillAsync("Kowalska");
        await page.GetByLabel("Postcode").FillAsync("NG1 5DT");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.ByTestId("result-count")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.ArriveAtAsync("/staff/phone");

        // What the caller said goes on in the form's body: never in an address the browser's history keeps.
        await page.ByTestId("not-on-record").ClickAsync();
        await page.ArriveAtAsync(@"/staff/phone/record\?handler=Start");
        Assert.DoesNotContain("Zofia", page.Url, StringComparison.OrdinalIgnoreCase);
        await page.ByTestId("save-contact").ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        await page.AssertAccessibleAsync();

        // Nobody is on record, so the page asks where she lives and how to reach her, with the search's postcode kept.
        await Assertions.Expect(page.GetByLabel("Postcode")).ToHaveValueAsync("NG1 5DT");
        await page.GetByLabel("Address line 1").FillAsync("4 Mill Yard");
        await page.GetByLabel("Town or city").FillAsync("Nottingham");
        await page.ByTestId("caller-Self").CheckAsync();
        await page.ByTestId("story").FillAsync("Since my fall I can't get in and out of the bath.");
        await page.ByTestId("danger-no").CheckAsync();
        await page.ByTestId("save-contact").ClickAsync();

        // No phone number or email address: the advisor must say why, and reaches the question from the error by keyboard.
        var noWayBack = page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Enter a phone number or email address for the caller or the person, or select why there is none" });
        await Assertions.Expect(noWayBack).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Address line 1")).ToHaveValueAsync("4 Mill Yard");
        await page.AssertAccessibleAsync();
        await noWayBack.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.ByTestId("no-way-back-CallerWouldNotGiveOne")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(page.ByTestId("no-way-back-CallerWouldNotGiveOne")).ToBeCheckedAsync();
        await page.TabToAsync("save-contact");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.ByTestId("reference")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^FD-[0-9A-Z]{8}$"));
        await page.AssertAccessibleAsync();
    }
}
