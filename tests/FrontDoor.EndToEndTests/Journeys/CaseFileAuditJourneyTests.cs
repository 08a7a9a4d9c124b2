using FrontDoor.Core.Audit;
using FrontDoor.Core.CaseFileAudits;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.EndToEndTests.Browser;
using Microsoft.Playwright;

namespace FrontDoor.EndToEndTests.Journeys;

/// <summary>
/// A manager draws January's sample and allocates it to the auditor; the auditor finds it on their list, audits one
/// contact (getting the form wrong first), then corrects the audit with a reason; the manager reads the results and the
/// 12-month trend.
/// </summary>
public sealed class CaseFileAuditJourneyTests(Chromium chromium)
{
    private static readonly AuditActor Advisor = new("advisor-1", "Asha Advisor", "Advisor");

    [Fact]
    public async Task Manager_AllocatesJanuary_AuditorAuditsAndCorrects_ManagerReadsTheTrend()
    {
        await using var frontDoor = await StartWithJanuaryClosuresAsync();
        await using var auditorContext = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString() });
        await using var managerContext = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString() });
        var auditor = await auditorContext.NewPageAsync();
        var manager = await managerContext.NewPageAsync();
        await auditor.SignInAsAtAsync("demo-auditor", "/staff");
        await auditor.ByTestId("my-audits-link").ClickAsync();
        await Assertions.Expect(auditor.ByTestId("no-cases")).ToBeVisibleAsync();
        await auditor.AssertAccessibleAsync();

        await manager.SignInAsAtAsync("demo-team-manager", "/staff");
        await manager.ByTestId("audits-link").ClickAsync();
        await manager.ArriveAtAsync("/staff/audits");
        await manager.AssertAccessibleAsync();
        await DrawAndAllocateJanuaryAsync(manager);
        await manager.AssertAccessibleAsync();

        await auditor.ReloadAsync();
        await Assertions.Expect(auditor.ByTestId("to-do")).ToContainTextAsync("4 cases to audit, 4 overdue");
        await auditor.AssertAccessibleAsync();
        await OpenTheFirstCaseAsync(auditor);
        await auditor.AssertAccessibleAsync();

        await auditor.ByTestId("save-audit").ClickAsync();
        await Assertions.Expect(auditor.Locator(".govuk-error-summary")).ToContainTextAsync("Select a score for quality of recording");
        await Assertions.Expect(auditor.Locator(".govuk-error-summary")).ToContainTextAsync("Enter an overall comment");
        await auditor.AssertAccessibleAsync();

        await FillAndSaveAsync(auditor);
        await Assertions.Expect(auditor.ByTestId("audited-by")).ToContainTextAsync("Audited by Ruth Adeyemi");
        await Assertions.Expect(auditor.ByTestId("audit-form")).ToHaveCountAsync(0);
        await auditor.AssertAccessibleAsync();

        await CorrectAsync(auditor);
        await Assertions.Expect(auditor.ByTestId("answer-RightOutcome")).ToContainTextAsync("Requires improvement");
        await Assertions.Expect(auditor.ByTestId("correction")).ToContainTextAsync("The later notes show a missed referral.");
        await auditor.AssertAccessibleAsync();

        await manager.GotoAsync("/staff/audits/2026-01");
        await Assertions.Expect(manager.ByTestId("result-tier-1-RightOutcome")).ToContainTextAsync("0%");
        await manager.AssertAccessibleAsync();
        await manager.GetByRole(AriaRole.Link, new() { Name = "Each team's results over 12 months" }).ClickAsync();
        await manager.ArriveAtAsync("/staff/audits/trend");
        await Assertions.Expect(manager.ByTestId("trend-tier-1-QualityOfRecording")).ToBeVisibleAsync();
        await Assertions.Expect(manager.ByTestId("trend-tier-1-RightOutcome-table")).ToContainTextAsync("0.0%");
        await manager.AssertAccessibleAsync();
    }

    [Fact]
    public async Task WithJavaScriptOff_ManagerAllocates_AuditorAuditsAndCorrects_ManagerReadsTheTrend()
    {
        await using var frontDoor = await StartWithJanuaryClosuresAsync();
        await using var auditorContext = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString(), JavaScriptEnabled = false });
        await using var managerContext = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString(), JavaScriptEnabled = false });
        var auditor = await auditorContext.NewPageAsync();
        var manager = await managerContext.NewPageAsync();
        await auditor.SignInAsAtAsync("demo-auditor", "/staff/audits/mine");
        await Assertions.Expect(auditor.ByTestId("no-cases")).ToBeVisibleAsync();

        await manager.SignInAsAtAsync("demo-team-manager", "/staff/audits");
        await DrawAndAllocateJanuaryAsync(manager);

        await auditor.ReloadAsync();
        await OpenTheFirstCaseAsync(auditor);
        await auditor.ByTestId("save-audit").ClickAsync();
        await Assertions.Expect(auditor.Locator(".govuk-error-summary")).ToContainTextAsync("Select a score for right outcome");

        await FillAndSaveAsync(auditor);
        await Assertions.Expect(auditor.ByTestId("audited-by")).ToContainTextAsync("Audited by Ruth Adeyemi");
        await Assertions.Expect(auditor.ByTestId("answer-FairerChargingDiscussed")).ToContainTextAsync("Not applicable");
        await CorrectAsync(auditor);
        await Assertions.Expect(auditor.ByTestId("correction")).ToContainTextAsync("Right outcome: grade");

        await manager.GotoAsync("/staff/audits/trend");
        await manager.ByTestId("trend-team").SelectOptionAsync("tier-1");
        await manager.ByTestId("show-team").ClickAsync();
        await Assertions.Expect(manager.ByTestId("trend-tier-1-RightOutcome-table")).ToContainTextAsync("0.0%");
    }

    [Fact]
    public async Task Auditor_TakesAWaitingCase_ReadsItsContact_AndSeesItOverdue_ManagerSeesOverdueAudits()
    {
        await using var frontDoor = await StartWithJanuaryClosuresAsync();
        await using var auditorContext = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString() });
        await using var managerContext = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString() });
        var auditor = await auditorContext.NewPageAsync();
        var manager = await managerContext.NewPageAsync();
        await manager.SignInAsAtAsync("demo-team-manager", "/staff/audits");
        await DrawJanuaryAsync(manager);
        await manager.GotoAsync("/staff/audits");
        await Assertions.Expect(manager.ByTestId("overdue-audits").Locator("tbody tr")).ToHaveCountAsync(4);
        await Assertions.Expect(manager.ByTestId("overdue-audits")).ToContainTextAsync("Not allocated");
        await manager.AssertAccessibleAsync();
        await manager.GotoAsync("/staff");
        await Assertions.Expect(manager.ByTestId("overdue-audits-count")).ToContainTextAsync("4 cases were not audited");
        await manager.AssertAccessibleAsync();

        await auditor.SignInAsAtAsync("demo-auditor", "/staff");
        await Assertions.Expect(auditor.ByTestId("queues-link")).ToHaveCountAsync(0);
        await auditor.AssertAccessibleAsync();
        await auditor.ByTestId("my-audits-link").ClickAsync();
        await auditor.ArriveAtAsync("/staff/audits/mine");
        await Assertions.Expect(auditor.ByTestId("cases-to-take").Locator("tbody tr")).ToHaveCountAsync(4);
        await auditor.AssertAccessibleAsync();
        await TakeTheFirstCaseAndReadItsContactAsync(auditor);
        await auditor.AssertAccessibleAsync();

        await auditor.GotoAsync("/staff/audits/mine");
        await Assertions.Expect(auditor.ByTestId("my-overdue")).ToContainTextAsync("1 audit is overdue");
        await Assertions.Expect(auditor.ByTestId("cases-to-take").Locator("tbody tr")).ToHaveCountAsync(3);
        await auditor.AssertAccessibleAsync();
    }

    [Fact]
    public async Task WithJavaScriptOff_AuditorTakesAWaitingCase_AndReadsItsContact()
    {
        await using var frontDoor = await StartWithJanuaryClosuresAsync();
        await using var auditorContext = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString(), JavaScriptEnabled = false });
        await using var managerContext = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString(), JavaScriptEnabled = false });
        var auditor = await auditorContext.NewPageAsync();
        var manager = await managerContext.NewPageAsync();
        await manager.SignInAsAtAsync("demo-team-manager", "/staff/audits");
        await DrawJanuaryAsync(manager);

        await auditor.SignInAsAtAsync("demo-auditor", "/staff/audits/mine");
        await Assertions.Expect(auditor.ByTestId("cases-to-take").Locator("tbody tr")).ToHaveCountAsync(4);
        await TakeTheFirstCaseAndReadItsContactAsync(auditor);
        await auditor.GotoAsync("/staff/audits/mine");
        await Assertions.Expect(auditor.ByTestId("my-overdue")).ToContainTextAsync("1 audit is overdue");
        await Assertions.Expect(auditor.ByTestId("my-cases").Locator("tbody tr")).ToHaveCountAsync(1);
    }

    /// <summary>Takes the first case waiting, lands on its audit form, and opens the contact read-only.</summary>
    private static async Task TakeTheFirstCaseAndReadItsContactAsync(IPage auditor)
    {
        await auditor.ByTestId("cases-to-take").Locator("button").First.ClickAsync();
        await Assertions.Expect(auditor.ByTestId("audit-form")).ToBeVisibleAsync();
        await Assertions.Expect(auditor.ByTestId("auditor")).ToContainTextAsync("Ruth Adeyemi");
        await auditor.ByTestId("contact-link").ClickAsync();
        await Assertions.Expect(auditor.ByTestId("read-only-for-audit")).ToBeVisibleAsync();
        await Assertions.Expect(auditor.ByTestId("contact-story")).ToContainTextAsync("Mrs Patel would like to get out more.");
        await Assertions.Expect(auditor.Locator("main form")).ToHaveCountAsync(0);
    }

    private static async Task DrawJanuaryAsync(IPage manager)
    {
        await manager.GetByLabel("Draw the sample for").SelectOptionAsync("2026-01");
        await manager.ByTestId("draw").ClickAsync();
        await manager.ArriveAtAsync("/staff/audits/2026-01");
        await Assertions.Expect(manager.ByTestId("cases-tier-1").Locator("tbody tr")).ToHaveCountAsync(4);
    }

    private static async Task DrawAndAllocateJanuaryAsync(IPage manager)
    {
        await DrawJanuaryAsync(manager);
        await manager.ByTestId("allocate-link").ClickAsync();
        await manager.ArriveAtAsync("/staff/audits/2026-01/allocate");
        foreach (var select in await manager.Locator("select[data-testid^='auditor-']").AllAsync())
        {
            await select.SelectOptionAsync("demo-auditor");
        }

        await manager.ByTestId("save-allocations").ClickAsync();
        await manager.ArriveAtAsync("/staff/audits/2026-01");
        await Assertions.Expect(manager.ByTestId("cases-tier-1")).ToContainTextAsync("Ruth Adeyemi");
    }

    private static async Task OpenTheFirstCaseAsync(IPage auditor)
    {
        await Assertions.Expect(auditor.ByTestId("my-cases").Locator("tbody tr")).ToHaveCountAsync(4);
        await auditor.ByTestId("my-cases").Locator("a").First.ClickAsync();
        await Assertions.Expect(auditor.ByTestId("audit-form")).ToBeVisibleAsync();
        await Assertions.Expect(auditor.ByTestId("contact-link")).ToBeVisibleAsync();
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

    private static async Task CorrectAsync(IPage auditor)
    {
        await auditor.ByTestId("correct-link").ClickAsync();
        await Assertions.Expect(auditor.ByTestId("correct-form")).ToBeVisibleAsync();
        await auditor.ByTestId($"{AuditQuestion.RightOutcome}-{AuditScore.RequiresImprovement}").CheckAsync();
        await auditor.ByTestId("correction-reason").FillAsync("The later notes show a missed referral.");
        await auditor.ByTestId("save-correction").ClickAsync();
        await Assertions.Expect(auditor.ByTestId("corrections")).ToBeVisibleAsync();
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
