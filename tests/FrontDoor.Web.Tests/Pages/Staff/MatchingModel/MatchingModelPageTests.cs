using System.Net;
using FrontDoor.Core.Data;
using FrontDoor.Core.People.Matching;
using FrontDoor.Matching;
using FrontDoor.Matching.Model;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Tests.Hosting;

namespace FrontDoor.Web.Tests.Pages.Staff.MatchingModel;

public sealed class MatchingModelPageTests
{
    [Theory]
    [BothProviders]
    public async Task Get_AsAdministrator_ShowsEachFieldsAgreeAndDisagreeWeightsAndTheNameFrequencyAdjustment(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using (var db = database.CreateDbContext())
        {
            db.MatchModels.Add(new StoredMatchModel(Guid.CreateVersion7(), DateTimeOffset.UtcNow, 12_345, "estimated by the page test", MatchModel.Default.ToJson()));
            await db.SaveChangesAsync(ct);
        }

        await using var app = FrontDoorAppFactory.For(database);
        using var admin = app.CreateBrowserLikeClient();
        (await admin.SignInAsDemoUserAsync("demo-administrator")).Dispose();

        using var response = await admin.GetAsync("/staff/matching-model", ct);
        var html = await response.Content.ReadAsStringAsync(ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1 class=\"govuk-heading-l\">How matching weighs evidence</h1>", html, StringComparison.Ordinal);
        Assert.Contains("12,345 people on record", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"weights-FamilyName\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"weight-DateOfBirth-Same\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"weight-GivenName-Different\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"tf-FamilyName\"", html, StringComparison.Ordinal);
        var familySame = MatchModel.Default.WeightOf(MatchField.FamilyName, 1).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"{familySame} bits", html, StringComparison.Ordinal); // after the sign, which Razor encodes
    }

    [Theory]
    [InlineData("demo-advisor")]
    [InlineData("demo-team-manager")]
    public async Task Get_AsAnyoneButAnAdministrator_IsRefused(string demoUser)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync(demoUser)).Dispose();

        using var response = await client.GetAsync("/staff/matching-model", ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/sign-in/access-denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }
}
