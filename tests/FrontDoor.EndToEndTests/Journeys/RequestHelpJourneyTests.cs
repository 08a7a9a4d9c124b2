using System.Text.RegularExpressions;
using FrontDoor.EndToEndTests.Browser;
using Microsoft.Playwright;

namespace FrontDoor.EndToEndTests.Journeys;

public sealed partial class RequestHelpJourneyTests(Chromium chromium)
{
    [Fact]
    public async Task Carer_AsksForHelpForSomeoneInDangerByKeyboard_GetsAReferenceAndEveryPageIsAccessible()
    {
        await using var frontDoor = await RunningFrontDoor.StartAsync();
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString() });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        await page.TabToAsync("request-help-link");
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAtAsync("/request-help");
        await Assertions.Expect(page.ByTestId("start-heading")).ToHaveTextAsync("Ask for help from adult social care");
        await page.AssertAccessibleAsync();
        await page.TabToAsync("start-now");
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAsync("who-for");

        // Nothing chosen: the error summary takes focus, and the page is still accessible.
        await page.ContinueWithAnErrorAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^Error: Who are you asking for help for\\?"));
        await page.AssertAccessibleAsync();

        await page.ChooseAsync("asking-for-myself", arrowDowns: 1);
        await page.ContinueAsync("your-name");
        await page.TypeIntoAsync("What is your name?", "Grace Okafor");
        await page.ContinueAsync("your-relationship");
        await page.ChooseAsync("relationship-family", arrowDowns: 2);
        await page.TypeIntoAsync("Tell us more about how you know them (optional)", "Daughter");
        await page.ContinueAsync("your-contact-details");
        await page.TypeIntoAsync("Phone number", "07700 900456");
        await page.ContinueAsync("do-they-know");
        await page.ChooseAsync("aware-agrees");
        await page.ContinueAsync("name");
        await page.TypeIntoAsync("First name", "Margaret");
        await page.TypeIntoAsync("Last name", "Okafor");
        await page.ContinueAsync("date-of-birth");

        // A date that does not exist: the error state of a date input.
        await page.TypeIntoAsync("Day", "31");
        await page.TypeIntoAsync("Month", "2");
        await page.TypeIntoAsync("Year", "1950");
        await page.ContinueWithAnErrorAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Date of birth must be a real date");
        await page.TypeIntoAsync("Day", "2");
        await page.TypeIntoAsync("Month", "3");
        await page.TypeIntoAsync("Year", "1948");
        await page.ContinueAsync("address");

        await page.TypeIntoAsync("Address line 1", "14 Elm Road");
        await page.TypeIntoAsync("Town or city", "Loughborough");
        await page.TypeIntoAsync("Postcode", "LE11 2TP");
        await page.ContinueAsync("contact-details");
        await page.ChooseAsync("prefer-phone", arrowDowns: 3);
        await page.ContinueAsync("nhs-number");
        await page.ContinueAsync("what-is-happening");
        await page.TypeIntoAsync("What is happening, and what matters to them?", "Mum fell twice this month and is frightened to be alone at night.");
        await page.ContinueAsync("danger");
        await page.ChooseAsync("danger-yes");
        await page.TypeIntoAsync("If yes, who is in danger and why? (optional)", "She is on the floor and cannot get up.");
        await page.ContinueAsync("danger/call-now");
        await Assertions.Expect(page.ByTestId("danger-heading")).ToHaveTextAsync("Call 999 now if someone is in immediate danger");
        await page.ContinueAsync("communication-needs");
        await page.ChooseAsync("need-interpreter");
        await page.TypeIntoAsync("If an interpreter is needed, which language?", "Yoruba");
        await page.ContinueAsync("check-answers");
        await Assertions.Expect(page.ByTestId("answer-story")).ToContainTextAsync("frightened to be alone at night");

        await page.TabToAsync("send");
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAsync("confirmation");
        await Assertions.Expect(page.ByTestId("reference")).ToHaveTextAsync(Reference());
        await page.SaveScreenshotIfAskedAsync("request-help-confirmation");
    }

    [Fact]
    public async Task Person_WithJavaScriptOff_CanStillAskForHelpForThemselves()
    {
        await using var frontDoor = await RunningFrontDoor.StartAsync();
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString(), JavaScriptEnabled = false });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/request-help");
        await page.ByTestId("start-now").ClickAsync();
        await page.ArriveAtAsync("/request-help/who-for");
        await page.ByTestId("asking-for-myself").CheckAsync();
        await page.ByTestId("continue").ClickAsync();
        await page.GetByLabel("First name").FillAsync("Margaret");
        await page.GetByLabel("Last name", new() { Exact = true }).FillAsync("Okafor");
        await page.ByTestId("continue").ClickAsync();
        await page.GetByLabel("Day").FillAsync("2");
        await page.GetByLabel("Month").FillAsync("3");
        await page.GetByLabel("Year").FillAsync("1948");
        await page.ByTestId("continue").ClickAsync();
        await page.GetByLabel("Address line 1").FillAsync("14 Elm Road");
        await page.GetByLabel("Town or city").FillAsync("Loughborough");
        await page.GetByLabel("Postcode").FillAsync("LE11 2TP");
        await page.ByTestId("continue").ClickAsync();
        await page.ByTestId("prefer-letter").CheckAsync();
        await page.ByTestId("continue").ClickAsync();
        await page.GetByLabel("What is your NHS number? (optional)").FillAsync("943 476 5919");
        await page.ByTestId("continue").ClickAsync();
        await page.GetByLabel("What is happening, and what matters to you?").FillAsync("I need help with washing and dressing.");
        await page.ByTestId("continue").ClickAsync();
        await page.ByTestId("danger-no").CheckAsync();
        await page.ByTestId("continue").ClickAsync();
        await page.ByTestId("need-large-print").CheckAsync();
        await page.ByTestId("continue").ClickAsync();
        await page.ArriveAtAsync("/request-help/check-answers");
        await page.ByTestId("send").ClickAsync();

        await page.ArriveAtAsync("/request-help/confirmation");
        await Assertions.Expect(page.ByTestId("reference")).ToHaveTextAsync(Reference());
        Assert.DoesNotContain("js-enabled", await page.Locator("body").GetAttributeAsync("class") ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Person_WhoLeftTheFormForTwoHours_IsToldTheAnswersWereDeletedAndStartsAgain()
    {
        await using var frontDoor = await RunningFrontDoor.StartAsync();
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/request-help/begin");
        await page.ArriveAsync("who-for");
        await page.ChooseAsync("asking-for-myself");
        await page.ContinueAsync("name");
        await page.TypeIntoAsync("First name", "Margaret");
        await page.TypeIntoAsync("Last name", "Okafor");

        frontDoor.Clock.Advance(TimeSpan.FromHours(2) + TimeSpan.FromMinutes(1));
        await page.TabToAsync("continue");
        await page.Keyboard.PressAsync("Enter");

        await page.ArriveAtAsync(Regex.Escape("/request-help?timed-out=true"));
        await Assertions.Expect(page.ByTestId("timed-out")).ToContainTextAsync("We deleted your answers because nothing happened for 2 hours");
        await page.AssertAccessibleAsync();
        await page.TabToAsync("start-now");
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAsync("who-for");
        await Assertions.Expect(page.ByTestId("asking-for-myself")).Not.ToBeCheckedAsync();
    }

    [GeneratedRegex("^FD-[2-9A-HJKMNP-Z]{8}$")]
    private static partial Regex Reference();
}

