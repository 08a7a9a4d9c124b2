using FrontDoor.Core.Contacts;
using FrontDoor.Core.Data;
using FrontDoor.EndToEndTests.Browser;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace FrontDoor.EndToEndTests.Journeys;

public sealed class ContactOutcomeJourneyTests(Chromium chromium)
{
    [Theory]
    [BothProviders]
    public async Task Advisor_WithJavaScriptOff_AssessesRefersToReablementAndCloses_WithErrorsOnTheWay(DatabaseProvider provider)
    {
        await using var frontDoor = await RunningFrontDoor.StartAsync(provider: provider);
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString(), JavaScriptEnabled = false });
        await AssessReferAndCloseAsync(frontDoor, await context.NewPageAsync(), withAxe: false);
    }

    [Fact]
    public async Task Advisor_WithJavaScript_AssessesRefersToReablementAndCloses_EveryPageAccessible()
    {
        await using var frontDoor = await RunningFrontDoor.StartAsync();
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString() });
        await AssessReferAndCloseAsync(frontDoor, await context.NewPageAsync(), withAxe: true);
    }

    /// <summary>The journey; axe runs in the page's JavaScript, so with JavaScript off it checks the journey works and no more.</summary>
    private static async Task AssessReferAndCloseAsync(RunningFrontDoor frontDoor, IPage page, bool withAxe)
    {
        Task AssertAccessibleAsync() => withAxe ? page.AssertAccessibleAsync() : Task.CompletedTask;
        var reference = await StaffContactJourneyTests.SendPoliceReferralAsync(frontDoor.Address, "Found Mr Stone on the floor at home; he cannot get in or out of the bath and is not eating well.");
        Guid contactId;
        await using (var db = frontDoor.CreateDbContext())
        {
            var stored = ContactReference.FromStored(reference);
            contactId = await db.Contacts.AsNoTracking().Where(c => c.Reference == stored).Select(c => c.Id).SingleAsync(TestContext.Current.CancellationToken);
        }

        var contactPath = $"/staff/contacts/{contactId}";
        await page.SignInAsAdvisorAtAsync(contactPath);

        // The assessment: a bad amount first, then the answers.
        await page.ByTestId("assessment-link").ClickAsync();
        await page.ArriveAtAsync($"{contactPath}/assessment");
        await AssertAccessibleAsync();
        await page.Locator("#AnnualIncomeGained").FillAsync("lots");
        await page.ByTestId("save-assessment").ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the annual income gained as an amount in pounds");
        await AssertAccessibleAsync();
        await page.ByTestId("what-matters").FillAsync("Staying at home with his dog.");
        await page.ByTestId("outcome-PersonalHygiene").CheckAsync();
        await page.ByTestId("outcome-ManagingNutrition").CheckAsync();
        await page.ByTestId("benefits-offered").CheckAsync();
        await page.ByTestId("fairer-charging-yes").CheckAsync();
        await page.Locator("#AnnualIncomeGained").FillAsync("1200");
        await page.ByTestId("save-assessment").ClickAsync();
        await page.ArriveAtAsync($"{contactPath}#assessment");
        await Assertions.Expect(page.ByTestId("assessment")).ToContainTextAsync("Staying at home with his dog.");
        await Assertions.Expect(page.ByTestId("outcomes-not-achieved")).ToContainTextAsync("Maintaining personal hygiene");

        // The referral: type, then team and what the team needs to know.
        await page.ByTestId("refer-link").ClickAsync();
        await page.ArriveAtAsync($"{contactPath}/refer");
        await page.ByTestId("continue").ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select the type of referral");
        await AssertAccessibleAsync();
        await page.ByTestId("type-Reablement").CheckAsync();
        await page.ByTestId("continue").ClickAsync();
        await page.ArriveAtAsync($@"{contactPath}/refer\?type=Reablement");
        await Assertions.Expect(page.ByTestId("missing-prompts")).ToHaveCountAsync(0);
        await AssertAccessibleAsync();
        await page.ByTestId("refer").ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select the team to refer to");
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter what the receiving team needs to know");
        await AssertAccessibleAsync();
        await page.ByTestId("team-home-first").CheckAsync();
        await page.ByTestId("reason").FillAsync("Wants to manage his own washing again.");
        await page.ByTestId("refer").ClickAsync();
        await page.ArriveAtAsync($"{contactPath}#referrals");
        await Assertions.Expect(page.ByTestId("referrals")).ToContainTextAsync("Reablement to Home First and reablement");
        await Assertions.Expect(page.ByTestId("contact-story")).ToContainTextAsync("cannot get in or out of the bath");

        // Closing: refused with everything missing at once, then closed.
        await page.ByTestId("close-link").ClickAsync();
        await page.ArriveAtAsync($"{contactPath}/close");
        await Assertions.Expect(page.ByTestId("outcome-ReferredToReablement")).ToBeCheckedAsync();
        await AssertAccessibleAsync();
        await page.ByTestId("outcome-NoFurtherAction").CheckAsync();
        await page.ByTestId("close-contact").ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary li")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter why no further action is needed");
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter a closing summary");
        await AssertAccessibleAsync();
        await page.ByTestId("outcome-NoFurtherAction").UncheckAsync();
        await page.ByTestId("closing-summary").FillAsync("Referred to Home First for reablement.");
        await page.ByTestId("close-contact").ClickAsync();
        await page.ArriveAtAsync($"{contactPath}#outcomes");
        await Assertions.Expect(page.ByTestId("contact-status")).ToHaveTextAsync("Closed");
        await Assertions.Expect(page.ByTestId("closing-summary")).ToHaveTextAsync("Referred to Home First for reablement.");
        await AssertAccessibleAsync();
    }
}
