using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using FrontDoor.Core.Data;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Tests.Hosting;

namespace FrontDoor.Web.Tests.Startup;

public sealed partial class SecurityHeadersTests
{
    /// <summary>Every directive of the policy, as the service means it; the script hash is checked against the page.</summary>
    private static readonly Dictionary<string, string> ExpectedDirectives = new()
    {
        ["default-src"] = "'self'",
        ["style-src"] = "'self'",
        ["img-src"] = "'self' data:",
        ["font-src"] = "'self'",
        ["connect-src"] = "'self'",
        ["object-src"] = "'none'",
        ["base-uri"] = "'self'",
        ["form-action"] = "'self'",
        ["frame-ancestors"] = "'none'",
    };

    /// <summary>
    /// Each kind of response: portal, public journey, professionals' e-form, sign-in, the GOV.UK error page, staff
    /// pages (with MoJ styles), the API (an answer and a refusal), health, the OpenAPI document and a static file.
    /// </summary>
    [Theory]
    [InlineData("/", false)]
    [InlineData("/request-help", false)]
    [InlineData("/professionals", false)]
    [InlineData("/sign-in", false)]
    [InlineData("/no-such-page", false)]
    [InlineData("/staff", true)]
    [InlineData("/staff/contacts", true)]
    [InlineData("/api/v1/people/search?q=smith", true)]
    [InlineData("/api/v1/contacts", false)]
    [InlineData("/health", false)]
    [InlineData("/openapi/v1.json", false)]
    [InlineData("/lib/govuk-frontend/govuk-frontend.css", false)]
    public async Task Get_AnyKindOfResponse_HasTheWholePolicyAndHeaders(string path, bool signedIn)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        if (signedIn)
        {
            (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();
        }

        using var response = await client.GetAsync(path, ct);
        var body = await response.Content.ReadAsStringAsync(ct);

        Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        var directives = Directives(response);
        foreach (var (directive, sources) in ExpectedDirectives)
        {
            Assert.True(directives.TryGetValue(directive, out var actual), $"{path}: no {directive} in the policy");
            Assert.Equal(sources, actual);
        }

        Assert.StartsWith("'self' 'sha256-", directives["script-src"], StringComparison.Ordinal);
        Assert.Equal(ExpectedDirectives.Count + 1, directives.Count);
        Assert.DoesNotContain("unsafe-", string.Join(' ', directives.Values), StringComparison.Ordinal);
        if (response.Content.Headers.ContentType?.MediaType == "text/html")
        {
            // The GOV.UK template's one inline script, allowed by its hash and nothing else.
            var inline = Assert.Single(InlineScript().Matches(body).Select(match => match.Groups[1].Value));
            var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(inline)));
            Assert.Equal($"'self' 'sha256-{hash}'", directives["script-src"]);
        }

        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Get_Page_WithOpenIdConnect_AllowsTheIdentityProvidersOriginInFormActionOnly()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database, new Dictionary<string, string?>
        {
            ["FrontDoor:Demo"] = "false",
            ["Authentication:OpenIdConnect:Authority"] = "https://login.example.test/tenant/v2.0",
            ["Authentication:OpenIdConnect:ClientId"] = "frontdoor",
            ["Authentication:OpenIdConnect:ClientSecret"] = "not-a-real-secret",
        });
        using var client = app.CreateBrowserLikeClient();

        using var response = await client.GetAsync("/", TestContext.Current.CancellationToken);

        var directives = Directives(response);
        Assert.Equal("'self' https://login.example.test", directives["form-action"]);
        foreach (var (directive, sources) in ExpectedDirectives.Where(d => d.Key != "form-action"))
        {
            Assert.Equal(sources, directives[directive]);
        }
    }

    [Theory]
    [InlineData("/assets/images/govuk-crest.svg", "image/svg+xml")]
    [InlineData("/lib/govuk-frontend/govuk-frontend.css", "text/css")]
    [InlineData("/lib/govuk-frontend/govuk-frontend.min.js", "text/javascript")]
    [InlineData("/lib/moj-frontend/moj-frontend.css", "text/css")]
    [InlineData("/lib/accessible-autocomplete/accessible-autocomplete.min.js", "text/javascript")]
    [InlineData("/js/frontdoor.mjs", "text/javascript")]
    public async Task Get_FrontEndAssetFromNpm_IsServed(string path, string contentType)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();

        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}");
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
    }

    private static Dictionary<string, string> Directives(HttpResponseMessage response)
    {
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        return policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(directive => directive.Split(' ', 2))
            .ToDictionary(parts => parts[0], parts => parts.Length > 1 ? parts[1] : string.Empty, StringComparer.Ordinal);
    }

    [GeneratedRegex("<script>(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex InlineScript();
}
