using FrontDoor.Core.Audit;
using FrontDoor.Core.CaseFileAudits;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.EndToEndTests.Browser;
using Microsoft.Playwright;

namespace FrontDoor.EndToEndTests.Journeys;

/// <summary>A manager draws January's sample from the staff home, audits one contact (getting the form wrong first), and reads the month's results.</summary>
public sealed class CaseFileAuditJourneyTests(Chromium chromium)
{
    private static readonly AuditActor Advisor = new("advisor-1", "Asha Advisor", "Advisor");

    [Fact]
    public async Task Manager_DrawsJanuary_AuditsAContact_AndReadsTheResults()
    {
        await using var frontDoor = await StartWithJanuaryClosuresAsync();
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString() });
        var page = await context.NewPageAsync();
        await page.SignInAsAtAsync("demo-team-manager", "/staff");

        await page.ByTestId("audits-link").ClickAsync();
        await page.ArriveAtAsync("/staff/audits");
        await Assertions.Expect(page.ByTestId("no-samples")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await DrawJanuaryAndOpenACaseAsync(page);
        await page.AssertAccessibleAsync();

        await page.ByTestId("save-audit").ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select a score for quality of recording");
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter an overall comment");
        await page.AssertAccessibleAsync();

        await FillAndSaveAsync(page);
        await Assertions.Expect(page.ByTestId("audited-by")).ToContainTextAsync("Audited by Grace Okafor");
        await Assertions.Expect(page.ByTestId("audit-form")).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Back to January 2026" }).ClickAsync();
        await page.ArriveAtAsync("/staff/audits/2026-01");
        await Assertions.Expect(page.ByTestId("chart-tier-1")).ToBeVisibleAsync();
        await Assertions.Expect(page.ByTestId("result-tier-1-RightOutcome")).ToContainTextAsync("100%");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Case file audits" }).First.ClickAsync();
        await Assertions.Expect(page.ByTestId("progress-2026-01-tier-1")).ToContainTextAsync("1 of 4 audited");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Manager_WithJavaScriptOff_DrawsAndAuditsAContact()
    {
        await using var frontDoor = await StartWithJanuaryClosuresAsync();
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString(), JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.SignInAsAtAsync("demo-team-manager", "/staff/audits");

        await DrawJanuaryAndOpenACaseAsync(page);
        await page.ByTestId("save-audit").ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select a score for right outcome");

        await FillAndSaveAsync(page);
        await Assertions.Expect(page.ByTestId("audited-by")).ToContainTextAsync("Audited by Grace Okafor");
        await Assertions.Expect(page.ByTestId("answer-FairerChargingDiscussed")).ToContainTextAsync("Not applicable");
    }

    private static async Task DrawJanuaryAndOpenACaseAsync(IPage page)
    {
        await page.GetByLabel("Draw the sample for").SelectOptionAsync("2026-01");
        await page.ByTestId("draw").ClickAsync();
        await page.ArriveAtAsync("/staff/audits/2026-01");
        await Assertions.Expect(page.ByTestId("cases-tier-1").Locator("tbody tr")).ToHaveCountAsync(4);
        await page.ByTestId("cases-tier-1").Locator("a").First.ClickAsync();
        await Assertions.Expect(page.ByTestId("audit-form")).ToBeVisibleAsync();
        await Assertions.Expect(page.ByTestId("contact-link")).ToBeVisibleAsync();
    }

    private static async Task FillAndSaveAsync(IPage page)
    {
        foreach (var question in AuditQuestions.All)
        {
            var grade = question == AuditQuestion.FairerChargingDiscussed ? AuditScore.NotApplicable : AuditScore.Good;
            await page.ByTestId($"{question}-{grade}").CheckAsync();
        }

        await page.ByTestId("RightOutcome-comment").FillAsync("Signposted to the right community group first time.");
        await page.ByTestId("overall-comment").FillAsync("A clear record of what mattered to Mrs Patel.");
        await page.ByTestId("save-audit").ClickAsync();
    }

    private static async Task<RunningFrontDoor> StartWithJanuaryClosuresAsync()
    {
        var frontDoor = await RunningFrontDoor.StartAsync();
        await using var db = frontDoor.CreateDbContext();
        for (var i = 0; i < 4; i++)
        {
            var at = new DateTimeOffset(2026, 1, 6 + i, 10, 0, 0, TimeSpan.Zero);
            var contact = new Contact(Guid.CreateVersion7(), ContactReference.New(), ContactChannel.Phone, ContactSource.Self, at, "Mrs Patel would like to get out more.");
            contact.Open(at);
            contact.MoveToQueue("tier-1", "Arrived", at, ContactEvent.System);
            contact.Close([ContactOutcome.Signposted], "Signposted to the lunch club.", at.AddMinutes(30), Advisor);
            db.Add(contact);
        }

        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return frontDoor;
    }
}
