using System.Net;
using System.Text.RegularExpressions;
using FrontDoor.Core.Data;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Tests.Hosting;

namespace FrontDoor.Web.Tests.Startup;

/// <summary>
/// A council's service may not use GDS Transport, the GOV.UK typeface: the styles the pages link to are GOV.UK
/// Frontend's and MoJ Frontend's compiled from Sass with Arial, and the packages' precompiled CSS is not served.
/// </summary>
public sealed partial class FrontEndStylesTests
{
    [Fact]
    public async Task Get_StylesTheHomePageLinksTo_UseArialAndNoGdsTransport()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();

        var home = await client.GetStringAsync("/", ct);
        var stylesheets = Stylesheet().Matches(home).Select(match => match.Groups[1].Value).ToList();

        Assert.Contains(stylesheets, href => href.StartsWith("/lib/govuk-frontend/govuk-frontend.css", StringComparison.Ordinal));
        foreach (var href in stylesheets.Append("/lib/moj-frontend/moj-frontend.css"))
        {
            using var response = await client.GetAsync(href, ct);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{href}: {(int)response.StatusCode}");
            var css = await response.Content.ReadAsStringAsync(ct);
            Assert.DoesNotContain("GDS Transport", css, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("@font-face", css, StringComparison.OrdinalIgnoreCase);
            if (href.StartsWith("/lib/", StringComparison.Ordinal))
            {
                Assert.Contains("font-family:arial,sans-serif", css, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData("/lib/govuk-frontend/govuk-frontend.min.css")]
    [InlineData("/lib/moj-frontend/moj-frontend.min.css")]
    [InlineData("/assets/fonts/bold-b542beb274-v2.woff2")]
    [InlineData("/assets/fonts/light-94a07e06a1-v2.woff2")]
    public async Task Get_PrecompiledCssOrGdsTransportFont_IsNotServed(string path)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();

        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [GeneratedRegex("""<link rel="stylesheet" href="([^"]+)""")]
    private static partial Regex Stylesheet();
}
