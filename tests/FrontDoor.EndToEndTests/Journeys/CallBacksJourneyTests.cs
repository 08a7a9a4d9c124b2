using FrontDoor.Core.Contacts.CallBacks;
using FrontDoor.EndToEndTests.Browser;
using Microsoft.Playwright;
using static FrontDoor.EndToEndTests.Journeys.ClaimedContacts;

namespace FrontDoor.EndToEndTests.Journeys;

public sealed class CallBacksJourneyTests(Chromium chromium)
{
    [Fact]
    public async Task Advisor_ArrangesACallBack_AfterAMistake_AndSeesItDueOnTheirHome_EveryPageAccessible()
    {
        await using var frontDoor = await RunningFrontDoor.StartAsync();
        var contact = await AddClaimedAsync(frontDoor);
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString() });
        var page = await context.NewPageAsync();

        await page.GotoAsync($"/staff/contacts/{contact.Id}");
        await SignInAsync(page);
        await page.ArriveAtAsync($"/staff/contacts/{contact.Id}");
        await page.ByTestId("arrange-call-back-link").ClickAsync();
        await page.ArriveAtAsync($"/staff/contacts/{contact.Id}/call-back");
        await page.AssertAccessibleAsync();

        // A time already past is refused with the GOV.UK error summary.
        var (today, _) = CallBackTime.ToUk(frontDoor.Clock.GetUtcNow());
        await FillArrangementAsync(page, today, "00:01");
        await page.ByTestId("arrange-call-back").ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("The call back time must be in the future");
        await page.AssertAccessibleAsync();

        await FillArrangementAsync(page, today.AddDays(1), "10:30");
        await page.ByTestId("arrange-call-back").ClickAsync();
        await page.ArriveAtAsync($"/staff/contacts/{contact.Id}#work");
        await Assertions.Expect(page.ByTestId("work-call-back")).ToContainTextAsync("by you");

        // The Three Conversations stage page, from the same Work summary.
        await page.ByTestId("stage-link").ClickAsync();
        await page.ArriveAtAsync($"/staff/contacts/{contact.Id}/work#stage");
        await page.AssertAccessibleAsync();

        // Next morning, past its time: first on the advisor's home, marked overdue.
        frontDoor.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromHours(6));
        await page.GotoAsync("/staff");
        await SignInAgainIfAskedAsync(page);
        await Assertions.Expect(page.ByTestId("call-back-due")).ToContainTextAsync(contact.Reference);
        await Assertions.Expect(page.ByTestId("call-back-due").Locator("[data-testid='call-back-overdue']")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Advisor_WithoutJavaScript_ArrangesACallBack_SeesItOnTheirHome_AndMarksItDone()
    {
        await using var frontDoor = await RunningFrontDoor.StartAsync();
        var contact = await AddClaimedAsync(frontDoor);
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString(), JavaScriptEnabled = false });
        var page = await context.NewPageAsync();

        await page.GotoAsync($"/staff/contacts/{contact.Id}/call-back");
        await SignInAsync(page);
        await page.ArriveAtAsync($"/staff/contacts/{contact.Id}/call-back");
        await page.ByTestId("arrange-call-back").ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the date of the call back");

        var (today, _) = CallBackTime.ToUk(frontDoor.Clock.GetUtcNow());
        await FillArrangementAsync(page, today, "23:59");
        await page.ByTestId("arrange-call-back").ClickAsync();
        await page.ArriveAtAsync($"/staff/contacts/{contact.Id}#work");

        await page.GotoAsync("/staff");
        await Assertions.Expect(page.ByTestId("call-back-due")).ToContainTextAsync(contact.Reference);

        await page.ByTestId("call-back-due").Locator("a").ClickAsync();
        await page.ByTestId("call-back-done").ClickAsync();
        await page.ArriveAtAsync($"/staff/contacts/{contact.Id}#work");
        await Assertions.Expect(page.ByTestId("work-call-back")).ToHaveTextAsync("None arranged");
        await page.GotoAsync("/staff");
        await Assertions.Expect(page.ByTestId("call-backs-due-empty")).ToBeVisibleAsync();
    }

    private static async Task FillArrangementAsync(IPage page, DateOnly day, string time)
    {
        await page.Locator("#DueDate").FillAsync(day.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("#DueDate-month").FillAsync(day.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("#DueDate-year").FillAsync(day.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("#DueTime").FillAsync(time);
        await page.ByTestId("who-Referrer").CheckAsync();
        await page.ByTestId("call-back-reason").FillAsync("Her daughter wants to know when the assessment is");
        await page.ByTestId("for-demo-advisor").CheckAsync();
    }

    private static async Task SignInAsync(IPage page)
    {
        await page.ArriveAtAsync(@"/sign-in\?ReturnUrl=.*");
        await page.ByTestId("demo-advisor").CheckAsync();
        await page.ByTestId("sign-in").ClickAsync();
    }

    /// <summary>A day on the clock ends the sign-in's sliding hour: sign in again, as the advisor would next morning.</summary>
    private static async Task SignInAgainIfAskedAsync(IPage page)
    {
        if (page.Url.Contains("/sign-in", StringComparison.Ordinal))
        {
            await SignInAsync(page);
        }

        await page.ArriveAtAsync("/staff");
    }
}
