using System.Globalization;
using System.Net;
using System.Text;
using FrontDoor.Core.Data;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Tests.Hosting;

namespace FrontDoor.Web.Tests.Throttling;

public sealed class ThrottlingTests
{
    private const string SmallestReferral = """{"story": "Found on the floor at home, confused; lives alone.", "person": {"givenName": "Edith", "familyName": "Marsh", "dateOfBirth": "1948-03-02", "nhsNumber": "9434765919", "postcode": "LE1 6ZZ"}}""";

    [Fact]
    public async Task PartnerApi_OverTheLimitForOneKey_Returns429ProblemWithRetryAfter_AndOtherKeysCarryOn()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database, Limit("PartnerApi", 3));
        using var client = app.CreateBrowserLikeClient();

        for (var i = 0; i < 3; i++)
        {
            using var allowed = await PostReferralAsync(client, "demo-police");
            Assert.Equal(HttpStatusCode.Created, allowed.StatusCode);
        }

        using var refused = await PostReferralAsync(client, "demo-police");
        using var otherPartner = await PostReferralAsync(client, "demo-gp");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Too many requests", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        AssertRetryAfter(refused);
        Assert.Equal(HttpStatusCode.Created, otherPartner.StatusCode);
    }

    [Fact]
    public async Task SignIn_OverTheLimitFromOneClient_ShowsTheGovukTooManyRequestsPageWithRetryAfter()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database, Limit("SignIn", 2));
        using var client = app.CreateBrowserLikeClient();

        using var first = await client.SignInAsDemoUserAsync("demo-advisor");
        using var second = await client.SignInAsDemoUserAsync("demo-advisor");
        using var third = await client.SignInAsDemoUserAsync("demo-advisor");

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        var html = await third.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("<title>Too many requests", html, StringComparison.Ordinal);
        Assert.Contains("Sorry, there have been too many requests", html, StringComparison.Ordinal);
        AssertRetryAfter(third);
    }

    [Theory]
    [InlineData("/request-help/name")]
    [InlineData("/professionals/police")]
    public async Task PublicForm_PostsOverTheLimitFromOneClient_AreRefusedWith429(string path)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database, Limit("PublicForms", 2));
        using var client = app.CreateBrowserLikeClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["GivenName"] = "Edith" });
            using var response = await client.PostAsync(path, content, TestContext.Current.CancellationToken);
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses.Take(2), status => Assert.NotEqual(HttpStatusCode.TooManyRequests, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[2]);
    }

    [Fact]
    public async Task PublicForm_ReadingPages_IsNeverThrottled()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database, Limit("PublicForms", 1));
        using var client = app.CreateBrowserLikeClient();

        for (var i = 0; i < 5; i++)
        {
            using var response = await client.GetAsync("/request-help", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task PersonSearch_OverTheLimitForOneUser_Returns429_AndAnotherUserCarriesOn()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database, Limit("PersonSearch", 2));
        using var advisor = app.CreateBrowserLikeClient();
        using var colleague = app.CreateBrowserLikeClient();
        (await advisor.SignInAsDemoUserAsync("demo-advisor")).Dispose();
        (await colleague.SignInAsDemoUserAsync("demo-support-worker")).Dispose();

        using var first = await advisor.GetAsync("/api/v1/people/search?q=smith", TestContext.Current.CancellationToken);
        using var second = await advisor.GetAsync("/staff/people/search", TestContext.Current.CancellationToken);
        using var apiRefused = await advisor.GetAsync("/api/v1/people/search?q=smith", TestContext.Current.CancellationToken);
        using var pageRefused = await advisor.GetAsync("/staff/people/search", TestContext.Current.CancellationToken);
        using var colleagues = await colleague.GetAsync("/api/v1/people/search?q=smith", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, apiRefused.StatusCode);
        Assert.Equal("application/problem+json", apiRefused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.TooManyRequests, pageRefused.StatusCode);
        Assert.Contains("Sorry, there have been too many requests", await pageRefused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        AssertRetryAfter(pageRefused);
        Assert.Equal(HttpStatusCode.OK, colleagues.StatusCode);
    }

    private static Dictionary<string, string?> Limit(string policy, int permits) => new()
    {
        [$"Throttling:{policy}:PermitLimit"] = permits.ToString(CultureInfo.InvariantCulture),
        [$"Throttling:{policy}:Window"] = "00:10:00",
    };

    private static void AssertRetryAfter(HttpResponseMessage response)
    {
        var retryAfter = Assert.Single(response.Headers.GetValues("Retry-After"));
        var seconds = int.Parse(retryAfter, CultureInfo.InvariantCulture);
        Assert.InRange(seconds, 1, 600);
    }

    private static async Task<HttpResponseMessage> PostReferralAsync(HttpClient client, string apiKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/contacts")
        {
            Content = new StringContent(SmallestReferral, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", apiKey);
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
