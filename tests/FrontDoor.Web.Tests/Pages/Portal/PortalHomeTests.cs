using System.Text.RegularExpressions;
using FrontDoor.Core.Data;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Tests.Hosting;

namespace FrontDoor.Web.Tests.Pages.Portal;

public sealed partial class PortalHomeTests
{
    [Fact]
    public async Task Get_InDemoMode_TheH1IsThePagesFirstHeading_BeforeTheDemoBanner()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();

        var html = await client.GetStringAsync("/", TestContext.Current.CancellationToken);

        var headings = Heading().Matches(html).Select(match => match.Groups[1].Value).ToList();
        Assert.Contains("data-testid=\"demo-banner\"", html, StringComparison.Ordinal);
        Assert.Equal("1", headings[0]);
        Assert.Single(headings, "1");
    }

    [GeneratedRegex("<h([1-6])[ >]")]
    private static partial Regex Heading();
}
