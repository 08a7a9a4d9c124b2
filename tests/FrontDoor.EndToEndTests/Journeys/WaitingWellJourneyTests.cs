using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Data;
using FrontDoor.Core.People;
using FrontDoor.Core.Triage.Flows;
using FrontDoor.Core.Triage.Referrals;
using FrontDoor.Core.WorkQueues;
using FrontDoor.EndToEndTests.Browser;
using FrontDoor.TestCommon.Databases;
using Microsoft.Playwright;

namespace FrontDoor.EndToEndTests.Journeys;

public sealed class WaitingWellJourneyTests(Chromium chromium)
{
    [Theory]
    [BothProviders]
    public async Task Manager_WithJavaScriptOff_RecordsACheckInWhereRiskRose_AndThePersonTopsTheWaitingList(DatabaseProvider provider)
    {
        await using var frontDoor = await RunningFrontDoor.StartAsync(provider: provider);
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString(), JavaScriptEnabled = false });
        await CheckInAsync(frontDoor, await context.NewPageAsync(), withAxe: false);
    }

    [Fact]
    public async Task Manager_WithJavaScript_RecordsACheckInWhereRiskRose_EveryPageAccessible()
    {
        await using var frontDoor = await RunningFrontDoor.StartAsync();
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString() });
        await CheckInAsync(frontDoor, await context.NewPageAsync(), withAxe: true);
    }

    /// <summary>Axe runs in the page's JavaScript, so with JavaScript off the journey is checked to work and no more.</summary>
    private static async Task CheckInAsync(RunningFrontDoor frontDoor, IPage page, bool withAxe)
    {
        Task AssertAccessibleAsync() => withAxe ? page.AssertAccessibleAsync() : Task.CompletedTask;
        var (first, second) = await TwoWaitingForTheMashAsync(frontDoor);
        await page.SignInAsAtAsync("demo-team-manager", "/staff/waiting/mash");
        await Assertions.Expect(page.ByTestId("waiting-person")).ToHaveCountAsync(2);
        await Assertions.Expect(page.ByTestId("waiting-person").First).ToContainTextAsync(first.Reference.ToString());
        await AssertAccessibleAsync();

        await page.GotoAsync($"/staff/contacts/{second.Id}/check-in");
        await AssertAccessibleAsync();
        await page.ByTestId("record-check-in").ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select yes if anything has changed in the person's circumstances or risk");
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter what was agreed");
        await AssertAccessibleAsync();

        await page.ByTestId("changed-yes").CheckAsync();
        await page.ByTestId("what-changed").FillAsync("Her carer has gone into hospital.");
        await page.ByTestId("what-agreed").FillAsync("Duty worker to visit today.");
        await page.ByTestId("risk-Urgent").CheckAsync();
        await page.ByTestId("record-check-in").ClickAsync();
        await page.ArriveAtAsync($"/staff/contacts/{second.Id}#work");

        await page.GotoAsync("/staff/waiting/mash");
        await Assertions.Expect(page.ByTestId("waiting-person").First).ToContainTextAsync(second.Reference.ToString());
        await Assertions.Expect(page.ByTestId("waiting-person").First).ToContainTextAsync("Urgent");
        await AssertAccessibleAsync();

        // The manager's view: only the urgent, then by how long they have waited; the sort link keeps the filter.
        await page.ByTestId("filter-risk-urgent").CheckAsync();
        await page.ByTestId("apply-filters").ClickAsync();
        await Assertions.Expect(page.ByTestId("waiting-summary")).ToHaveTextAsync("1 person waiting, 0 overdue");
        await Assertions.Expect(page.ByTestId("waiting-person")).ToHaveCountAsync(1);
        await Assertions.Expect(page.ByTestId("waiting-person")).ToContainTextAsync(second.Reference.ToString());
        await Assertions.Expect(page.ByTestId("filter-risk-urgent")).ToBeCheckedAsync();
        await AssertAccessibleAsync();

        await page.ByTestId("sort-waiting").ClickAsync();
        await Assertions.Expect(page.Locator("th[aria-sort='ascending']")).ToContainTextAsync("Waiting since");
        await Assertions.Expect(page.ByTestId("waiting-person")).ToHaveCountAsync(1);
        await Assertions.Expect(page.ByTestId("filter-risk-urgent")).ToBeCheckedAsync();
        await AssertAccessibleAsync();

        await page.ByTestId("clear-filters").ClickAsync();
        await Assertions.Expect(page.ByTestId("waiting-summary")).ToHaveTextAsync("2 people waiting, 0 overdue");
    }

    /// <summary>Two people referred to the MASH at medium risk, the first an hour before the second.</summary>
    private static async Task<(Contact First, Contact Second)> TwoWaitingForTheMashAsync(RunningFrontDoor frontDoor)
    {
        var now = frontDoor.Clock.GetUtcNow();
        var advisor = new AuditActor("demo-advisor", "Demo Advisor", "Advisor");
        await using var db = frontDoor.CreateDbContext();

        Contact Referred(DateTimeOffset at, string story)
        {
            var contact = new Contact(Guid.CreateVersion7(at), ContactReference.New(), ContactChannel.Phone, ContactSource.Self, at, story);
            contact.RecordWhatWasReported(new ReportedPerson { GivenName = "Edith", FamilyName = "Marsh" }, CommunicationNeeds.None, ContactConsent.NotAsked, ImmediateRisk.NotAsked, null);
            contact.Open(at);
            contact.PrioritiseByRules(TriagePriority.Medium, ["No care in place"], at.AddDays(3), at);
            contact.Refer(ReferralType.Safeguarding.ToString(), "mash", "Bruising seen by the district nurse.", at, advisor);
            db.Contacts.Add(contact);
            db.Add(new ContactReferral(Guid.CreateVersion7(at), contact.Id, ReferralType.Safeguarding, "mash", "Bruising seen by the district nurse.", at, advisor));
            return contact;
        }

        var first = Referred(now.AddHours(-2), "Mrs Marsh has bruises on her arms.");
        var second = Referred(now.AddHours(-1), "Mrs Marsh has bruises on her legs.");
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (first, second);
    }
}
