using FrontDoor.EndToEndTests.Browser;
using FrontDoor.Web.Tests.Hosting;
using Microsoft.Playwright;

namespace FrontDoor.EndToEndTests.Journeys;

public sealed class CaseSystemImportsJourneyTests(Chromium chromium)
{
    [Fact]
    public async Task Administrator_SeesTheNightlyDropImported_AndOpensARunsRefusedRows()
    {
        var ct = TestContext.Current.CancellationToken;
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"frontdoor-drop-{Guid.NewGuid():N}")).FullName;
        try
        {
            // The case system's copy left these before FrontDoor started; workers first, though they need the teams.
            Drop(folder, "workers-2026-03-02.csv", "worker_id,name,role,team_id\nW1,Priya Shah,occupational therapist,T1\nW2,Sam Jones,wizard,T1\n");
            Drop(folder, "teams-2026-03-02.csv", "team_id,name,duty_phone,duty_email\nT1,Loughborough adults,01632 960001,duty.lough@example.gov.uk\n");
            await using var frontDoor = await RunningFrontDoor.StartAsync(settings: new Dictionary<string, string?> { ["CaseSystem:DropFolder:Path"] = folder });

            // The drop folder's job runs as the node starts.
            var done = Path.Combine(folder, "done");
            for (var wait = 0; wait < 300 && !(Directory.Exists(done) && Directory.GetFiles(done, "*.csv").Length == 2); wait++)
            {
                await Task.Delay(100, ct);
            }

            Assert.Equal(2, Directory.GetFiles(done, "*.csv").Length);

            await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString() });
            var page = await context.NewPageAsync();
            await page.SignInAsAtAsync("demo-administrator", "/staff");
            await page.ByTestId("imports-link").ClickAsync();

            await page.ArriveAtAsync("/staff/imports");
            await Assertions.Expect(page.ByTestId("last-completed-teams")).ToHaveTextAsync("2 March 2026 at 9:30am");
            await Assertions.Expect(page.ByTestId("last-completed-people")).ToHaveTextAsync("Never");
            await Assertions.Expect(page.ByTestId("import-run")).ToHaveCountAsync(2);
            await page.AssertAccessibleAsync();
            await page.SaveScreenshotIfAskedAsync("case-system-imports");

            await page.ByTestId("import-run-link").Filter(new() { HasText = "workers-2026-03-02.csv" }).ClickAsync();
            await page.ArriveAtAsync("/staff/imports/[0-9a-f-]{36}");
            await Assertions.Expect(page.ByTestId("run-summary")).ToHaveTextAsync("2 rows read: 1 added, 0 changed, 0 unchanged, 0 ended, 1 refused");
            await Assertions.Expect(page.ByTestId("refusals")).ToContainTextAsync("role is not one FrontDoor knows");
            await page.AssertAccessibleAsync();
            await page.SaveScreenshotIfAskedAsync("case-system-import-run");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>A file the copy finished writing five minutes before the app's clock says it is now.</summary>
    private static void Drop(string folder, string name, string content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content);
        File.SetLastWriteTimeUtc(path, FrontDoorAppFactory.Now.AddMinutes(-5).UtcDateTime);
    }
}
