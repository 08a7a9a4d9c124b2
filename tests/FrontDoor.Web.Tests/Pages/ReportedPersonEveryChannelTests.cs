using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FrontDoor.Core.Data;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Tests.Hosting;
using FrontDoor.Web.Tests.Pages.Portal.RequestHelp;
using FrontDoor.Web.Tests.Pages.Professionals;

namespace FrontDoor.Web.Tests.Pages;

/// <summary>
/// One set of rules for the person a contact is about: the public form, the e-forms and the partner API refuse
/// the same bad detail with the same words. Page wording, so SQLite only (see the README).
/// </summary>
public sealed class ReportedPersonEveryChannelTests
{
    [Theory]
    [InlineData("31", "2", "1950", "1950-02-31", "Date of birth must be a real date")]
    [InlineData("2", "3", "2090", "2090-03-02", "Date of birth must be in the past")]
    [InlineData("1", "1", "1800", "1800-01-01", "Date of birth must be the same as or after 1 January")]
    public async Task ABadDateOfBirth_GetsTheSameMessage_OnThePublicForm_TheEForm_AndThePartnerApi(string day, string month, string year, string iso, string expected)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);

        var onThePublicForm = await PublicFormErrorAsync(
            app, "/request-help/date-of-birth", new() { ["DateOfBirth.Day"] = day, ["DateOfBirth.Month"] = month, ["DateOfBirth.Year"] = year }, "DateOfBirth");
        var onTheEForm = await EFormErrorAsync(app, "Person-DateOfBirth", person => person.AddDate("Person.DateOfBirth", day, month, year));
        var fromTheApi = await ApiErrorAsync(app, "person.dateOfBirth", $"\"dateOfBirth\": \"{iso}\", \"nhsNumber\": \"9434765919\"");

        Assert.StartsWith(expected, onThePublicForm, StringComparison.Ordinal);
        Assert.Equal(onThePublicForm, onTheEForm);
        Assert.Equal(onThePublicForm, fromTheApi);
    }

    [Theory]
    [InlineData("943 476 5918", "Enter a real NHS number")]
    [InlineData("943 476 591", "NHS number must be 10 digits")]
    public async Task ABadNhsNumber_GetsTheSameMessage_OnThePublicForm_TheEForm_AndThePartnerApi(string typed, string expected)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);

        var onThePublicForm = await PublicFormErrorAsync(app, "/request-help/nhs-number", new() { ["NhsNumber"] = typed }, "NhsNumber");
        var onTheEForm = await EFormErrorAsync(app, "Person-NhsNumber", person => person["Person.NhsNumber"] = typed);
        var fromTheApi = await ApiErrorAsync(app, "person.nhsNumber", $"\"dateOfBirth\": \"1948-03-02\", \"nhsNumber\": \"{typed}\"");

        Assert.Equal(expected, onThePublicForm);
        Assert.Equal(expected, onTheEForm);
        Assert.Equal(expected, fromTheApi);
    }

    private static async Task<string> PublicFormErrorAsync(FrontDoorAppFactory app, string path, Dictionary<string, string> fields, string field)
    {
        var journey = new RequestHelpClient(app.CreateBrowserLikeClient());
        await journey.StartAsync();
        await journey.AnswerAsync("/request-help/who-for", new Dictionary<string, string> { ["AskingFor"] = "Myself" });

        using var response = await journey.PostAsync(path, fields);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var link = Regex.Match(html, $"<a href=\"#{field}\">([^<]*)</a>");
        Assert.True(link.Success, $"No error for {field} on {path}");
        return WebUtility.HtmlDecode(link.Groups[1].Value);
    }

    private static async Task<string> EFormErrorAsync(FrontDoorAppFactory app, string fieldId, Action<Dictionary<string, string>> spoil)
    {
        var form = new ReferralFormClient(app.CreateBrowserLikeClient());
        await form.StartAsync("hospital");
        var person = ReferralAnswers.Minimal("hospital").Person;
        spoil(person);

        using var response = await form.PostPageAsync("person", person);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = ReferralFormClient.ErrorLinks(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return Assert.Single(errors, error => error.Id == fieldId).Message;
    }

    private static async Task<string> ApiErrorAsync(FrontDoorAppFactory app, string jsonPath, string personFields)
    {
        using var client = app.CreateBrowserLikeClient();
        var body = $$$"""{"story": "Found on the floor at home, confused; lives alone.", "person": {"givenName": "Edith", "familyName": "Marsh", "postcode": "LE1 6ZZ", {{{personFields}}}}}""";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/contacts") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "demo-gp");

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return json.RootElement.GetProperty("errors").GetProperty(jsonPath)[0].GetString()!;
    }
}
