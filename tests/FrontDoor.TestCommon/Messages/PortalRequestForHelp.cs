using System.Net;
using System.Text.RegularExpressions;

namespace FrontDoor.TestCommon.Messages;

/// <summary>
/// A member of the public asking for help for themselves on the portal, as a browser without JavaScript does it:
/// each answer posted with the form's antiforgery token, cookies kept, redirects read rather than followed. When the
/// server is unreachable or answers 5xx (it is being killed and restarted), the step is tried again until it
/// answers; a request sent twice is what a person pressing the button again would send, and the journey's own key
/// keeps it to one contact.
/// </summary>
public sealed partial class PortalRequestForHelp(Uri server, TimeSpan giveUpAfter)
{
    public const string FirstQuestion = "/request-help/who-for";
    public const string CheckAnswers = "/request-help/check-answers";
    public const string Confirmation = "/request-help/confirmation";

    /// <summary>Whether the receipt goes by email or by text message.</summary>
    public enum Receipt
    {
        Email,
        TextMessage,
    }

    /// <summary>Goes from the first question to the confirmation page; returns the reference it shows.</summary>
    public async Task<string> AskAsync(int person, Receipt receipt, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + giveUpAfter;
        while (true)
        {
            // A journey whose cookie was lost with a killed request starts again from the first question, as a person would.
            if (await TryOnceAsync(person, receipt, deadline, cancellationToken) is { } reference)
            {
                return reference;
            }
        }
    }

    private async Task<string?> TryOnceAsync(int person, Receipt receipt, DateTime deadline, CancellationToken cancellationToken)
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() };
        using var client = new HttpClient(handler) { BaseAddress = server, Timeout = TimeSpan.FromSeconds(30) };
        var token = await TokenAsync(client, deadline, cancellationToken);
        foreach (var (path, fields) in Answers(person, receipt))
        {
            var next = await PostAsync(client, path, fields, token, deadline, cancellationToken);
            if (next is null || next == "/request-help")
            {
                // The antiforgery cookie or the journey did not survive: start again.
                return null;
            }
        }

        var sent = await PostAsync(client, CheckAnswers, [], token, deadline, cancellationToken);
        if (sent != Confirmation)
        {
            return null;
        }

        var page = await SendAsync(client, () => new HttpRequestMessage(HttpMethod.Get, Confirmation), deadline, cancellationToken);
        var match = ReferenceOnPage().Match(page.Body);
        return match.Success ? match.Groups[1].Value : throw new InvalidOperationException($"The confirmation page ({page.Status}) shows no reference.");
    }

    /// <summary>The answers of someone asking for themselves who wants the receipt by <paramref name="receipt"/>.</summary>
    private static IEnumerable<(string Path, Dictionary<string, string> Fields)> Answers(int person, Receipt receipt) =>
    [
        (FirstQuestion, new() { ["AskingFor"] = "Myself" }),
        ("/request-help/name", new() { ["GivenName"] = "Margaret", ["FamilyName"] = $"Crash{person}", ["KnownAs"] = "", ["FormerFamilyName"] = "" }),
        ("/request-help/date-of-birth", new() { ["DateOfBirth.Day"] = "2", ["DateOfBirth.Month"] = "3", ["DateOfBirth.Year"] = "1948" }),
        ("/request-help/address", new() { ["AddressLine1"] = $"{(person % 200) + 1} Elm Road", ["AddressLine2"] = "", ["Town"] = "Loughborough", ["Postcode"] = "LE11 2TP" }),
        ("/request-help/contact-details", new()
        {
            ["Phone"] = "07700 900123",
            ["Email"] = $"person{person}@example.org",
            ["PreferredContact"] = receipt == Receipt.Email ? "Email" : "TextMessage",
        }),
        ("/request-help/nhs-number", new() { ["NhsNumber"] = "" }),
        ("/request-help/what-is-happening", new() { ["Story"] = "Since my fall I cannot manage the stairs." }),
        ("/request-help/danger", new() { ["InDangerNow"] = "False", ["DangerDetails"] = "" }),
        ("/request-help/communication-needs", new() { ["InterpreterLanguage"] = "" }),
    ];

    private static async Task<string> TokenAsync(HttpClient client, DateTime deadline, CancellationToken cancellationToken)
    {
        var page = await SendAsync(client, () => new HttpRequestMessage(HttpMethod.Get, FirstQuestion), deadline, cancellationToken);
        var token = AntiforgeryToken().Match(page.Body);
        return token.Success ? token.Groups[1].Value : throw new InvalidOperationException($"{FirstQuestion} ({page.Status}) has no antiforgery token.");
    }

    /// <summary>Posts a form; returns where the server sent the browser, or null when it refused the form's token (400).</summary>
    private static async Task<string?> PostAsync(HttpClient client, string path, Dictionary<string, string> fields, string token, DateTime deadline, CancellationToken cancellationToken)
    {
        var answer = await SendAsync(
            client,
            () => new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields.Append(KeyValuePair.Create("__RequestVerificationToken", token))) },
            deadline,
            cancellationToken);
        return answer.Status switch
        {
            HttpStatusCode.Redirect => answer.Location,
            HttpStatusCode.BadRequest => null,
            _ => throw new InvalidOperationException($"POST {path} answered {(int)answer.Status}: the answers are not what the page accepts."),
        };
    }

    private sealed record Answer(HttpStatusCode Status, string? Location, string Body);

    /// <summary>Sends until the server answers other than 5xx; unreachable or 5xx means it is down or starting.</summary>
    private static async Task<Answer> SendAsync(HttpClient client, Func<HttpRequestMessage> request, DateTime deadline, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                using var message = request();
                using var response = await client.SendAsync(message, cancellationToken);
                if ((int)response.StatusCode < 500)
                {
                    return new Answer(response.StatusCode, response.Headers.Location?.OriginalString, await response.Content.ReadAsStringAsync(cancellationToken));
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
            {
                // Killed mid-request, or not listening yet.
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The portal was still not answering at {deadline:HH:mm:ss} UTC.");
            }

            await Task.Delay(200, cancellationToken);
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("<strong data-testid=\"reference\">(FD-[2-9A-HJKMNP-Z]{8})</strong>")]
    private static partial Regex ReferenceOnPage();
}
