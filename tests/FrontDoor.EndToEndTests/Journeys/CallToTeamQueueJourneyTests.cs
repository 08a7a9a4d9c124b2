using FrontDoor.Core.Data;
using FrontDoor.EndToEndTests.Browser;
using FrontDoor.TestCommon.Databases;
using Microsoft.Playwright;

namespace FrontDoor.EndToEndTests.Journeys;

/// <summary>
/// The front door's main job, end to end: a call taken, triaged with the script, referred to reablement once, and
/// found by the receiving team in its own queue with the whole story, the hand-off counted.
/// </summary>
public sealed class CallToTeamQueueJourneyTests(Chromium chromium)
{
    private const string Story = "Since her fall last week she can't get upstairs to bed and sleeps in the chair.";

    [Theory]
    [BothProviders]
    public async Task PhoneCall_TriagedAndReferredToReablement_ArrivesInHomeFirstsQueueWithTheStory_AndTheHandOffCounted(DatabaseProvider provider)
    {
        await using var frontDoor = await RunningFrontDoor.StartAsync(demoPeople: 60, provider: provider);
        await using var advisorContext = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString() });
        var page = await advisorContext.NewPageAsync();

        // The call: someone not on record, saved once with her story.
        await page.GotoAsync("/sign-in?ReturnUrl=%2Fstaff%2Fphone");
        await page.ByTestId("demo-advisor").CheckAsync();
        await page.ByTestId("sign-in").ClickAsync();
        await page.ArriveAtAsync("/staff/phone");
        await page.GetByLabel("First name or known-as name").FillAsync("Maud");
        await page.GetByLabel("Last name", new PageGetByLabelOptions { Exact = true }).FillAsync("Pennyfeather");
        await page.GetByLabel("Postcode").FillAsync("NG1 5DT");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.ByTestId("result-count")).ToBeVisibleAsync();
        await page.ByTestId("not-on-record").ClickAsync();
        await page.GetByLabel("Address line 1").FillAsync("9 Canal Street");
        await page.GetByLabel("Town or city").FillAsync("Nottingham");
        await page.ByTestId("caller-Self").CheckAsync();
        await page.GetByLabel("Caller's phone number").FillAsync("0115 496 0321");
        await page.ByTestId("story").FillAsync(Story);
        await page.ByTestId("danger-no").CheckAsync();
        await page.ByTestId("save-contact").ClickAsync();
        var reference = (await page.ByTestId("reference").TextContentAsync())!.Trim();
        await page.AssertAccessibleAsync();
        await page.ByTestId("open-contact").ClickAsync();
        await Assertions.Expect(page.ByTestId("work-assignee")).ToContainTextAsync("Amira Khan");
        await Assertions.Expect(page.ByTestId("work-hand-offs")).ToHaveTextAsync("0");

        // She lives alone and sleeps in a chair: the advisor raises the priority, saying why.
        await page.ByTestId("change-priority-link").ClickAsync();
        await page.ByTestId("change-priority").ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter why you are changing the priority");
        await page.AssertAccessibleAsync();
        await page.ByTestId("priority-High").CheckAsync();
        await page.ByTestId("priority-reason").FillAsync("Lives alone and sleeps in a chair since the fall.");
        await page.ByTestId("change-priority").ClickAsync();
        await Assertions.Expect(page.ByTestId("priority-banner")).ToContainTextAsync("Priority changed to high.");
        await Assertions.Expect(page.ByTestId("work-priority")).ToHaveTextAsync("High");

        // The script: general new request, to short-term support.
        await page.ByTestId("start-triage-link").ClickAsync();
        await page.ByTestId("flow-general-new-request").CheckAsync();
        await page.ByTestId("start-triage").ClickAsync();
        await page.ByTestId("answer-no").CheckAsync();
        await page.ByTestId("save-answer").ClickAsync();
        await page.ByTestId("answer-text").FillAsync("To sleep in her own bed again.");
        await page.ByTestId("save-answer").ClickAsync();
        await page.ByTestId("answer-managing").CheckAsync();
        await page.ByTestId("save-answer").ClickAsync();
        await page.ByTestId("answer-text").FillAsync("Washes and dresses herself; stairs are the problem.");
        await page.ByTestId("save-answer").ClickAsync();
        await page.ByTestId("answer-short-term-support").CheckAsync();
        await page.ByTestId("save-answer").ClickAsync();
        await Assertions.Expect(page.ByTestId("outcome-title")).ToHaveTextAsync("Referral to reablement");
        await page.AssertAccessibleAsync();

        // A referral for services waits for the benefits and charging prompts, then goes to the team that takes it.
        await page.ByTestId("go-refer").ClickAsync();
        await Assertions.Expect(page.ByTestId("missing-prompts")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.GotoAsync($"{ContactPath(page)}/assessment");
        await page.ByTestId("benefits-offered").CheckAsync();
        await page.ByTestId("fairer-charging-yes").CheckAsync();
        await page.ByTestId("save-assessment").ClickAsync();
        await page.ByTestId("refer-link").ClickAsync();
        await page.ByTestId("type-Reablement").CheckAsync();
        await page.ByTestId("continue").ClickAsync();
        await page.ByTestId("team-home-first").CheckAsync();
        await page.ByTestId("reason").FillAsync("Wants to manage the stairs again; lives alone.");
        await page.ByTestId("refer").ClickAsync();
        await Assertions.Expect(page.ByTestId("referrals")).ToContainTextAsync("Home First and reablement");

        // The team: the contact is in its queue, whole, with one hand-off.
        await using var teamContext = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString() });
        var team = await teamContext.NewPageAsync();
        await team.GotoAsync("/sign-in?ReturnUrl=%2Fstaff%2Fqueues%2Fhome-first");
        await team.ByTestId("demo-support-worker").CheckAsync();
        await team.ByTestId("sign-in").ClickAsync();
        await team.ArriveAtAsync("/staff/queues/home-first");
        var row = team.ByTestId("queue-item").Filter(new LocatorFilterOptions { HasText = reference });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await team.AssertAccessibleAsync();
        await row.ByTestId("contact-link").ClickAsync();
        await Assertions.Expect(team.ByTestId("contact-story")).ToContainTextAsync(Story);
        await Assertions.Expect(team.ByTestId("triage-answers")).ToContainTextAsync("To sleep in her own bed again.");
        await Assertions.Expect(team.ByTestId("work-queue")).ToContainTextAsync("Home First and reablement");
        await Assertions.Expect(team.ByTestId("work-hand-offs")).ToHaveTextAsync("1");
        await Assertions.Expect(team.ByTestId("work-priority")).ToHaveTextAsync("High");
        await Assertions.Expect(team.ByTestId("timeline")).ToContainTextAsync("Referred");
        await team.AssertAccessibleAsync();
    }

    private static string ContactPath(IPage page) => new Uri(page.Url).AbsolutePath.Split("/refer")[0];
}
