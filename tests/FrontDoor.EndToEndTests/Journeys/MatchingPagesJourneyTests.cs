using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Contacts.PersonMatching;
using FrontDoor.Core.People;
using FrontDoor.Core.People.Matching;
using FrontDoor.EndToEndTests.Browser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace FrontDoor.EndToEndTests.Journeys;

public sealed class MatchingPagesJourneyTests(Chromium chromium)
{
    [Fact]
    public async Task TeamManager_OpensContactsToMatchAndDuplicates_PagesAreAccessible()
    {
        await using var frontDoor = await RunningFrontDoor.StartAsync(demoPeople: 300);
        await AddContactAwaitingReviewAsync(frontDoor);
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/sign-in?ReturnUrl=%2Fstaff%2Fmatch-review");
        await page.ByTestId("demo-team-manager").CheckAsync();
        await page.ByTestId("sign-in").ClickAsync();

        await page.ArriveAtAsync("/staff/match-review");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Contacts to match");
        await page.AssertAccessibleAsync();

        // A contact waits for review (the test adds one, so this half always runs): open the oldest and try to confirm without choosing.
        await Assertions.Expect(page.ByTestId("match-review-queue")).ToBeVisibleAsync();
        await page.ByTestId("match-review-queue").Locator("a").First.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Who is this contact about?");
        await page.AssertAccessibleAsync();
        await page.ByTestId("decide").ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        // A fresh demo county comes with its duplicates report: decide the strongest pair.
        await page.GotoAsync("/staff/duplicates");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Probable duplicate records");
        await page.AssertAccessibleAsync();
        await page.ByTestId("decide-pair").First.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Are these records the same person?");
        await page.AssertAccessibleAsync();

        await page.ByTestId("save-decision").ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        await page.AssertAccessibleAsync();

        await page.ByTestId("same-person").CheckAsync();
        await page.ByTestId("save-decision").ClickAsync();
        await page.ArriveAtAsync("/staff/duplicates");
        await Assertions.Expect(page.ByTestId("decision-saved")).ToContainTextAsync("one person");
        await page.AssertAccessibleAsync();

        // The success message says the pair is listed under records to merge: it is, one click away, and can be undone.
        await page.ByTestId("records-to-merge-link").ClickAsync();
        await page.ArriveAtAsync("/staff/duplicates/to-merge");
        await Assertions.Expect(page.ByTestId("to-merge").Locator("tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.ByTestId("download-csv")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.ByTestId("undo-merge").ClickAsync();
        await page.ArriveAtAsync("/staff/duplicates/to-merge");
        await Assertions.Expect(page.ByTestId("decision-undone")).ToContainTextAsync("Decision undone");
        await Assertions.Expect(page.ByTestId("nothing-to-merge")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task TeamManager_RunsTheDuplicateCheckFromThePage_AndFollowsItToTheEnd()
    {
        await using var frontDoor = await RunningFrontDoor.StartAsync();
        await using (var db = frontDoor.CreateDbContext())
        {
            var now = frontDoor.Clock.GetUtcNow();
            foreach (var given in new[] { "William", "Bill" })
            {
                var person = new Person(Guid.CreateVersion7(), new PersonName(given, "Hargreaves"), now);
                person.SetDateOfBirth(new DateOnly(1948, 3, 4), now);
                person.SetNhsNumber(NhsNumber.Parse("943 476 5919"), now);
                db.Add(person);
            }

            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/sign-in?ReturnUrl=%2Fstaff%2Fduplicates");
        await page.ByTestId("demo-team-manager").CheckAsync();
        await page.ByTestId("sign-in").ClickAsync();
        await page.ArriveAtAsync("/staff/duplicates");
        await Assertions.Expect(page.Locator("body")).Not.ToContainTextAsync("frontdoor find-duplicates");
        await Assertions.Expect(page.ByTestId("no-duplicates")).ToBeVisibleAsync();

        await page.ByTestId("run-check").ClickAsync();
        await page.ArriveAtAsync("/staff/duplicates/checks/[0-9a-f-]{36}");
        await Assertions.Expect(page.ByTestId("check-state")).ToHaveTextAsync("Waiting to start");
        await page.AssertAccessibleAsync();

        // The check runs in the background on the app's next tick; the manager reloads the page to see it finish.
        frontDoor.Clock.Advance(TimeSpan.FromSeconds(5));
        for (var look = 0; look < 60 && await page.ByTestId("check-finished").CountAsync() == 0; look++)
        {
            await Task.Delay(500, TestContext.Current.CancellationToken);
            await page.ByTestId("refresh-check").ClickAsync();
            await page.ArriveAtAsync("/staff/duplicates/checks/[0-9a-f-]{36}");
        }

        await Assertions.Expect(page.ByTestId("check-finished")).ToContainTextAsync("1 probable duplicates");
        await page.AssertAccessibleAsync();
        await page.ByTestId("see-duplicates").ClickAsync();
        await page.ArriveAtAsync("/staff/duplicates");
        await Assertions.Expect(page.ByTestId("duplicates")).ToContainTextAsync("William Hargreaves");
        await Assertions.Expect(page.ByTestId("duplicates")).Not.ToContainTextAsync("bits");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task TeamManager_PagesThroughAHundredAndMoreDuplicatePairs_ByKeyboard_EveryPageAccessible()
    {
        await using var frontDoor = await RunningFrontDoor.StartAsync();
        await using (var db = frontDoor.CreateDbContext())
        {
            var now = DateTimeOffset.UtcNow;
            for (var i = 0; i < 450; i++)
            {
                var one = new Person(Guid.CreateVersion7(), new PersonName("Pat", $"Pair{i:D3}"), now);
                var other = new Person(Guid.CreateVersion7(), new PersonName("Patricia", $"Pair{i:D3}"), now);
                db.AddRange(one, other);
                db.ProbableDuplicates.Add(new ProbableDuplicate(Guid.CreateVersion7(), one.Id, other.Id, 0.95 - (i * 0.001), "known-as name Pat = Patricia", now));
            }

            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/sign-in?ReturnUrl=%2Fstaff%2Fduplicates");
        await page.ByTestId("demo-team-manager").CheckAsync();
        await page.ByTestId("sign-in").ClickAsync();
        await page.ArriveAtAsync("/staff/duplicates");
        await Assertions.Expect(page.ByTestId("pairs-pagination")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.TabToAsync("next-pairs", maxPresses: 600);
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAtAsync(@"/staff/duplicates\?pairs=2");
        await Assertions.Expect(page.Locator("caption")).ToContainTextAsync("Pairs 101 to 200");
        await page.AssertAccessibleAsync();
    }

    /// <summary>A phone contact about someone the engine could not decide between two of the county's people, as intake stores it.</summary>
    private static async Task AddContactAwaitingReviewAsync(RunningFrontDoor frontDoor)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = frontDoor.CreateDbContext();
        var two = await db.People.AsNoTracking().OrderBy(p => p.Id).Take(2).ToListAsync(ct);
        var receivedAt = frontDoor.Clock.GetUtcNow().AddDays(-30);
        var contact = new Contact(Guid.CreateVersion7(), ContactReference.New(), ContactChannel.Phone, ContactSource.FamilyOrFriend, receivedAt, "Her daughter rang: mum is not coping at home since her fall.");
        contact.RecordWhatWasReported(new ReportedPerson { GivenName = two[0].Name.GivenName, FamilyName = two[0].Name.FamilyName }, CommunicationNeeds.None, ContactConsent.NotAsked, ImmediateRisk.NotAsked, null);
        var explanation = new StoredMatchExplanation("probabilistic", "the best record is in the review band",
            [.. two.Select(p => new StoredMatchCandidate(p.Id, 0.6, "Review", []))]).ToJson();
        contact.RecordMatch(ContactMatchOutcome.NeedsReview([.. two.Select(p => p.Id)], explanation));
        contact.Open(receivedAt);
        db.Contacts.Add(contact);
        await db.SaveChangesAsync(ct);
    }
}
