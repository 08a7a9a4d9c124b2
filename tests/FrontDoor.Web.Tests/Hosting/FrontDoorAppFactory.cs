using FrontDoor.Core.Data;
using FrontDoor.TestCommon.Databases;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace FrontDoor.Web.Tests.Hosting;

/// <summary>
/// The real FrontDoor web app pointed at a test database, with the settings a test asks for. Demo sign-in is on
/// and demo seeding off unless the test says otherwise; the clock is a <see cref="FakeTimeProvider"/>.
/// Demo mode runs only in Development, so that is the environment with demo on; with it off the app runs as
/// Production does, with a test Data Protection certificate unless the test brings its own.
/// </summary>
public sealed class FrontDoorAppFactory : WebApplicationFactory<Program>
{
    /// <summary>A Monday morning in spring, when nothing about the time of day is special.</summary>
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    private readonly Dictionary<string, string?> _settings;

    public FrontDoorAppFactory(IReadOnlyDictionary<string, string?> databaseSettings, IReadOnlyDictionary<string, string?>? settings = null)
    {
        _settings = new Dictionary<string, string?>
        {
            ["FrontDoor:Demo"] = "true",
            ["FrontDoor:DemoPeople"] = "0",
            ["FrontDoor:CouncilName"] = "Testshire County Council",
            ["Database:MigrateOnStartup"] = "true",

            // Development's appsettings would relax these; tests see what a live service does unless they ask.
            ["FrontDoor:AllowInsecureHttp"] = "false",
            ["FrontDoor:DeveloperExceptionPage"] = "false",
        };
        foreach (var (key, value) in databaseSettings.Concat(settings ?? new Dictionary<string, string?>()))
        {
            _settings[key] = value;
        }

        IsDemo = bool.TryParse(_settings["FrontDoor:Demo"], out var demo) && demo;
        if (!IsDemo && string.IsNullOrEmpty(_settings.GetValueOrDefault("DataProtection:CertificatePath")))
        {
            // One certificate for every node in the test run, as a council gives every node the same file.
            foreach (var (key, value) in TestCertificate.Shared.Settings)
            {
                _settings[key] = value;
            }
        }
    }

    /// <summary>Demo mode is on, so the app runs in Development; otherwise in Production.</summary>
    public bool IsDemo { get; }

    public FakeTimeProvider Clock { get; } = new(Now);

    public static FrontDoorAppFactory For(TestDatabase database, IReadOnlyDictionary<string, string?>? settings = null) =>
        new(database.ConfigurationValues, settings);

    /// <summary>An HTTPS client (the cookies are Secure) that does not follow redirects, so tests can see them.</summary>
    public HttpClient CreateBrowserLikeClient() => CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri("https://localhost"),
        AllowAutoRedirect = false,
        HandleCookies = true,
    });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(IsDemo ? Environments.Development : Environments.Production);

        // Settings files are not watched: every watcher is an inotify instance, and tests run many hosts at once.
        builder.UseSetting("hostBuilder:reloadConfigOnChange", "false");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
    }
}
