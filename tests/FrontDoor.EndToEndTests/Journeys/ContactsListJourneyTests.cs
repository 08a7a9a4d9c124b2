using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.People;
using FrontDoor.EndToEndTests.Browser;
using Microsoft.Playwright;

namespace FrontDoor.EndToEndTests.Journeys;

public sealed class ContactsListJourneyTests(Chromium chromium)
{
    [Fact]
    public async Task Advisor_On1366By768Screen_SeesEveryColumnOfTheContactsTable_AndCanReachItsRegionByKeyboard()
    {
        await using var frontDoor = await RunningFrontDoor.StartAsync();
        await AddContactAsync(frontDoor, "Bartholomew-Fitzgerald", ContactSource.GpOrPrimaryCare, ContactChannel.ProfessionalEForm, inDanger: true);
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString(), ViewportSize = new ViewportSize { Width = 1366, Height = 768 } });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/staff/contacts");
        await SignInAsync(page, "demo-advisor");
        await page.ArriveAtAsync("/staff/contacts");
        await page.AssertAccessibleAsync();

        var status = await page.ByTestId("status-column").BoundingBoxAsync();
        Assert.NotNull(status);
        Assert.True(status.X + status.Width <= 1366, $"The Status column ends at {status.X + status.Width}px, off a 1366px screen.");

        await page.TabToAsync("contacts-region", maxPresses: 80);
        Assert.Equal("region", await page.ByTestId("contacts-region").GetAttributeAsync("role"));
        Assert.Equal("Contacts, newest first", await page.ByTestId("contacts-region").GetAttributeAsync("aria-label"));
    }

    [Fact]
    public async Task Advisor_TypesAReferenceLooselyInTheSearchBox_AndTheContactOpens()
    {
        await using var frontDoor = await RunningFrontDoor.StartAsync();
        var reference = await AddContactAsync(frontDoor, "Stone", ContactSource.Police, ContactChannel.PartnerApi);
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString() });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/staff");
        await SignInAsync(page, "demo-advisor");
        await page.ArriveAtAsync("/staff");

        await page.TabToAsync("contact-search-reference");
        await page.Keyboard.TypeAsync("nothing like a reference");
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAtAsync(@"/staff/contacts/find\?reference=.*");
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter a contact reference in the correct format");
        await page.AssertAccessibleAsync();

        await page.ByTestId("find-reference").Locator("input").FillAsync(reference["FD-".Length..].ToLowerInvariant());
        await page.ByTestId("find-contact").ClickAsync();
        await Assertions.Expect(page.ByTestId("contact-reference")).ToHaveTextAsync(reference);
    }

    private static async Task<string> AddContactAsync(RunningFrontDoor frontDoor, string familyName, ContactSource source, ContactChannel channel, bool inDanger = false)
    {
        var receivedAt = frontDoor.Clock.GetUtcNow().AddHours(-1);
        var contact = new Contact(Guid.CreateVersion7(), ContactReference.New(), channel, source, receivedAt, "Found on the floor by her carer this morning.");
        contact.RecordWhatWasReported(new ReportedPerson { GivenName = "Wilhelmina", FamilyName = familyName }, CommunicationNeeds.None, ContactConsent.NotAsked, new ImmediateRisk(InDangerNow: inDanger), null);
        contact.NeedsAttention("Processing stopped at the match step: TimeoutException", receivedAt);
        await using var db = frontDoor.CreateDbContext();
        db.Contacts.Add(contact);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return contact.Reference.Value;
    }

    private static async Task SignInAsync(IPage page, string demoUser)
    {
        await page.ArriveAtAsync(@"/sign-in\?ReturnUrl=.*");
        await page.ByTestId(demoUser).CheckAsync();
        await page.ByTestId("sign-in").ClickAsync();
    }
}
