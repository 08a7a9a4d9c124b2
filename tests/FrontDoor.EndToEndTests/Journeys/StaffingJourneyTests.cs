using FrontDoor.EndToEndTests.Browser;
using FrontDoor.TestCommon.Telephony;
using Microsoft.Playwright;

namespace FrontDoor.EndToEndTests.Journeys;

/// <summary>A manager opens the staffing planner from the staff home, tries a rota that is too thin, mistypes one, then finds one that meets the target.</summary>
public sealed class StaffingJourneyTests(Chromium chromium)
{
    [Fact]
    public async Task Manager_PlansMondayMorning_FromTooFewAdvisorsToTheTarget()
    {
        await using var frontDoor = await RunningFrontDoor.StartAsync();
        await using (var db = frontDoor.CreateDbContext())
        {
            await MondayMorningCalls.AddAsync(db, TestContext.Current.CancellationToken);
        }

        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString() });
        var page = await context.NewPageAsync();
        await page.SignInAsAtAsync("demo-team-manager", "/staff");

        await page.ByTestId("staffing-link").ClickAsync();
        await page.ArriveAtAsync("/staff/staffing");
        await Assertions.Expect(page.ByTestId("target")).ToHaveTextAsync("80% of calls answered within 10 min 0 s");
        await Assertions.Expect(page.ByTestId("interval-09:00").ByTestId("calls-an-hour")).ToHaveTextAsync("40");
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Advisors on the rota from 09:00 to 09:30").FillAsync("5");
        await page.ByTestId("predict").ClickAsync();
        await Assertions.Expect(page.ByTestId("interval-09:00").ByTestId("too-few-advisors")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Advisors on the rota from 09:00 to 09:30").FillAsync("five");
        await page.ByTestId("predict").ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Advisors from 09:00 to 09:30 must be a whole number from 0 to 1,000");
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Advisors on the rota from 09:00 to 09:30").FillAsync("9");
        await page.ByTestId("predict").ClickAsync();
        await Assertions.Expect(page.ByTestId("interval-09:00").ByTestId("answer-rate")).ToBeVisibleAsync();
        await Assertions.Expect(page.ByTestId("interval-09:00").ByTestId("below-target")).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Manager_WithJavaScriptOff_ChoosesADayAndSeesWhatARotaGives()
    {
        await using var frontDoor = await RunningFrontDoor.StartAsync();
        await using (var db = frontDoor.CreateDbContext())
        {
            await MondayMorningCalls.AddAsync(db, TestContext.Current.CancellationToken);
        }

        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString(), JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.SignInAsAtAsync("demo-team-manager", "/staff/staffing");

        await page.ByTestId("days").GetByRole(AriaRole.Link, new() { Name = "Tuesday" }).ClickAsync();
        await page.ArriveAtAsync("/staff/staffing\\?day=Tuesday");
        await Assertions.Expect(page.ByTestId("no-calls-on-day")).ToBeVisibleAsync();

        await page.ByTestId("days").GetByRole(AriaRole.Link, new() { Name = "Monday" }).ClickAsync();
        await page.GetByLabel("Advisors on the rota from 09:00 to 09:30").FillAsync("8");
        await page.ByTestId("predict").ClickAsync();
        await Assertions.Expect(page.ByTestId("interval-09:00").ByTestId("answer-rate")).ToBeVisibleAsync();
        await Assertions.Expect(page.ByTestId("interval-09:00").ByTestId("queue-time")).ToBeVisibleAsync();
    }
}
