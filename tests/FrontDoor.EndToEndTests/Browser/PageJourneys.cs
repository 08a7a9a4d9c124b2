using System.Text;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace FrontDoor.EndToEndTests.Browser;

/// <summary>Steps of a journey, named as the user would say them.</summary>
public static class PageJourneys
{
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    /// <summary>As long as Playwright's own navigation timeout: a page on a busy test machine can take seconds.</summary>
    private const float ArrivalTimeoutMs = 30_000;

    public static ILocator ByTestId(this IPage page, string testId) => page.Locator($"[data-testid='{testId}']");

    /// <summary>An element within another (a row's link), by its test id.</summary>
    public static ILocator ByTestId(this ILocator within, string testId) => within.Locator($"[data-testid='{testId}']");

    /// <summary>
    /// Waits until the browser is at the address (a regular expression for its path and query) and the page has
    /// loaded. Not <c>WaitForURLAsync</c>: it checks the address and then subscribes to navigations, so a navigation
    /// that lands in between is missed and the test hangs (microsoft/playwright-dotnet#3364; it failed CI twice).
    /// Both waits here poll, so nothing can slip between them. The page's state is polled from the test, not with
    /// <c>WaitForFunctionAsync</c>: that polls with the page's own timers, which never fire when JavaScript is off,
    /// so a page not yet complete at the first check hung the no-JavaScript journeys (it failed CI once).
    /// </summary>
    public static async Task ArriveAtAsync(this IPage page, string pathAndQuery)
    {
        await Assertions.Expect(page).ToHaveURLAsync(
            new Regex($"^https?://[^/]+{pathAndQuery}$"), new PageAssertionsToHaveURLOptions { Timeout = ArrivalTimeoutMs });
        var deadline = DateTime.UtcNow.AddMilliseconds(ArrivalTimeoutMs);
        while (!await IsCompleteAsync(page))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{page.Url} did not finish loading within {ArrivalTimeoutMs / 1000} s.");
            }

            await Task.Delay(50);
        }
    }

    private static async Task<bool> IsCompleteAsync(IPage page)
    {
        try
        {
            return await page.EvaluateAsync<string>("() => document.readyState") == "complete";
        }
        catch (PlaywrightException)
        {
            // The page navigated while being asked ("execution context was destroyed"): ask the new one.
            return false;
        }
    }

    /// <summary>Presses Tab until the element is focused, as a keyboard user would; fails if it never is.</summary>
    public static async Task TabToAsync(this IPage page, string testId, int maxPresses = 30)
    {
        for (var press = 0; press < maxPresses; press++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<string?>("() => document.activeElement?.getAttribute('data-testid')") == testId)
            {
                return;
            }
        }

        Assert.Fail($"Could not reach [data-testid='{testId}'] with {maxPresses} presses of Tab.");
    }

    /// <summary>Runs axe-core for WCAG 2.2 AA and fails listing every violation.</summary>
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        // axe runs as a script in the page: with JavaScript off it never answers, so fail rather than hang the suite.
        var axe = page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] } });
        if (await Task.WhenAny(axe, Task.Delay(TimeSpan.FromMinutes(1))) != axe)
        {
            Assert.Fail($"axe did not finish on {page.Url} within a minute (it cannot run on a page with JavaScript off; check the page with JavaScript on).");
        }

        var result = await axe;
        if (result.Violations.Length == 0)
        {
            return;
        }

        var report = new StringBuilder($"{page.Url} has {result.Violations.Length} accessibility violation(s):\n");
        foreach (var violation in result.Violations)
        {
            report.AppendLine($"- {violation.Id} ({violation.Impact}): {violation.Help}");
            foreach (var node in violation.Nodes)
            {
                report.AppendLine($"    {node.Target}: {node.Html}");
            }
        }

        Assert.Fail(report.ToString());
    }

    /// <summary>Saves a screenshot when FRONTDOOR_SCREENSHOT_DIR is set (how the README's pictures are made).</summary>
    public static async Task SaveScreenshotIfAskedAsync(this IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("FRONTDOOR_SCREENSHOT_DIR") is { Length: > 0 } folder)
        {
            await page.SetViewportSizeAsync(1280, 1600);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"screenshot-{name}.png") });
        }
    }
}
