using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.People;
using FrontDoor.Core.Triage.Flows;
using FrontDoor.Core.Triage.Referrals;
using FrontDoor.Core.WorkQueues;
using FrontDoor.Core.Telephony;
using FrontDoor.EndToEndTests.Browser;
using FrontDoor.Web.Tests.Hosting;
using Microsoft.Playwright;

namespace FrontDoor.EndToEndTests.Journeys;

public sealed class InsightJourneyTests(Chromium chromium)
{
    private static readonly AuditActor Advisor = new("advisor-1", "Asha Advisor", "Advisor");

    private static DateOnly Month => new(FrontDoorAppFactory.Now.Year, FrontDoorAppFactory.Now.Month, 1);

    [Fact]
    public async Task Manager_ReadsTheKpis_AKpisDefinition_AndTheMonthlyReport_EachAccessible()
    {
        await using var frontDoor = await RunningFrontDoor.StartAsync();
        await SeedAsync(frontDoor);
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString() });
        var page = await context.NewPageAsync();
        await page.SignInAsAtAsync("demo-team-manager", "/staff");

        await page.ByTestId("insight-link").ClickAsync();
        await page.ArriveAtAsync("/staff/insight");
        await Assertions.Expect(page.ByTestId("value-callHandlingRate")).ToHaveTextAsync("50.0%");
        await Assertions.Expect(page.ByTestId("value-contactsReceived")).ToContainTextAsync("2");
        await page.AssertAccessibleAsync();

        await page.ByTestId("kpi-callHandlingRate").GetByRole(AriaRole.Link).First.ClickAsync();
        await page.ArriveAtAsync("/staff/insight/kpis/callHandlingRate");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Call handling rate");
        await page.AssertAccessibleAsync();

        await page.GotoAsync("/staff/insight");
        await page.ByTestId("report-link").ClickAsync();
        await page.ArriveAtAsync("/staff/insight/report\\?month=[0-9]{4}-[0-9]{2}");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Manager_NarrowsTheKpisToOneTeam_AndReadsItsWaitingListAndChannelMix_Accessible()
    {
        await using var frontDoor = await RunningFrontDoor.StartAsync();
        await SeedAsync(frontDoor);
        await SeedWaitingAsync(frontDoor);
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString() });
        var page = await context.NewPageAsync();
        await page.SignInAsAtAsync("demo-team-manager", "/staff/insight");

        var ageBands = page.ByTestId("table-channelByAgeBand");
        await Assertions.Expect(ageBands.Locator("thead")).ToContainTextAsync("Phone");
        await Assertions.Expect(ageBands.Locator("tbody tr").First).ToContainTextAsync("85 and over");
        await Assertions.Expect(page.ByTestId("table-channelByArea")).ToContainTextAsync("LE1");

        await page.ByTestId("team").SelectOptionAsync("home-first");
        await page.ByTestId("show-period").ClickAsync();
        await Assertions.Expect(page.ByTestId("insight-team")).ToContainTextAsync("Home First and reablement");
        await Assertions.Expect(page.ByTestId("value-contactsReceived")).ToContainTextAsync("1");
        var waiting = page.ByTestId("table-waitingListByRisk");
        await Assertions.Expect(waiting.Locator("tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(waiting.Locator("tbody tr").First).ToContainTextAsync("23 hours 30 minutes");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Manager_WithoutJavaScript_ChoosesATeam_AndSeesItsFigures()
    {
        await using var frontDoor = await RunningFrontDoor.StartAsync();
        await SeedAsync(frontDoor);
        await SeedWaitingAsync(frontDoor);
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString(), JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.SignInAsAtAsync("demo-team-manager", "/staff/insight");

        await page.ByTestId("team").SelectOptionAsync("tier-1");
        await page.ByTestId("show-period").ClickAsync();
        await Assertions.Expect(page.ByTestId("insight-team")).ToContainTextAsync("Customer Service Centre (Tier 1)");
        await Assertions.Expect(page.ByTestId("value-contactsReceived")).ToContainTextAsync("2");
        await Assertions.Expect(page.ByTestId("table-waitingListByRisk")).ToContainTextAsync("Nobody was waiting for a team");
    }

    [Fact]
    public async Task Manager_WithoutJavaScript_ChoosesAPeriod_AndAnImpossibleDateIsAnErrorSummary()
    {
        await using var frontDoor = await RunningFrontDoor.StartAsync();
        await SeedAsync(frontDoor);
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString(), JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.SignInAsAtAsync("demo-team-manager", "/staff/insight");

        var form = page.ByTestId("period-form");
        await FillDateAsync(form, "From", Month.AddMonths(-1));
        await FillDateAsync(form, "To", Month.AddMonths(1).AddDays(-1));
        await page.ByTestId("show-period").ClickAsync();
        await Assertions.Expect(page.ByTestId("insight-period")).ToContainTextAsync("The chosen period");
        await Assertions.Expect(page.ByTestId("value-callHandlingRate")).ToHaveTextAsync("50.0%");

        await form.Locator("input[name='From.Day']").FillAsync("31");
        await form.Locator("input[name='From.Month']").FillAsync("2");
        await page.ByTestId("show-period").ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
    }

    private static async Task FillDateAsync(ILocator form, string name, DateOnly date)
    {
        await form.Locator($"input[name='{name}.Day']").FillAsync(date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await form.Locator($"input[name='{name}.Month']").FillAsync(date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await form.Locator($"input[name='{name}.Year']").FillAsync(date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Someone aged 85 in LE1 referred for reablement this month at low risk, waiting for Home First since 10am on the 1st.</summary>
    private static async Task SeedWaitingAsync(RunningFrontDoor frontDoor)
    {
        await using var db = frontDoor.CreateDbContext();
        var at = new DateTimeOffset(Month.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddHours(9);
        var person = new Person(Guid.CreateVersion7(), new PersonName("Edith", "Oldfield"), at);
        person.SetDateOfBirth(new DateOnly(1940, 2, 1), at);
        person.MoveTo(new PostalAddress("1 Test Street", null, "Leicester", UkPostcode.Parse("LE1 1AA")), at);
        var contact = new Contact(Guid.CreateVersion7(), ContactReference.New(), ContactChannel.Phone, ContactSource.Self, at, "Had a fall and needs help to get back on her feet");
        contact.Open(at);
        contact.MatchTo(person.Id);
        contact.MoveToQueue("tier-1", "Arrived", at, ContactEvent.System);
        contact.PrioritiseByRules(TriagePriority.Low, ["Stable"], at.AddDays(7), at);
        contact.Refer(ReferralType.Reablement.DisplayName(), "home-first", null, at.AddHours(1), Advisor);
        db.AddRange(person, contact, new ContactReferral(Guid.CreateVersion7(), contact.Id, ReferralType.Reablement, "home-first", "After a fall", at.AddHours(1), Advisor));
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        await frontDoor.RefreshKeptKpisAsync();
    }

    /// <summary>Two contacts closed this month and two calls offered, one answered and one abandoned.</summary>
    private static async Task SeedAsync(RunningFrontDoor frontDoor)
    {
        await using var db = frontDoor.CreateDbContext();
        var at = new DateTimeOffset(Month.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddHours(9);
        foreach (var (outcome, minutes) in new[] { (ContactOutcome.InformationAndAdvice, 0), (ContactOutcome.RedirectedToAllocatedWorker, 30) })
        {
            var contact = new Contact(Guid.CreateVersion7(), ContactReference.New(), ContactChannel.Phone, ContactSource.Self, at.AddMinutes(minutes), "Needs help with meals");
            contact.Open(contact.ReceivedAt);
            contact.MoveToQueue("tier-1", "Arrived", contact.ReceivedAt, ContactEvent.System);
            contact.Close([outcome], null, contact.ReceivedAt.AddMinutes(10), Advisor);
            db.Add(contact);
        }

        db.AddRange(
            new CallRecord(Guid.CreateVersion7(), "C1", at, at.AddSeconds(40), null, 40, 200, "1", "agent-1", at),
            new CallRecord(Guid.CreateVersion7(), "C2", at, null, at.AddSeconds(20), 20, 0, "1", null, at));
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        await frontDoor.RefreshKeptKpisAsync();
    }
}
