using System.Net;
using FrontDoor.Core.Data;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Tests.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDoor.Web.Tests.Startup;

/// <summary>Whatever the environment, an error shows the GOV.UK problem page; stack traces only to a developer who asks.</summary>
public sealed class ErrorPagesTests
{
    [Theory]
    [InlineData("true")]
    [InlineData("false")]
    public async Task UnhandledException_ShowsTheGovukProblemPage_InDevelopmentAsInProduction(string demo)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var factory = FrontDoorAppFactory.For(database, new Dictionary<string, string?>
        {
            ["FrontDoor:Demo"] = demo,
            ["Authentication:OpenIdConnect:Authority"] = "https://login.example.test/tenant/v2.0",
            ["Authentication:OpenIdConnect:ClientId"] = "frontdoor",
            ["Authentication:OpenIdConnect:ClientSecret"] = "not-a-real-secret",
        });
        await using var app = factory.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddTransient<IStartupFilter, FailingPage>()));
        using var client = app.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

        using var response = await client.GetAsync(FailingPage.Path, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Sorry, there is a problem with the service", html, StringComparison.Ordinal);
        Assert.DoesNotContain(FailingPage.Message, html, StringComparison.Ordinal);
    }

    /// <summary>A request that fails inside the app's own pipeline, after everything FrontDoor sets up.</summary>
    private sealed class FailingPage : IStartupFilter
    {
        public const string Path = "/test-only/fails";
        public const string Message = "A secret from the stack trace";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Map(Path, failing => failing.Run(_ => throw new InvalidOperationException(Message)));
        };
    }
}
