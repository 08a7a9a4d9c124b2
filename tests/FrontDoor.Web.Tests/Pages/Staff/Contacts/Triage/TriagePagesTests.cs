using System.Net;
using System.Text.RegularExpressions;
using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Data;
using FrontDoor.Core.WorkQueues;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Pages.Staff.Contacts;
using FrontDoor.Web.Tests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDoor.Web.Tests.Pages.Staff.Contacts.Triage;

public sealed partial class TriagePagesTests
{
    private static readonly IntakeAnswer NotInDanger = new("in-danger-now", "Is anyone in danger now?", "No");

    [Theory]
    [BothProviders]
    public async Task Advisor_RunsTheGeneralFlow_IntakeAnswerFromTheReferral_AdviceAndOutcomeWithTheReferralLink(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        var id = await StaffContactsTestKit.ReceiveAsync(app, "Fell at home last week.", [NotInDanger]);
        using var advisor = await SignedInAsync(app);

        var contactPage = await advisor.GetStringAsync($"/staff/contacts/{id}", ct);
        Assert.Contains($"href=\"/staff/contacts/{id}/triage\"", contactPage, StringComparison.Ordinal);
        Assert.Contains("No triage flow has been run on this contact.", contactPage, StringComparison.Ordinal);

        using (var started = await PostAsync(advisor, $"/staff/contacts/{id}/triage", new() { ["FlowId"] = "general-new-request" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
            Assert.Equal($"/staff/contacts/{id}/triage/question", started.Headers.Location!.OriginalString);
        }

        // Intake said no one is in danger: that question is never asked, and shows as from the referral.
        var question = await advisor.GetStringAsync($"/staff/contacts/{id}/triage/question", ct);
        Assert.Contains("What matters most to the person, and what would they like to be different?</h1>", question, StringComparison.Ordinal);
        Assert.Contains("<strong>Say:</strong> I&#x27;d like to understand", question, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"from-referral\"", question, StringComparison.Ordinal);
        Assert.Contains("You can enter up to 2,000 characters", question, StringComparison.Ordinal);
        Assert.DoesNotContain($"/triage/question/in-danger-now", question, StringComparison.Ordinal);

        await AnswerAsync(advisor, id, "To manage the stairs again");
        await AnswerAsync(advisor, id, "managing");
        await AnswerAsync(advisor, id, "Walks with a frame");
        await AnswerAsync(advisor, id, "short-term-support");

        using (var reached = await advisor.GetAsync($"/staff/contacts/{id}/triage/question", ct))
        {
            Assert.Equal($"/staff/contacts/{id}/triage/outcome", reached.Headers.Location?.OriginalString);
        }

        var outcome = await advisor.GetStringAsync($"/staff/contacts/{id}/triage/outcome", ct);
        Assert.Contains("Referral to reablement", outcome, StringComparison.Ordinal);
        Assert.Contains($"href=\"/staff/contacts/{id}/refer?type={ReferralType.Reablement}\"", outcome, StringComparison.Ordinal);
        Assert.Contains("Refer to the reablement team with what matters to the person", outcome, StringComparison.Ordinal);
        Assert.Contains($"href=\"/staff/contacts/{id}/triage/question/what-would-help\"", outcome, StringComparison.Ordinal);

        // Changing an answer goes back to that question with the answer chosen, and the path follows the new answer.
        var change = await advisor.GetStringAsync($"/staff/contacts/{id}/triage/question/what-would-help", ct);
        Assert.Matches("checked=\"checked\"[^>]*value=\"short-term-support\"", change);
        await AnswerAsync(advisor, id, "information", "what-would-help");
        var closeOutcome = await advisor.GetStringAsync($"/staff/contacts/{id}/triage/outcome", ct);
        Assert.Contains($"href=\"/staff/contacts/{id}/close?outcome=InformationAndAdvice\"", closeOutcome, StringComparison.Ordinal);

        var after = await advisor.GetStringAsync($"/staff/contacts/{id}", ct);
        Assert.Contains("General new request for help (version 1)", after, StringComparison.Ordinal);
        Assert.Contains("Walks with a frame", after, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"continue-triage-link\"", after, StringComparison.Ordinal);

        await using var db = database.CreateDbContext();
        Assert.True(await db.AuditEvents.AnyAsync(a => a.Action == AuditAction.Viewed && a.RecordId == AuditEvent.IdOf(id) && a.Detail == "triage" && a.Actor == "demo-advisor", ct));
    }

    [Fact]
    public async Task EachBadAnswer_GetsItsGovukErrorMessage_AndNothingIsRecorded()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        var id = await StaffContactsTestKit.ReceiveAsync(app, "Fell at home last week.", [NotInDanger]);
        using var advisor = await SignedInAsync(app);

        using (var noFlow = await PostAsync(advisor, $"/staff/contacts/{id}/triage", new()))
        {
            await AssertErrorAsync(noFlow, "Select a triage flow");
        }

        (await PostAsync(advisor, $"/staff/contacts/{id}/triage", new() { ["FlowId"] = "general-new-request" })).Dispose();
        using (var blank = await PostAsync(advisor, $"/staff/contacts/{id}/triage/question", new() { ["Answer"] = " " }))
        {
            await AssertErrorAsync(blank, "Enter an answer");
        }

        using (var tooLong = await PostAsync(advisor, $"/staff/contacts/{id}/triage/question", new() { ["Answer"] = new string('a', 2001) }))
        {
            await AssertErrorAsync(tooLong, "Answer must be 2,000 characters or fewer");
        }

        await AnswerAsync(advisor, id, "To manage the stairs again");
        using (var none = await PostAsync(advisor, $"/staff/contacts/{id}/triage/question", new()))
        {
            await AssertErrorAsync(none, "Select an answer");
        }

        // A date question: the hospital discharge flow asks when the person leaves hospital.
        (await PostAsync(advisor, $"/staff/contacts/{id}/triage", new() { ["FlowId"] = "hospital-discharge" })).Dispose();
        using (var noDate = await PostAsync(advisor, $"/staff/contacts/{id}/triage/question", new()))
        {
            await AssertErrorAsync(noDate, "Enter a date");
        }

        using (var notADate = await PostAsync(advisor, $"/staff/contacts/{id}/triage/question", new() { ["AnswerDate.Day"] = "31", ["AnswerDate.Month"] = "2", ["AnswerDate.Year"] = "2026" }))
        {
            await AssertErrorAsync(notADate, "Enter a real date, for example 27 3 2026");
        }

        using (var yesNo = await PostAsync(advisor, $"/staff/contacts/{id}/triage/question", new() { ["AnswerDate.Day"] = "9", ["AnswerDate.Month"] = "3", ["AnswerDate.Year"] = "2026" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, yesNo.StatusCode);
        }

        using (var noChoice = await PostAsync(advisor, $"/staff/contacts/{id}/triage/question", new()))
        {
            await AssertErrorAsync(noChoice, "Select yes or no");
        }

        await using var db = database.CreateDbContext();
        var recorded = await db.TriageAnswers.AsNoTracking().Where(a => a.ContactId == id).OrderBy(a => a.FlowId).ThenBy(a => a.StepId).Select(a => a.StepId).ToListAsync(ct);
        Assert.Equal(["in-danger-now", "what-matters", "discharge-date"], recorded);
    }

    [Fact]
    public async Task AnOutOfDatePage_IsRefused_WithWhoChangedWhat_AndTheNextTryWorks()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        var id = await StaffContactsTestKit.ReceiveAsync(app, "Fell at home last week.", [NotInDanger]);
        using var advisor = await SignedInAsync(app);
        (await PostAsync(advisor, $"/staff/contacts/{id}/triage", new() { ["FlowId"] = "general-new-request" })).Dispose();
        var page = await advisor.GetStringAsync($"/staff/contacts/{id}/triage/question", ct);
        var seen = VersionOf(page);

        // A team manager takes the contact on while the advisor's page is open.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ContactWork>().ClaimAsync(id, seen, new AuditActor("manager-1", "Grace Okafor", "TeamManager"), ct);
        }

        using var refused = await advisor.PostFormAsync($"/staff/contacts/{id}/triage/question", $"/staff/contacts/{id}/triage/question", new Dictionary<string, string> { ["Answer"] = "To manage the stairs", ["Version"] = seen.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var body = await refused.Content.ReadAsStringAsync(ct);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(ContactEventWords.ChangedMeanwhile, body, StringComparison.Ordinal);
        Assert.Contains("Taken on. Grace Okafor is working the contact.", body, StringComparison.Ordinal);
        Assert.Contains("Grace Okafor, ", body, StringComparison.Ordinal);
        Assert.Equal(seen + 1, VersionOf(body));

        using var retried = await PostAsync(advisor, $"/staff/contacts/{id}/triage/question", new() { ["Answer"] = "To manage the stairs" });
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
    }

    [Fact]
    public async Task ChooseAFlow_TheObviousOneIsChosenAlready_AndEveryFlowIsListedWithItsSummary()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        var abuse = await StaffContactsTestKit.ReceiveAsync(app, "Bruising on her arms; she says her son pushes her.", [new IntakeAnswer("concern-types", "Type of concern", "Abuse or exploitation")]);
        using var advisor = await SignedInAsync(app);

        var page = await advisor.GetStringAsync($"/staff/contacts/{abuse}/triage", ct);

        Assert.Matches("checked=\"checked\"[^>]*value=\"safeguarding-concern\"", page);
        Assert.Single(Regex.Matches(page, "checked=\"checked\""));
        Assert.Contains("Suggested for this contact.", page, StringComparison.Ordinal);
        Assert.Contains("value=\"general-new-request\"", page, StringComparison.Ordinal);
        Assert.Contains("Start here when no more specific flow fits.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownContact_IsNotFound_OnEveryTriagePage()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var advisor = await SignedInAsync(app);
        var unknown = Guid.CreateVersion7();

        foreach (var page in new[] { "triage", "triage/question", "triage/question/what-matters", "triage/outcome" })
        {
            using var response = await advisor.GetAsync($"/staff/contacts/{unknown}/{page}", ct);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    private static async Task<HttpClient> SignedInAsync(FrontDoorAppFactory app)
    {
        var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();
        return client;
    }

    /// <summary>Posts the page's form with the contact version it shows, as the browser would.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(url, TestContext.Current.CancellationToken);
        fields["Version"] = VersionOf(page).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await client.PostFormAsync(url, url, fields);
    }

    private static async Task AnswerAsync(HttpClient client, Guid id, string answer, string? stepId = null)
    {
        using var response = await PostAsync(client, $"/staff/contacts/{id}/triage/question" + (stepId is null ? string.Empty : $"/{stepId}"), new() { ["Answer"] = answer });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private static async Task AssertErrorAsync(HttpResponseMessage response, string message)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("govuk-error-summary", body, StringComparison.Ordinal);
        Assert.Contains($"<span class=\"govuk-visually-hidden\">Error:</span> {message}", body, StringComparison.Ordinal);
    }

    private static int VersionOf(string page) =>
        int.Parse(HiddenVersion().Match(page).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("name=\"Version\" value=\"(\\d+)\"")]
    private static partial Regex HiddenVersion();
}
