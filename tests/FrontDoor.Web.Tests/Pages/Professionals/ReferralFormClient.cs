using System.Net;
using System.Text.RegularExpressions;

namespace FrontDoor.Web.Tests.Pages.Professionals;

/// <summary>
/// Fills in an e-form the way a browser without JavaScript does: GET each page, POST its form with the
/// antiforgery token, follow the redirect by hand so each step can be checked.
/// </summary>
public sealed partial class ReferralFormClient(HttpClient client)
{
    public string? JourneyUrl { get; private set; }

    /// <summary>Presses "Start now" on the form's start page; returns the first question page's address.</summary>
    public async Task<string> StartAsync(string formSlug)
    {
        using var response = await PostAsync($"/professionals/{formSlug}", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var aboutYou = response.Headers.Location!.OriginalString;
        Assert.EndsWith("/about-you", aboutYou, StringComparison.Ordinal);
        JourneyUrl = aboutYou[..aboutYou.LastIndexOf('/')];
        return aboutYou;
    }

    public string PageUrl(string page) => $"{JourneyUrl}/{page}";

    /// <summary>Posts one question page and returns the response (a redirect when the answers were accepted).</summary>
    public async Task<HttpResponseMessage> PostPageAsync(string page, IReadOnlyDictionary<string, string> fields) =>
        await PostAsync(PageUrl(page), fields);

    /// <summary>Posts a page that must be accepted; returns where it sent the browser next.</summary>
    public async Task<string> ContinueAsync(string page, IReadOnlyDictionary<string, string> fields)
    {
        using var response = await PostPageAsync(page, fields);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.Fail($"{page} refused the answers: {string.Join("; ", ErrorSummary(html))}");
        }

        return response.Headers.Location!.OriginalString;
    }

    /// <summary>Fills every page, presses "Accept and send" and returns the confirmation page's HTML.</summary>
    public async Task<string> SendAsync(string formSlug, ReferralAnswers answers)
    {
        await StartAsync(formSlug);
        await ContinueAsync("about-you", answers.AboutYou);
        await ContinueAsync("person", answers.Person);
        await ContinueAsync("concern", answers.Concern);
        Assert.Equal(PageUrl("check-answers"), await ContinueAsync("risk-and-consent", answers.RiskAndConsent));
        using var sent = await PostPageAsync("check-answers", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal(PageUrl("confirmation"), sent.Headers.Location!.OriginalString);
        return await client.GetStringAsync(PageUrl("confirmation"), TestContext.Current.CancellationToken);
    }

    /// <summary>
    /// Presses "Accept and send" again, as a second click or a resubmitted POST does: the check-answers page now
    /// redirects, so the token comes from the form's start page (antiforgery tokens are not tied to a page).
    /// </summary>
    public async Task<HttpResponseMessage> SendAgainAsync() =>
        await PostAsync(PageUrl("check-answers"), new Dictionary<string, string>(), tokenFrom: JourneyUrl![..JourneyUrl!.LastIndexOf('/')]);

    public Task<string> GetAsync(string page) => client.GetStringAsync(PageUrl(page), TestContext.Current.CancellationToken);

    public static IReadOnlyList<string> ErrorSummary(string html) =>
        [.. ErrorSummaryLink().Matches(html).Select(match => WebUtility.HtmlDecode(match.Groups[2].Value))];

    /// <summary>The error summary's links as (field id, message).</summary>
    public static IReadOnlyList<(string Id, string Message)> ErrorLinks(string html) =>
        [.. ErrorSummaryLink().Matches(html).Select(match => (match.Groups[1].Value, WebUtility.HtmlDecode(match.Groups[2].Value)))];

    public static string Reference(string confirmationHtml) => ReferenceMark().Match(confirmationHtml).Groups[1].Value;

    public static int Score(string confirmationHtml) => int.Parse(ScoreMark().Match(confirmationHtml).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    private async Task<HttpResponseMessage> PostAsync(string url, IReadOnlyDictionary<string, string> fields, string? tokenFrom = null)
    {
        var page = await client.GetStringAsync(tokenFrom ?? url, TestContext.Current.CancellationToken);
        var token = AntiforgeryToken().Match(page);
        Assert.True(token.Success, $"{url} has no antiforgery token in its form.");
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token.Groups[1].Value };
        using var content = new FormUrlEncodedContent(form);
        return await client.PostAsync(url, content, TestContext.Current.CancellationToken);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("<li><a href=\"#([^\"]+)\">([^<]+)</a></li>")]
    private static partial Regex ErrorSummaryLink();

    [GeneratedRegex("data-testid=\"reference\">(FD-[A-Z0-9]{8})<")]
    private static partial Regex ReferenceMark();

    [GeneratedRegex("data-testid=\"completeness-score\">(\\d+)%<")]
    private static partial Regex ScoreMark();
}
