using System.Net;
using System.Text.RegularExpressions;
using FrontDoor.Web.Tests.Hosting;

namespace FrontDoor.Web.Tests.Pages.Portal.RequestHelp;

/// <summary>
/// A browser without JavaScript going through the request for help: it reads each page, then posts the form
/// with that page's antiforgery token, and never follows redirects so tests see where each answer leads.
/// </summary>
public sealed partial class RequestHelpClient(HttpClient client)
{
    public HttpClient Http => client;

    /// <summary>The answers that get someone asking for themselves from the first question to check answers.</summary>
    public static readonly IReadOnlyList<(string Path, Dictionary<string, string> Fields)> ForMyself =
    [
        ("/request-help/who-for", new() { ["AskingFor"] = "Myself" }),
        ("/request-help/name", new() { ["GivenName"] = "Margaret", ["FamilyName"] = "Okafor", ["KnownAs"] = "Peggy", ["FormerFamilyName"] = " Adeyemi " }),
        ("/request-help/date-of-birth", new() { ["DateOfBirth.Day"] = "2", ["DateOfBirth.Month"] = "3", ["DateOfBirth.Year"] = "1948" }),
        ("/request-help/address", new() { ["AddressLine1"] = "14 Elm Road", ["AddressLine2"] = "", ["Town"] = "Loughborough", ["Postcode"] = "le11 2tp" }),
        ("/request-help/contact-details", new() { ["Phone"] = "07700 900123", ["Email"] = "", ["PreferredContact"] = "Phone" }),
        ("/request-help/nhs-number", new() { ["NhsNumber"] = "943 476 5919" }),
        ("/request-help/what-is-happening", new() { ["Story"] = "Since my fall in January I cannot manage the stairs.\r\nI want to keep living at home." }),
        ("/request-help/danger", new() { ["InDangerNow"] = "False", ["DangerDetails"] = "" }),
        ("/request-help/communication-needs", new() { ["Needs"] = "BritishSignLanguage", ["InterpreterLanguage"] = "" }),
    ];

    /// <summary>"Start now": follows the one redirect to the first question and returns its address.</summary>
    public async Task<string> StartAsync()
    {
        using var response = await client.GetAsync("/request-help/begin", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    /// <summary>Answers the question on <paramref name="path"/>; returns where the service sent the browser next.</summary>
    public async Task<string> AnswerAsync(string path, IReadOnlyDictionary<string, string> fields)
    {
        using var response = await PostAsync(path, fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{path} answered with {(int)response.StatusCode}: {ErrorsIn(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))}");
        return response.Headers.Location!.OriginalString;
    }

    /// <summary>Posts the form on <paramref name="path"/> as a browser would, whatever the outcome.</summary>
    public async Task<HttpResponseMessage> PostAsync(string path, IReadOnlyDictionary<string, string> fields, string? token = null)
    {
        token ??= await TokenFromAsync(path);
        var form = fields.Select(field => KeyValuePair.Create(field.Key, field.Value)).Append(KeyValuePair.Create("__RequestVerificationToken", token));
        using var content = new FormUrlEncodedContent(form);
        return await client.PostAsync(path, content, TestContext.Current.CancellationToken);
    }

    public async Task<string> TokenFromAsync(string path)
    {
        var page = await GetPageAsync(path);
        var token = AntiforgeryToken().Match(page);
        Assert.True(token.Success, $"{path} has no antiforgery token in its form.");
        return token.Groups[1].Value;
    }

    public async Task<string> GetPageAsync(string path)
    {
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} gave {(int)response.StatusCode} {response.Headers.Location}");
        return html;
    }

    /// <summary>Answers every page for someone asking for themselves and arrives at check answers.</summary>
    public async Task AnswerEverythingForMyselfAsync()
    {
        Assert.Equal("/request-help/who-for", await StartAsync());
        foreach (var (path, fields) in ForMyself)
        {
            await AnswerAsync(path, fields);
        }
    }

    /// <summary>Sends the request from check answers and returns the reference the confirmation page shows.</summary>
    public async Task<string> SendAsync(string? token = null)
    {
        using var sent = await PostAsync("/request-help/check-answers", new Dictionary<string, string>(), token);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal("/request-help/confirmation", sent.Headers.Location?.OriginalString);
        return ReferenceOn(await GetPageAsync("/request-help/confirmation"));
    }

    public static string ReferenceOn(string confirmationPage)
    {
        var match = Reference().Match(confirmationPage);
        Assert.True(match.Success, "The confirmation page shows no reference number.");
        return match.Groups[1].Value;
    }

    private static string ErrorsIn(string html) => string.Join("; ", ErrorLink().Matches(html).Select(m => m.Groups[1].Value));

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("<strong data-testid=\"reference\">(FD-[2-9A-HJKMNP-Z]{8})</strong>")]
    private static partial Regex Reference();

    [GeneratedRegex("<li><a href=\"#[^\"]*\">([^<]*)</a></li>")]
    private static partial Regex ErrorLink();
}
