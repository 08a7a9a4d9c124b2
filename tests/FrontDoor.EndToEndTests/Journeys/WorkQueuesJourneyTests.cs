using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.People;
using FrontDoor.Core.Triage.Flows;
using FrontDoor.EndToEndTests.Browser;
using Microsoft.Playwright;

namespace FrontDoor.EndToEndTests.Journeys;

public sealed class WorkQueuesJourneyTests(Chromium chromium)
{
    [Fact]
    public async Task Manager_GoesFromTheOverviewToAFilteredQueue_AndTransfersAndAssignsAContact_EveryPageAccessible()
    {
        await using var frontDoor = await RunningFrontDoor.StartAsync();
        var urgent = await AddQueuedAsync(frontDoor, "Okonkwo", TriagePriority.Urgent, TimeSpan.FromHours(-1));
        await AddQueuedAsync(frontDoor, "Fairweather", TriagePriority.Low, TimeSpan.FromDays(2));
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString() });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/staff");
        await SignInAsync(page, "demo-team-manager");
        await page.ArriveAtAsync("/staff");
        await Assertions.Expect(page.ByTestId("queue-overview")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.ByTestId("queues-link").ClickAsync();
        await page.ArriveAtAsync("/staff/queues");
        await page.AssertAccessibleAsync();
        await page.ByTestId("queue-row-tier-1").Locator("[data-testid='queue-link']").ClickAsync();
        await page.ArriveAtAsync("/staff/queues/tier-1");
        await Assertions.Expect(page.ByTestId("queue-item")).ToHaveCountAsync(2);
        await Assertions.Expect(page.ByTestId("overdue-tag")).ToHaveCountAsync(1);
        await page.ByTestId("filter-priority-urgent").CheckAsync();
        await page.ByTestId("apply-filters").ClickAsync();
        await page.ArriveAtAsync(@"/staff/queues/tier-1\?.*Priority=Urgent.*");
        await Assertions.Expect(page.ByTestId("queue-item")).ToHaveCountAsync(1);
        await page.AssertAccessibleAsync();

        await page.ByTestId("contact-link").ClickAsync();
        await page.ArriveAtAsync($"/staff/contacts/{urgent.Id}");
        await page.ByTestId("transfer-link").ClickAsync();
        await page.ArriveAtAsync($"/staff/contacts/{urgent.Id}/transfer");
        await page.AssertAccessibleAsync();
        await page.ByTestId("queue-tier-2").CheckAsync();
        await page.ByTestId("transfer").ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter why you are moving the contact");
        await page.AssertAccessibleAsync();
        await page.ByTestId("transfer-reason").FillAsync("Needs a longer conversation about support at home");
        await page.ByTestId("transfer").ClickAsync();
        await page.ArriveAtAsync($"/staff/contacts/{urgent.Id}#work");
        await Assertions.Expect(page.ByTestId("work-queue")).ToHaveTextAsync("Front door Tier 2");
        await Assertions.Expect(page.ByTestId("work-hand-offs")).ToHaveTextAsync("1");

        await page.ByTestId("assign-link").ClickAsync();
        await page.ArriveAtAsync($"/staff/contacts/{urgent.Id}/assign");
        await page.AssertAccessibleAsync();
        await page.ByTestId("assign-demo-team-manager").CheckAsync();
        await page.ByTestId("assign").ClickAsync();
        await page.ArriveAtAsync($"/staff/contacts/{urgent.Id}#work");
        await Assertions.Expect(page.ByTestId("work-assignee")).ToHaveTextAsync("You (Grace Okafor)");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Advisor_WithoutJavaScript_FiltersAQueue_SortsIt_AndClaimsAContact()
    {
        await using var frontDoor = await RunningFrontDoor.StartAsync();
        var urgent = await AddQueuedAsync(frontDoor, "Okonkwo", TriagePriority.Urgent, TimeSpan.FromHours(-1));
        var low = await AddQueuedAsync(frontDoor, "Fairweather", TriagePriority.Low, TimeSpan.FromDays(2));
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString(), JavaScriptEnabled = false });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/staff/queues/tier-1");
        await SignInAsync(page, "demo-advisor");
        await page.ArriveAtAsync("/staff/queues/tier-1");
        await Assertions.Expect(page.ByTestId("contact-link").First).ToHaveTextAsync(urgent.Reference);

        await page.ByTestId("sort-priority").ClickAsync();
        await page.ArriveAtAsync(@"/staff/queues/tier-1\?sort=priority&order=descending");
        await Assertions.Expect(page.ByTestId("contact-link").First).ToHaveTextAsync(low.Reference);

        await page.ByTestId("filter-priority-urgent").CheckAsync();
        await page.ByTestId("filter-unassigned").CheckAsync();
        await page.ByTestId("apply-filters").ClickAsync();
        await page.ArriveAtAsync(@"/staff/queues/tier-1\?.*Priority=Urgent.*");
        await Assertions.Expect(page.ByTestId("queue-item")).ToHaveCountAsync(1);
        await Assertions.Expect(page.ByTestId("contact-link")).ToHaveTextAsync(urgent.Reference);

        await page.ByTestId("claim").ClickAsync();
        await page.ArriveAtAsync($"/staff/contacts/{urgent.Id}");
        await Assertions.Expect(page.ByTestId("work-banner")).ToContainTextAsync("You are working contact");
        await Assertions.Expect(page.ByTestId("work-assignee")).ToHaveTextAsync("You (Amira Khan)");
    }

    [Theory]
    [InlineData("demo-advisor", "my-work")]
    [InlineData("demo-support-worker", "queue-overview")]
    [InlineData("demo-administrator", "queue-overview")]
    public async Task EachRole_SeesItsOwnWorkOnTheHomePage_Accessibly(string demoUser, string expected)
    {
        await using var frontDoor = await RunningFrontDoor.StartAsync();
        var claimed = await AddQueuedAsync(frontDoor, "Hartley", TriagePriority.High, TimeSpan.FromHours(-2), assignedTo: ("demo-advisor", "Amira Khan"));
        await AddQueuedAsync(frontDoor, "Nakamura", TriagePriority.Medium, TimeSpan.FromHours(4));
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString() });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/staff");
        await SignInAsync(page, demoUser);
        await page.ArriveAtAsync("/staff");

        await Assertions.Expect(page.ByTestId(expected)).ToBeVisibleAsync();
        if (demoUser == "demo-advisor")
        {
            await Assertions.Expect(page.ByTestId("my-work-item")).ToContainTextAsync(claimed.Reference);
            await Assertions.Expect(page.ByTestId("my-work-item").Locator("[data-testid='overdue-tag']")).ToBeVisibleAsync();
            await Assertions.Expect(page.ByTestId("queue-head-item")).ToHaveCountAsync(1);
        }

        await page.AssertAccessibleAsync();
    }

    private static async Task<(Guid Id, string Reference)> AddQueuedAsync(RunningFrontDoor frontDoor, string familyName, TriagePriority priority, TimeSpan dueIn, (string Id, string Name)? assignedTo = null)
    {
        var now = frontDoor.Clock.GetUtcNow();
        var receivedAt = now.AddHours(-3);
        var contact = new Contact(Guid.CreateVersion7(), ContactReference.New(), ContactChannel.Phone, ContactSource.FamilyOrFriend, receivedAt, "Her daughter says she is not coping at home since a fall.");
        contact.RecordWhatWasReported(new ReportedPerson { GivenName = "Iris", FamilyName = familyName }, CommunicationNeeds.None, ContactConsent.NotAsked, ImmediateRisk.NotAsked, null);
        contact.Open(receivedAt);
        contact.MoveToQueue("tier-1", "Arrived", receivedAt, ContactEvent.System);
        contact.PrioritiseByRules(priority, ["Lives alone"], now + dueIn, receivedAt);
        if (assignedTo is { } user)
        {
            contact.AssignTo(user.Id, user.Name, now, ContactEvent.System);
        }

        await using var db = frontDoor.CreateDbContext();
        db.Contacts.Add(contact);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (contact.Id, contact.Reference.Value);
    }

    private static async Task SignInAsync(IPage page, string demoUser)
    {
        await page.ArriveAtAsync(@"/sign-in\?ReturnUrl=.*");
        await page.ByTestId(demoUser).CheckAsync();
        await page.ByTestId("sign-in").ClickAsync();
    }
}
