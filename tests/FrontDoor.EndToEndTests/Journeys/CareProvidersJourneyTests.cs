using System.Text.RegularExpressions;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Email;
using FrontDoor.EndToEndTests.Browser;
using FrontDoor.Web.Tests.Hosting;
using Microsoft.Playwright;

namespace FrontDoor.EndToEndTests.Journeys;

public sealed class CareProvidersJourneyTests(Chromium chromium)
{
    [Fact]
    public async Task Administrator_ConfirmsAnUnlistedSenderFromItsContact_ThenAddsAndRemovesADomain_ByKeyboard_AndEveryPageIsAccessible()
    {
        await using var frontDoor = await RunningFrontDoor.StartAsync();
        var contactId = await UnconfirmedContactAsync(frontDoor);
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString() });
        var page = await context.NewPageAsync();

        // From the contact: the sender's organisation is not on the list, and confirming it brings them back here.
        await page.SignInAsAtAsync("demo-administrator", $"/staff/contacts/{contactId:D}");
        await page.TabToAsync("confirm-sender-link");
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAtAsync(Regex.Escape($"/staff/care-providers/add?domain=willowhomes.org.uk&contact={contactId:D}"));
        await Assertions.Expect(page.Locator("#Domain")).ToHaveValueAsync("willowhomes.org.uk");
        await page.AssertAccessibleAsync();
        await page.TabToAsync("save-domain");
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAtAsync(Regex.Escape($"/staff/contacts/{contactId:D}"));
        await Assertions.Expect(page.ByTestId("sender-confirmed-banner")).ToContainTextAsync("This contact is now from a care provider.");
        await Assertions.Expect(page.ByTestId("confirm-sender-link")).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync();

        // From the staff home: the list, an add refused with the GOV.UK error summary, an add, and a remove.
        await page.GotoAsync("/staff");
        await page.TabToAsync("care-providers-link", maxPresses: 120); // past the overview of every queue
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAtAsync("/staff/care-providers");
        await Assertions.Expect(page.ByTestId("domain-willowhomes.org.uk")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.TabToAsync("add-domain");
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAtAsync("/staff/care-providers/add");
        await page.TabToAsync("save-domain");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the care provider's email domain, like oakcare.co.uk");
        await page.AssertAccessibleAsync();
        await page.Keyboard.PressAsync("Tab"); // the error summary's link
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#Domain")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("rosecare.co.uk");
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAtAsync("/staff/care-providers");
        await Assertions.Expect(page.ByTestId("changed-banner")).ToContainTextAsync("rosecare.co.uk is now on the care-provider list.");
        await page.TabToAsync("remove-rosecare.co.uk", maxPresses: 40);
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAtAsync("/staff/care-providers/[^/]+/remove");
        await page.AssertAccessibleAsync();
        await page.TabToAsync("confirm-remove");
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAtAsync("/staff/care-providers");
        await Assertions.Expect(page.ByTestId("changed-banner")).ToContainTextAsync("rosecare.co.uk is no longer on the care-provider list.");
        await Assertions.Expect(page.ByTestId("domain-rosecare.co.uk")).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Administrator_WithoutJavaScript_IsRefusedAWebmailDomain_ThenAddsAProvider()
    {
        await using var frontDoor = await RunningFrontDoor.StartAsync();
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString(), JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.SignInAsAtAsync("demo-administrator", "/staff/care-providers/add");

        await page.Locator("#Domain").FillAsync("gmail.com");
        await page.ByTestId("save-domain").ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("gmail.com is an email provider anyone can use");
        await Assertions.Expect(page.Locator("#Domain-error")).ToContainTextAsync("gmail.com is an email provider anyone can use");

        await page.Locator("#Domain").FillAsync("oakcare.co.uk");
        await page.Locator("#OrganisationName").FillAsync("Oak Care");
        await page.ByTestId("save-domain").ClickAsync();
        await page.ArriveAtAsync("/staff/care-providers");
        await Assertions.Expect(page.ByTestId("domain-oakcare.co.uk")).ToContainTextAsync("Oak Care");
    }

    private static async Task<Guid> UnconfirmedContactAsync(RunningFrontDoor frontDoor)
    {
        await using var db = frontDoor.CreateDbContext();
        var at = FrontDoorAppFactory.Now.AddHours(-1);
        var contact = new Contact(Guid.CreateVersion7(), ContactReference.New(), ContactChannel.Email, ContactSource.OtherProfessional, at, "A resident we support has stopped eating.",
            new Caller("Willow Homes", SenderClassifier.UnconfirmedOrganisation, "willowhomes.org.uk", Email: "manager@willowhomes.org.uk"));
        contact.Open(at);
        db.Contacts.Add(contact);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return contact.Id;
    }
}
