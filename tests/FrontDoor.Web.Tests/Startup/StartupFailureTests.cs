using System.Diagnostics;

namespace FrontDoor.Web.Tests.Startup;

/// <summary>Runs the real FrontDoor.Web executable: an operator's mistake must end in one clear line and exit code 1.</summary>
public sealed class StartupFailureTests
{
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
        var (exitCode, stderr) = await RunFrontDoorWebAsync(new() { ["FrontDoor__Demo"] = "false" });

        Assert.Equal(1, exitCode);
        var line = Assert.Single(stderr.Trim().Split('\n'));
        Assert.Contains("Authentication:OpenIdConnect:Authority", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WhenPostgresIsUnreachable_ExitsWithOneClearLine()
    {
        var database = Hosting.WebDatabases.UnreachablePostgres();
        var (exitCode, stderr) = await RunFrontDoorWebAsync(new()
        {
            ["FrontDoor__Demo"] = "true",
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
        var (exitCode, stderr) = await RunFrontDoorWebAsync(new()
        {
            ["FrontDoor__Demo"] = "true",
            ["DataProtection__CertificatePath"] = "/nowhere/keys.pfx",
        });

        Assert.Equal(1, exitCode);
        Assert.Equal(
            "DataProtection:CertificatePath is '/nowhere/keys.pfx', which does not exist. Set it to a PFX file holding the certificate and its private key.",
            Assert.Single(stderr.Trim().Split('\n')));
    }

    [Fact]
    public async Task Start_WithAZeroThrottleLimit_ExitsSayingWhatToSet()
    {
        var (exitCode, stderr) = await RunFrontDoorWebAsync(new()
        {
            ["FrontDoor__Demo"] = "true",
            ["Throttling__SignIn__PermitLimit"] = "0",
        });

        Assert.Equal(1, exitCode);
        Assert.StartsWith("Throttling:SignIn:PermitLimit is 0. Set it to 1 or more", Assert.Single(stderr.Trim().Split('\n')), StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string StandardError)> RunFrontDoorWebAsync(Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "FrontDoor.Web.dll"), "--urls", "http://127.0.0.1:0"])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
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
