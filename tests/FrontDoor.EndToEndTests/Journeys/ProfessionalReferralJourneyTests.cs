using System.Text.RegularExpressions;
using FrontDoor.Core.Messages.Notify;
using FrontDoor.EndToEndTests.Browser;
using FrontDoor.TestCommon.Notify;
using Microsoft.Playwright;

namespace FrontDoor.EndToEndTests.Journeys;

public sealed class ProfessionalReferralJourneyTests(Chromium chromium)
{
    [Fact]
    public async Task PoliceOfficer_FromPortalHome_SendsAReferralAndGetsAReferenceAndScore_AlsoByEmail_EveryPageAccessible()
    {
        await using var notify = await FakeNotify.StartAsync();
        await using var frontDoor = await RunningFrontDoor.StartAsync(settings: notify.Configuration());
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString() });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        await page.TabToAsync("professionals-link");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.ByTestId("professionals-heading")).ToHaveTextAsync("Refer someone to adult social care");
        await page.AssertAccessibleAsync();

        await page.ByTestId("form-police").ClickAsync();
        await Assertions.Expect(page.ByTestId("required-fields")).ToContainTextAsync("the police reference");
        await page.AssertAccessibleAsync();
        await page.ByTestId("start").ClickAsync();

        // Nothing typed: the error summary takes focus and the page stays accessible in its error state.
        await page.ArriveAtPoliceFormStepAsync("about-you");
        await page.ByTestId("continue").ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter your full name");
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Full name").FillAsync("PC Sam Okafor");
        await page.GetByLabel("Police force").FillAsync("Testshire Police");
        await page.GetByLabel("Collar number").FillAsync("4521");
        await page.GetByLabel("Telephone number").FillAsync("0116 496 0456");
        await Assertions.Expect(page.GetByLabel("Email address")).ToHaveAccessibleDescriptionAsync(new Regex("We will email you a receipt of your referral here"));
        await page.GetByLabel("Email address").FillAsync("sam.okafor@example.pnn.police.uk");
        await page.ByTestId("continue").ClickAsync();

        await page.ArriveAtPoliceFormStepAsync("person");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("First name").FillAsync("Edith");
        await page.GetByLabel("Last name", new() { Exact = true }).FillAsync("Marsh");
        await page.GetByLabel("Day").FillAsync("2");
        await page.GetByLabel("Month").FillAsync("3");
        await page.GetByLabel("Year").FillAsync("1948");
        await page.GetByLabel("NHS number (if known)").FillAsync("943 476 5918");
        await page.GetByLabel("Address line 1").FillAsync("14 Mill Lane");
        await page.GetByLabel("Postcode").FillAsync("LE11 2TP");
        await page.ByTestId("continue").ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter a real NHS number");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("NHS number (if known)").FillAsync("943 476 5919");
        await page.ByTestId("continue").ClickAsync();

        await page.ArriveAtPoliceFormStepAsync("concern");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Police reference").FillAsync("STORM-0412");
        await page.GetByLabel("Day").FillAsync("1");
        await page.GetByLabel("Month").FillAsync("3");
        await page.GetByLabel("Year").FillAsync("2026");
        await page.ByTestId("concern-self-neglect").CheckAsync();
        await page.GetByLabel("What did you find?").FillAsync("Found on the floor after a fall, confused, home very cold.");
        await page.ByTestId("continue").ClickAsync();

        await page.ArriveAtPoliceFormStepAsync("risk-and-consent");
        await page.AssertAccessibleAsync();
        await page.ByTestId("in-danger-no").CheckAsync();
        await page.ByTestId("aware-yes").CheckAsync();
        await page.ByTestId("consents-yes").CheckAsync();
        await page.ByTestId("communication-no").CheckAsync();
        await page.ByTestId("continue").ClickAsync();

        await page.ArriveAtPoliceFormStepAsync("check-answers");
        await Assertions.Expect(page.Locator(".govuk-summary-list").First).ToContainTextAsync("PC Sam Okafor");
        await page.AssertAccessibleAsync();
        await page.SaveScreenshotIfAskedAsync("professional-check-answers");
        await page.ByTestId("send").ClickAsync();

        await page.ArriveAtPoliceFormStepAsync("confirmation");
        await Assertions.Expect(page.ByTestId("reference")).ToHaveTextAsync(new Regex("^FD-[A-Z0-9]{8}$"));
        await Assertions.Expect(page.ByTestId("completeness-score")).ToHaveTextAsync(new Regex(@"^\d{1,3}%$"));
        await Assertions.Expect(page.ByTestId("missing-desirable")).ToContainTextAsync("their phone number");
        await page.AssertAccessibleAsync();
        await page.SaveScreenshotIfAskedAsync("professional-confirmation");

        // The same receipt reaches the officer's email through the outbox and GOV.UK Notify (the fake, on loopback).
        var reference = await page.ByTestId("reference").TextContentAsync();
        for (var wait = 0; wait < 100 && notify.Accepted.Count == 0; wait++)
        {
            frontDoor.Clock.Advance(TimeSpan.FromSeconds(5));
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        var email = Assert.Single(notify.Accepted);
        Assert.Equal(notify.Templates.Single(t => t.Name == NotifyTemplates.ReferralReceivedEmail.Name).Id.ToString("D"), email.TemplateId);
        Assert.Equal(("sam.okafor@example.pnn.police.uk", reference), (email.Recipient, email.Personalisation["reference"]));
        Assert.Contains("- their phone number", email.Personalisation["include_next_time"], StringComparison.Ordinal);
    }
}

internal static class PoliceFormSteps
{
    /// <summary>A step of the police e-form, whose addresses carry the journey's id.</summary>
    public static Task ArriveAtPoliceFormStepAsync(this IPage page, string step) =>
        page.ArriveAtAsync($"/professionals/police/[0-9a-f-]{{36}}/{Regex.Escape(step)}");
}
