using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using FrontDoor.Web.Tests.Hosting;

namespace FrontDoor.EndToEndTests.Deployment;

/// <summary>
/// The publish test: FrontDoor published as a council would (dotnet publish), then started with dotnet from a
/// folder that is not its own, in Production, configured by environment variables alone.
/// </summary>
public sealed class PublishedAppTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("frontdoor-publish-").FullName;

    [Fact]
    public async Task Published_StartedFromAnotherFolderInProduction_ServesHealthAndTheGovukAssets()
    {
        var ct = TestContext.Current.CancellationToken;
        var output = Path.Combine(_work, "app");
        var elsewhere = Directory.CreateDirectory(Path.Combine(_work, "elsewhere")).FullName;

        var published = Stopwatch.StartNew();
        var (publishExit, publishLog) = await RunToEndAsync(
            "dotnet", ["publish", RepositoryFolders.WebProject, "-c", BuildConfiguration(), "-o", output, "--nologo", "-p:UseSharedCompilation=false"], RepositoryFolders.Root, TimeSpan.FromMinutes(4), ct);
        published.Stop();
        TestContext.Current.TestOutputHelper?.WriteLine($"dotnet publish took {published.Elapsed.TotalSeconds:0.0} s.");
        Assert.True(publishExit == 0, publishLog);
        Assert.True(File.Exists(Path.Combine(output, "wwwroot", "lib", "govuk-frontend", "govuk-frontend.css")), "The published app has no GOV.UK Frontend styles under wwwroot/lib.");
        Assert.False(File.Exists(Path.Combine(output, "wwwroot", "lib", "govuk-frontend", "govuk-frontend.min.css")), "The published app carries GOV.UK Frontend's precompiled CSS, which asks for GDS Transport.");

        using var certificate = TestCertificate.Create();
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(output, "FrontDoor.Web.dll"), "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = elsewhere,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DOTNET_hostBuilder__reloadConfigOnChange"] = "false", // no inotify watchers: the machine's are shared by every test
            ["Database__Provider"] = "Sqlite",
            ["ConnectionStrings__FrontDoor"] = $"Data Source={Path.Combine(_work, "frontdoor.db")}",
            ["DataProtection__CertificatePath"] = certificate.Path,
            ["DataProtection__CertificatePassword"] = certificate.Password,
            ["Authentication__OpenIdConnect__Authority"] = "https://login.example.test/tenant/v2.0",
            ["Authentication__OpenIdConnect__ClientId"] = "frontdoor",
            ["Authentication__OpenIdConnect__ClientSecret"] = "not-a-real-secret",
        })
        {
            start.Environment[key] = value;
        }

        using var app = Process.Start(start)!;
        var stderr = app.StandardError.ReadToEndAsync(ct);
        var stdout = app.StandardOutput.ReadToEndAsync(ct);
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await WaitForHealthyAsync(client, app, stderr, ct);

            using var css = await client.GetAsync("/lib/govuk-frontend/govuk-frontend.css", ct);
            using var image = await client.GetAsync("/assets/images/govuk-crest.svg", ct);
            using var home = await client.GetAsync("/", ct);

            Assert.Equal((HttpStatusCode.OK, "text/css"), (css.StatusCode, css.Content.Headers.ContentType?.MediaType));
            Assert.Equal((HttpStatusCode.OK, "image/svg+xml"), (image.StatusCode, image.Content.Headers.ContentType?.MediaType));
            Assert.Equal(HttpStatusCode.OK, home.StatusCode);
            Assert.Contains("govuk-frontend.css", await home.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
            Assert.False(Directory.EnumerateFileSystemEntries(elsewhere).Any(), "The app wrote into the folder it was started from.");
        }
        finally
        {
            app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync(CancellationToken.None);
        }

        _ = await stdout;
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private static async Task WaitForHealthyAsync(HttpClient client, Process app, Task<string> stderr, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (app.HasExited)
            {
                Assert.Fail($"The published app stopped with exit code {app.ExitCode}: {await stderr}");
            }

            try
            {
                using var health = await client.GetAsync("/health", ct);
                if (health.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250, ct);
        }

        Assert.Fail("The published app did not report healthy within a minute.");
    }

    private static async Task<(int ExitCode, string Output)> RunToEndAsync(string file, string[] arguments, string folder, TimeSpan timeout, CancellationToken ct)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = folder,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };

        // No MSBuild or compiler server is left running after the test.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(timeout);
        var output = process.StandardOutput.ReadToEndAsync(limit.Token);
        var error = process.StandardError.ReadToEndAsync(limit.Token);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', arguments)} took longer than {timeout}.");
        }

        return (process.ExitCode, await output + await error);
    }

    // The configuration these tests were built in, which is the one FrontDoor.Web was built in, so publish reuses it.
    private static string BuildConfiguration() =>
        typeof(PublishedAppTests).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyConfigurationAttribute), false)
            .OfType<System.Reflection.AssemblyConfigurationAttribute>().SingleOrDefault()?.Configuration ?? "Release";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
