using System.Text.RegularExpressions;

namespace FrontDoor.Web.Tests.Hosting;

/// <summary>Posts forms the way a browser would: with the antiforgery token from the page it came from.</summary>
public static partial class SignInForm
{
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string pageUrl, string handlerUrl, IReadOnlyDictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(pageUrl, TestContext.Current.CancellationToken);
        var token = AntiforgeryToken().Match(page);
        Assert.True(token.Success, $"{pageUrl} has no antiforgery token in its form.");
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token.Groups[1].Value };
        using var content = new FormUrlEncodedContent(form);
        return await client.PostAsync(handlerUrl, content, TestContext.Current.CancellationToken);
    }

    public static Task<HttpResponseMessage> SignInAsDemoUserAsync(this HttpClient client, string demoUserId, string? returnUrl = null) =>
        client.PostFormAsync("/sign-in", "/sign-in?handler=Demo", new Dictionary<string, string>
        {
            ["DemoUserId"] = demoUserId,
            ["ReturnUrl"] = returnUrl ?? string.Empty,
        });

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
