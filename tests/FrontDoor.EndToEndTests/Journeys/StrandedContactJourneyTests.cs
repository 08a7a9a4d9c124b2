using System.Text.RegularExpressions;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Demo;
using FrontDoor.EndToEndTests.Browser;
using FrontDoor.Web.Tests.Hosting;
using Microsoft.Playwright;

namespace FrontDoor.EndToEndTests.Journeys;

/// <summary>An advisor opens a contact that matched nobody, searches from what was reported and links the record.</summary>
public sealed class StrandedContactJourneyTests(Chromium chromium)
{
    private const int DemoPeople = 60;

    [Fact]
    public async Task Advisor_SearchesFromAnUnmatchedContact_AndLinksTheRecord_ByKeyboard()
    {
        var someone = SomeoneInTheDemoCounty();
        await using var frontDoor = await RunningFrontDoor.StartAsync(demoPeople: DemoPeople);
        var contactId = await UnmatchedContactAboutAsync(frontDoor, someone);
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString() });
        var page = await context.NewPageAsync();
        await page.SignInAsAdvisorAtAsync("/staff/match-review/unmatched");
        await Assertions.Expect(page.ByTestId("unmatched-contacts")).ToContainTextAsync(someone.Name.FamilyName);
        await page.AssertAccessibleAsync();
        await page.GotoAsync($"/staff/contacts/{contactId}/new-person");
        await Assertions.Expect(page.Locator("#FamilyName")).ToHaveValueAsync(someone.Name.FamilyName);
        await page.AssertAccessibleAsync();
        await page.GotoAsync($"/staff/contacts/{contactId}");
        await page.AssertAccessibleAsync();

        await page.TabToAsync("find-person-link", maxPresses: 80);
        await page.Keyboard.PressAsync("Enter");

        // Only the contact is in the address; the search box holds what was reported.
        await page.ArriveAtAsync($"/staff/contacts/{contactId}/find-person");
        await Assertions.Expect(page.ByTestId("find-person-box")).ToHaveValueAsync(new Regex(Regex.Escape($"{someone.Name.GivenName} {someone.Name.FamilyName}")));
        await Assertions.Expect(page.ByTestId("person-result").First).ToContainTextAsync(someone.Name.Display);
        await page.AssertAccessibleAsync();

        await page.TabToAsync("link-person", maxPresses: 40);
        await page.Keyboard.PressAsync("Enter");

        await page.ArriveAtAsync($"/staff/contacts/{contactId}");
        await Assertions.Expect(page.ByTestId("linked-banner")).ToContainTextAsync($"The contact is now linked to {someone.Name.Display}.");
        await Assertions.Expect(page.ByTestId("timeline-text").First).ToHaveTextAsync($"Linked to {someone.Name.Display} by Amira Khan.");
        await Assertions.Expect(page.ByTestId("matched-person")).ToContainTextAsync(someone.Name.GivenName);
        await page.AssertAccessibleAsync();

        // The person's page now lists the contact, with what can be done next.
        await page.GotoAsync($"/staff/people/{someone.Id:D}");
        await Assertions.Expect(page.Locator($"[data-testid='person-contact-link'][href='/staff/contacts/{contactId}']")).ToBeVisibleAsync();
        await Assertions.Expect(page.ByTestId("start-phone-contact")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Advisor_WithJavaScriptOff_CreatesTheRecordFromAnUnmatchedContact_AndSearchFindsThem()
    {
        await using var frontDoor = await RunningFrontDoor.StartAsync(demoPeople: DemoPeople);
        var contactId = await UnmatchedContactAsync(frontDoor, new ReportedPerson { GivenName = "Philippa", FamilyName = "Quennell", DateOfBirthAsGiven = "3/9/1950", DateOfBirth = new DateOnly(1950, 9, 3) });
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString(), JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.SignInAsAdvisorAtAsync($"/staff/contacts/{contactId}");

        await page.ByTestId("create-person-link").First.ClickAsync();
        await page.ArriveAtAsync($"/staff/contacts/{contactId}/new-person");
        await Assertions.Expect(page.Locator("#FamilyName")).ToHaveValueAsync("Quennell");
        await page.ByTestId("create-person").ClickAsync();

        await page.ArriveAtAsync($"/staff/contacts/{contactId}");
        await Assertions.Expect(page.ByTestId("linked-banner")).ToContainTextAsync("A new person record was created for Philippa Quennell");

        // The new record is in this node's person index at once, not only after the next catch-up.
        await page.GotoAsync("/staff/people/search");
        await page.ByTestId("person-search-box").FillAsync("Philippa Quennell 3/9/1950");
        await page.ByTestId("person-search-box").PressAsync("Enter");
        await Assertions.Expect(page.ByTestId("person-result-link").First).ToHaveTextAsync("Philippa Quennell");

        await page.ByTestId("person-result-link").First.ClickAsync();
        await Assertions.Expect(page.ByTestId("person-contact-link")).ToHaveCountAsync(1);
    }

    private static Task<Guid> UnmatchedContactAboutAsync(RunningFrontDoor frontDoor, Core.People.Person someone) =>
        UnmatchedContactAsync(frontDoor, new ReportedPerson
        {
            GivenName = someone.Name.GivenName,
            FamilyName = someone.Name.FamilyName,
            DateOfBirthAsGiven = someone.DateOfBirth?.ToString("d/M/yyyy", System.Globalization.CultureInfo.InvariantCulture),
            DateOfBirth = someone.DateOfBirth,
        });

    /// <summary>An open contact as processing leaves one that matched nobody.</summary>
    private static async Task<Guid> UnmatchedContactAsync(RunningFrontDoor frontDoor, ReportedPerson reported)
    {
        await using var db = frontDoor.CreateDbContext();
        var at = FrontDoorAppFactory.Now.AddHours(-1);
        var contact = new Contact(Guid.CreateVersion7(), ContactReference.New(), ContactChannel.Email, ContactSource.Police, at, "Officers found her confused at the bus station.");
        contact.RecordWhatWasReported(reported, Core.People.CommunicationNeeds.None, ContactConsent.NotAsked, ImmediateRisk.NotAsked, null);
        contact.Open(at);
        contact.LeaveUnmatched();
        db.Contacts.Add(contact);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return contact.Id;
    }

    private static Core.People.Person SomeoneInTheDemoCounty()
    {
        var today = DateOnly.FromDateTime(FrontDoorAppFactory.Now.UtcDateTime);
        var county = new DemoCountyGenerator(new DemoCountyOptions(DemoPeople, DemoCounty.DefaultSeed, today)).Generate();
        return county.People.First(p => p.Likeness == DemoLikeness.None && p.Person.DateOfBirth is not null && county.People.Count(q => q.Identity == p.Identity) == 1).Person;
    }
}
