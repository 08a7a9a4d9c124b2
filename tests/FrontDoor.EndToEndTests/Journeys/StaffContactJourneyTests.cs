using System.Net.Http.Headers;
using System.Text;
using FrontDoor.Core.Data;
using FrontDoor.EndToEndTests.Browser;
using FrontDoor.TestCommon.Databases;
using Microsoft.Playwright;

namespace FrontDoor.EndToEndTests.Journeys;

public sealed class StaffContactJourneyTests(Chromium chromium)
{
    [Theory]
    [BothProviders]
    public async Task Advisor_OpensAPartnerReferral_AndAddsANoteByKeyboard(DatabaseProvider provider)
    {
        await using var frontDoor = await RunningFrontDoor.StartAsync(provider: provider);
        var reference = await SendPoliceReferralAsync(frontDoor.Address, "Officers found Mr Stone <b>wandering</b> at 3am; he could not say where he lives.");
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString() });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/staff/contacts");
        await SignInAsync(page, "demo-advisor");
        await page.ArriveAtAsync("/staff/contacts");
        await Assertions.Expect(page.ByTestId("contacts-table")).ToContainTextAsync(reference);
        await page.AssertAccessibleAsync();

        await page.TabToAsync("contact-link", maxPresses: 60);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.ByTestId("contact-reference")).ToHaveTextAsync(reference);
        await Assertions.Expect(page.ByTestId("contact-story")).ToContainTextAsync("<b>wandering</b>");
        await page.AssertAccessibleAsync();

        await page.TabToAsync("entry-text", maxPresses: 80);
        await page.Keyboard.TypeAsync("Spoke to his neighbour: she has a key and will check on him.");
        await page.TabToAsync("add-entry");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.ByTestId("timeline-text").First).ToHaveTextAsync("Spoke to his neighbour: she has a key and will check on him.");
        await page.AssertAccessibleAsync();

        await page.GotoAsync("/staff/contacts/needs-attention");
        await Assertions.Expect(page.ByTestId("nothing-needs-attention")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task TeamManager_UploadsCallRecords_AndSeesTheRowsThatFailed()
    {
        await using var frontDoor = await RunningFrontDoor.StartAsync();
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString() });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/staff/calls/import");
        await SignInAsync(page, "demo-team-manager");
        await page.ArriveAtAsync("/staff/calls/import");
        await page.AssertAccessibleAsync();

        await page.ByTestId("calls-file").SetInputFilesAsync(new FilePayload
        {
            Name = "calls.csv",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes("call_id,offered_at,answered_at,abandoned_at,queue_seconds,talk_seconds,ivr_option,agent\nC1,2026-03-02T09:00:00Z,2026-03-02T09:01:00Z,,60,300,1,amira\nC2,not-a-time,,,1,0,1,\n"),
        });
        await page.ByTestId("import").ClickAsync();

        await Assertions.Expect(page.ByTestId("imported")).ToHaveTextAsync("1");
        await Assertions.Expect(page.ByTestId("import-errors")).ToContainTextAsync("not-a-time");
        await page.AssertAccessibleAsync();

        // The imported calls are there to see, each with the file it came from.
        await page.ByTestId("imported-calls-link").ClickAsync();
        await page.ArriveAtAsync(@"/staff/calls\?import=[0-9a-f-]{36}");
        await Assertions.Expect(page.ByTestId("calls")).ToContainTextAsync("C1");
        await Assertions.Expect(page.ByTestId("imported-from")).ToContainTextAsync("calls.csv");
        await page.AssertAccessibleAsync();
    }

    private static async Task SignInAsync(IPage page, string demoUser)
    {
        await page.ArriveAtAsync(@"/sign-in\?ReturnUrl=.*");
        await page.ByTestId(demoUser).CheckAsync();
        await page.ByTestId("sign-in").ClickAsync();
    }

    /// <summary>Sends a referral the way a police system would, through the partner API with the demo key.</summary>
    internal static async Task<string> SendPoliceReferralAsync(Uri address, string story)
    {
        using var http = new HttpClient { BaseAddress = address };
        var body = $$"""{"story": {{System.Text.Json.JsonSerializer.Serialize(story)}}, "person": {"givenName": "Albert", "familyName": "Stone", "dateOfBirth": "1941-07-19", "postcode": "LE2 1AA"}, "partnerReference": "CAD-4411"}""";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/contacts") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "demo-police");
        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return json.RootElement.GetProperty("reference").GetString()!;
    }
}