/// <summary>The request-for-help steps as a keyboard user takes them; each arrival is checked with axe.</summary>
internal static class RequestHelpSteps
{
    public static async Task ArriveAsync(this IPage page, string path)
    {
        await page.ArriveAtAsync($@"/request-help/{Regex.Escape(path)}(\?.*)?");
        await page.AssertAccessibleAsync();
    }

    /// <summary>Tabs to Continue and presses Enter, then checks the page it lands on.</summary>
    public static async Task ContinueAsync(this IPage page, string nextPath)
    {
        await page.TabToAsync("continue");
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAsync(nextPath);
    }

    /// <summary>Continue on a page that will come back with errors: the same address, so wait for the error summary.</summary>
    public static async Task ContinueWithAnErrorAsync(this IPage page)
    {
        await page.TabToAsync("continue");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
    }

    /// <summary>Tabs into a group of options at its first and selects it with Space, or moves down with the arrow keys.</summary>
    public static async Task ChooseAsync(this IPage page, string firstOptionTestId, int arrowDowns = 0)
    {
        await page.TabToAsync(firstOptionTestId);
        if (arrowDowns == 0)
        {
            await page.Keyboard.PressAsync("Space");
            return;
        }

        for (var press = 0; press < arrowDowns; press++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
        }
    }

    /// <summary>Focuses the field its label names, clears it and types, as someone at a keyboard would.</summary>
    public static async Task TypeIntoAsync(this IPage page, string label, string text)
    {
        var field = page.GetByLabel(label, new PageGetByLabelOptions { Exact = true });
        await field.FocusAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.PressAsync("Delete");
        await page.Keyboard.TypeAsync(text);
    }
}
