using System.Diagnostics;
using FrontDoor.Web.Tests.Hosting;

namespace FrontDoor.Web.Tests.Startup;

/// <summary>Runs the real FrontDoor.Web executable: an operator's mistake must end in one clear line and exit code 1.</summary>
public sealed class StartupFailureTests
{
    /// <summary>Sign-in as a live service has it, so start-up gets past the sign-in check to the one a test is about.</summary>
    private static readonly Dictionary<string, string> CouncilSignIn = new()
    {
        ["Authentication__OpenIdConnect__Authority"] = "https://login.example.test/tenant/v2.0",
        ["Authentication__OpenIdConnect__ClientId"] = "frontdoor",
        ["Authentication__OpenIdConnect__ClientSecret"] = "not-a-real-secret",
    };

    [Fact]
    public async Task Start_WithUnknownDatabaseProvider_ExitsWithOneClearLine()
    {
        var (exitCode, stderr) = await RunFrontDoorWebAsync(new() { ["Database__Provider"] = "Oracle" });

        Assert.Equal(1, exitCode);
        Assert.Equal("Database:Provider is 'Oracle', which FrontDoor does not know. Set it to Sqlite or Postgres.", stderr.Trim());
    }

    [Fact]
    public async Task Start_WithDemoOffAndNoCouncilSignIn_ExitsSayingWhatToSet()
    {
        using var certificate = TestCertificate.Create();
        var (exitCode, stderr) = await RunFrontDoorWebAsync(new()
        {
            ["FrontDoor__Demo"] = "false",
            ["DataProtection__CertificatePath"] = certificate.Path,
            ["DataProtection__CertificatePassword"] = certificate.Password,
        });

        Assert.Equal(1, exitCode);
        var line = Assert.Single(stderr.Trim().Split('\n'));
        Assert.Contains("Authentication:OpenIdConnect:Authority", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WhenPostgresIsUnreachable_ExitsWithOneClearLine()
    {
        var database = WebDatabases.UnreachablePostgres();
        using var certificate = TestCertificate.Create();
        var (exitCode, stderr) = await RunFrontDoorWebAsync(new(CouncilSignIn)
        {
            ["DataProtection__CertificatePath"] = certificate.Path,
            ["DataProtection__CertificatePassword"] = certificate.Password,
            ["Database__Provider"] = database["Database:Provider"]!,
            ["ConnectionStrings__FrontDoor"] = database["ConnectionStrings:FrontDoor"]!,
        });

        Assert.Equal(1, exitCode);
        var line = Assert.Single(stderr.Trim().Split('\n'));
        Assert.StartsWith("Cannot reach the Postgres database", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithAMissingKeyCertificate_ExitsSayingWhatToSet()
    {
        var (exitCode, stderr) = await RunFrontDoorWebAsync(new(CouncilSignIn) { ["DataProtection__CertificatePath"] = "/nowhere/keys.pfx" });

        Assert.Equal(1, exitCode);
        Assert.Equal(
            "DataProtection:CertificatePath is '/nowhere/keys.pfx', which does not exist. Set it to a PFX file holding the certificate and its private key.",
            Assert.Single(stderr.Trim().Split('\n')));
    }

    [Fact]
    public async Task Start_WithAZeroThrottleLimit_ExitsSayingWhatToSet()
    {
        using var certificate = TestCertificate.Create();
        var (exitCode, stderr) = await RunFrontDoorWebAsync(new(CouncilSignIn)
        {
            ["DataProtection__CertificatePath"] = certificate.Path,
            ["DataProtection__CertificatePassword"] = certificate.Password,
            ["Throttling__SignIn__PermitLimit"] = "0",
        });

        Assert.Equal(1, exitCode);
        Assert.StartsWith("Throttling:SignIn:PermitLimit is 0. Set it to 1 or more", Assert.Single(stderr.Trim().Split('\n')), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithAMailboxPollIntervalOutOfRange_ExitsWithOneLineNamingTheSetting()
    {
        using var certificate = TestCertificate.Create();
        var (exitCode, stderr) = await RunFrontDoorWebAsync(new(CouncilSignIn)
        {
            ["DataProtection__CertificatePath"] = certificate.Path,
            ["DataProtection__CertificatePassword"] = certificate.Password,
            ["Intake__Mailbox__Host"] = "127.0.0.1",
            ["Intake__Mailbox__Username"] = "referrals",
            ["Intake__Mailbox__Password"] = "secret",
            ["Intake__Mailbox__PollInterval"] = "00:00:01",
            ["Messages__StaffSiteUrl"] = "https://frontdoor.example.gov.uk/",
        });

        Assert.Equal(1, exitCode);
        Assert.Contains("Intake:Mailbox:PollInterval must be between 00:00:05 and 01:00:00.", Assert.Single(stderr.Trim().Split('\n')), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithANotifyCallbackTokenShorterThan32Characters_ExitsWithOneLineNamingTheSetting()
    {
        using var certificate = TestCertificate.Create();
        var (exitCode, stderr) = await RunFrontDoorWebAsync(new(CouncilSignIn)
        {
            ["DataProtection__CertificatePath"] = certificate.Path,
            ["DataProtection__CertificatePassword"] = certificate.Password,
            ["Messages__Notify__CallbackToken"] = "too-short-to-guess-safely",
        });

        Assert.Equal(1, exitCode);
        var line = Assert.Single(stderr.Trim().Split('\n'));
        Assert.Contains("Messages:Notify:CallbackToken must be at least 32 characters", line, StringComparison.Ordinal);
        Assert.DoesNotContain("too-short-to-guess-safely", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_InProductionWithDemoOn_ExitsSayingDemoIsForDevelopmentOnly()
    {
        var (exitCode, stderr) = await RunFrontDoorWebAsync(new() { ["FrontDoor__Demo"] = "true" });

        Assert.Equal(1, exitCode);
        Assert.Equal(
            "FrontDoor:Demo is true in the Production environment, and demo mode lets anyone sign in as an administrator without a password: it runs only in Development. Remove FrontDoor:Demo (FrontDoor__Demo).",
            Assert.Single(stderr.Trim().Split('\n')));
    }

    [Fact]
    public async Task Start_InProductionWithoutAKeyCertificate_ExitsSayingWhatToSet()
    {
        var (exitCode, stderr) = await RunFrontDoorWebAsync(new(CouncilSignIn));

        Assert.Equal(1, exitCode);
        var line = Assert.Single(stderr.Trim().Split('\n'));
        Assert.StartsWith("DataProtection:CertificatePath is not set", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithoutTheGovukAssets_ExitsWithOneClearLine()
    {
        using var certificate = TestCertificate.Create();
        var database = Path.Combine(Path.GetTempPath(), $"frontdoor-{Guid.NewGuid():N}.db");
        var (exitCode, stderr) = await RunFrontDoorWebAsync(
            new(CouncilSignIn)
            {
                ["DataProtection__CertificatePath"] = certificate.Path,
                ["DataProtection__CertificatePassword"] = certificate.Password,
                ["ConnectionStrings__FrontDoor"] = $"Data Source={database}",
            },
            withAssets: false);

        Assert.Equal(1, exitCode);
        var line = Assert.Single(stderr.Trim().Split('\n'));
        Assert.StartsWith("The GOV.UK Frontend assets are missing: ", line, StringComparison.Ordinal);
        Assert.False(File.Exists(database), "Start-up touched the database before finding its assets missing.");
    }

    /// <summary>Runs the built app from the test's folder; with assets, the build's wwwroot stands in for the published app's.</summary>
    private static async Task<(int ExitCode, string StandardError)> RunFrontDoorWebAsync(Dictionary<string, string> environment, bool withAssets = true)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "FrontDoor.Web.dll"), "--urls", "http://127.0.0.1:0"])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_hostBuilder__reloadConfigOnChange"] = "false"; // no inotify watchers: the machine's are shared by every test
        if (withAssets)
        {
            start.Environment["ASPNETCORE_WEBROOT"] = RepositoryFolders.WebRoot;
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        _ = process.StandardOutput.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("FrontDoor.Web kept running instead of refusing to start.");
        }

        return (process.ExitCode, await stderr);
    }
}
