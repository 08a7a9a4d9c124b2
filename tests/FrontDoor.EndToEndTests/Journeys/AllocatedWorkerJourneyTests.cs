using FrontDoor.EndToEndTests.Browser;
using FrontDoor.Web.Tests.Pages.Portal.AllocatedWorker;
using Microsoft.Playwright;

namespace FrontDoor.EndToEndTests.Journeys;

/// <summary>"Find your worker" in a real browser, with JavaScript and without, every page checked with axe.</summary>
public sealed class AllocatedWorkerJourneyTests(Chromium chromium)
{
    [Fact]
    public async Task Person_FindsTheirWorkerByReference_AfterAMistake_GetsItByText_AndEveryPageIsAccessible()
    {
        await using var frontDoor = await RunningFrontDoor.StartAsync(settings: new Dictionary<string, string?> { ["AllocatedWorker:AttemptsPerHourPerClient"] = "2" });
        await using (var db = frontDoor.CreateDbContext())
        {
            await PeopleWithWorkers.SaveAsync(db);
        }

        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString() });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        await page.ByTestId("find-your-worker-link").ClickAsync();
        await page.ArriveAtAsync("/allocated-worker");
        await page.AssertAccessibleAsync();

        // Nothing chosen: the error summary, still accessible.
        await page.ByTestId("continue").ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select which number you have");
        await page.AssertAccessibleAsync();
        await page.ByTestId("by-reference-number").CheckAsync();
        await page.ByTestId("continue").ClickAsync();
        await page.ArriveAtAsync("/allocated-worker/find/reference-number");
        await page.AssertAccessibleAsync();

        // The wrong date of birth: the page that never says which detail was wrong.
        await FillAsync(page, "What is the reference number on your letter?", PeopleWithWorkers.DorisReference, new DateOnly(1944, 8, 15));
        await Assertions.Expect(page.ByTestId("not-found")).ToHaveTextAsync("We could not find your details");
        await page.AssertAccessibleAsync();
        await page.ByTestId("try-again").ClickAsync();
        await page.ByTestId("by-reference-number").CheckAsync();
        await page.ByTestId("continue").ClickAsync();

        await FillAsync(page, "What is the reference number on your letter?", PeopleWithWorkers.DorisReference, PeopleWithWorkers.DorisBorn);
        await Assertions.Expect(page.ByTestId("worker-name")).ToHaveTextAsync("Your worker is Priya Shah.");
        await Assertions.Expect(page.ByTestId("duty-phone")).ToHaveTextAsync("01632 960002");
        await Assertions.Expect(page.ByTestId("open-now")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.SaveScreenshotIfAskedAsync("allocated-worker-answer");

        await page.ByTestId("text-me").ClickAsync();
        await page.ArriveAtAsync("/allocated-worker/text");
        await Assertions.Expect(page.ByTestId("text-sent")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        // A third look-up in the hour from this browser: try again later.
        await page.GotoAsync("/allocated-worker/find/reference-number");
        await FillAsync(page, "What is the reference number on your letter?", PeopleWithWorkers.DennisReference, PeopleWithWorkers.DennisBorn);
        await Assertions.Expect(page.ByTestId("try-again-later")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Person_WithJavaScriptOff_FindsTheirWorkerByNhsNumber_AndSomeoneWithNoWorkerIsToldHowToAskForHelp()
    {
        await using var frontDoor = await RunningFrontDoor.StartAsync();
        await using (var db = frontDoor.CreateDbContext())
        {
            await PeopleWithWorkers.SaveAsync(db);
        }

        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString(), JavaScriptEnabled = false });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/allocated-worker");
        await page.ByTestId("by-nhs-number").CheckAsync();
        await page.ByTestId("continue").ClickAsync();
        await page.ArriveAtAsync("/allocated-worker/find/nhs-number");
        await FillAsync(page, "What is your NHS number?", "401 023 2137", PeopleWithWorkers.DorisBorn);
        await Assertions.Expect(page.ByTestId("team-name")).ToHaveTextAsync("They work in the Melton Community Team.");
        await page.ByTestId("text-me").ClickAsync();
        // No axe here: it runs on the page's timers, which never fire with JavaScript off (the journey above checks every page).
        await Assertions.Expect(page.ByTestId("text-sent")).ToBeVisibleAsync();

        await page.GotoAsync("/allocated-worker");
        await page.ByTestId("by-reference-number").CheckAsync();
        await page.ByTestId("continue").ClickAsync();
        await FillAsync(page, "What is the reference number on your letter?", PeopleWithWorkers.DennisReference, PeopleWithWorkers.DennisBorn);
        await Assertions.Expect(page.ByTestId("not-allocated")).ToBeVisibleAsync();
        await page.ByTestId("request-help-link").ClickAsync();
        await page.ArriveAtAsync("/request-help");
    }

    private static async Task FillAsync(IPage page, string numberLabel, string number, DateOnly dateOfBirth)
    {
        await page.GetByLabel(numberLabel).FillAsync(number);
        await page.GetByLabel("Day").FillAsync(dateOfBirth.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Month").FillAsync(dateOfBirth.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Year").FillAsync(dateOfBirth.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.ByTestId("find").ClickAsync();
    }
}
