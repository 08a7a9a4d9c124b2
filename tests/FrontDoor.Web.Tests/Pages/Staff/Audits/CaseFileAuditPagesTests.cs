using System.Net;
using FrontDoor.Core.Audit;
using FrontDoor.Core.CaseFileAudits;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Data;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Tests.Hosting;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Tests.Pages.Staff.Audits;

public sealed class CaseFileAuditPagesTests
{
    private static readonly AuditActor Advisor = new("advisor-1", "Asha Advisor", "Advisor");

    [Theory]
    [BothProviders]
    public async Task Manager_DrawsAMonth_AuditsACase_WithErrorsFirst_ThenSeesItReadOnly(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await ClosedInJanuaryAsync(database, 3);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-team-manager")).Dispose();
        Assert.Contains("href=\"/staff/audits\"", await client.GetStringAsync("/staff", ct), StringComparison.Ordinal);
        Assert.Contains("href=\"/staff/audits\"", await client.GetStringAsync("/staff/insight", ct), StringComparison.Ordinal);

        using (var drawn = await client.PostFormAsync("/staff/audits", "/staff/audits", new Dictionary<string, string> { ["Month"] = "2026-01" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, drawn.StatusCode);
            Assert.Equal("/staff/audits/2026-01", drawn.Headers.Location!.ToString());
        }

        Assert.Contains("0 of 3 audited", await client.GetStringAsync("/staff/audits", ct), StringComparison.Ordinal);
        Guid caseId;
        await using (var db = database.CreateDbContext())
        {
            caseId = await db.Set<SampledCase>().OrderBy(c => c.Position).Select(c => c.Id).FirstAsync(ct);
        }

        var url = $"/staff/audits/cases/{caseId}";
        using (var empty = await client.PostFormAsync(url, url, EmptyFormWithOneLongComment()))
        {
            var page = await empty.Content.ReadAsStringAsync(ct);
            Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
            Assert.Contains("govuk-error-summary", page, StringComparison.Ordinal);
            Assert.Contains("href=\"#Answers-0--Score\">Select a score for quality of recording</a>", page, StringComparison.Ordinal);
            Assert.Contains("The comment on strengths-based practice must be 1,000 characters or fewer", page, StringComparison.Ordinal);
            Assert.Contains("Enter an overall comment", page, StringComparison.Ordinal);
        }

        // The form as it was before the save: its second post stands for a second tab or a second manager.
        var token = System.Text.RegularExpressions.Regex.Match(await client.GetStringAsync(url, ct), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using (var saved = await client.PostAsync(url, new FormUrlEncodedContent(Answers("Good", token)), ct))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var readOnly = await client.GetStringAsync(url, ct);
        Assert.Contains("Audited by Grace Okafor", readOnly, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"audit-form\"", readOnly, StringComparison.Ordinal);

        // A page opened before the save cannot change it.
        using (var again = await client.PostAsync(url, new FormUrlEncodedContent(Answers("Inadequate", token)), ct))
        {
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            Assert.Contains("This case has already been audited; an audit cannot be changed", await again.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        }

        await using (var db = database.CreateDbContext())
        {
            var audit = await db.Set<SampledCase>().SingleAsync(c => c.Id == caseId, ct);
            Assert.Equal(AuditScore.Good, audit.AnswerTo(AuditQuestion.RightOutcome).Score);
            Assert.True(await db.AuditEvents.AnyAsync(e => e.RecordType == CaseFileAuditing.AuditRecordType && e.Action == AuditAction.Viewed && e.ActorName == "Grace Okafor", ct));
        }

        Assert.Contains("1 of 3 audited", await client.GetStringAsync("/staff/audits", ct), StringComparison.Ordinal);
        var month = await client.GetStringAsync("/staff/audits/2026-01", ct);
        Assert.Contains("data-testid=\"chart-tier-1\"", month, StringComparison.Ordinal);
        Assert.Contains("<td class=\"govuk-table__cell govuk-table__cell--numeric\">100%</td>", month, StringComparison.Ordinal);
        var csv = await client.GetStringAsync("/staff/audits/2026-01?handler=Csv", ct);
        Assert.Contains("2026-01,Customer Service Centre (Tier 1),Right outcome,3,1,1,1,0,1,3\n", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Draw_OfAMonthNotYetOver_ShowsTheErrorSummary()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-team-manager")).Dispose();

        using var response = await client.PostFormAsync("/staff/audits", "/staff/audits", new Dictionary<string, string> { ["Month"] = "2026-03" });

        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("href=\"#Month\">March 2026 has not ended yet: a month is sampled once it is over</a>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Advisor_IsRefused_AuditsAreForManagers()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await ClosedInJanuaryAsync(database, 1);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        foreach (var url in new[] { "/staff/audits", "/staff/audits/2026-01", $"/staff/audits/cases/{Guid.NewGuid()}" })
        {
            using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("https://localhost/sign-in/access-denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }

        Assert.DoesNotContain("audits-link", await client.GetStringAsync("/staff", TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    /// <summary>What the form posts with no grade chosen: every comment box, empty but one.</summary>
    private static Dictionary<string, string> EmptyFormWithOneLongComment()
    {
        var form = Enumerable.Range(0, AuditQuestions.All.Count).ToDictionary(i => $"Answers[{i}].Comment", _ => string.Empty);
        form["Answers[1].Comment"] = new string('x', 1001);
        form["OverallComment"] = " ";
        return form;
    }

    private static Dictionary<string, string> Answers(string grade, string token)
    {
        var form = new Dictionary<string, string> { ["OverallComment"] = "A clear, proportionate record.", ["__RequestVerificationToken"] = token };
        for (var i = 0; i < AuditQuestions.All.Count; i++)
        {
            form[$"Answers[{i}].Score"] = grade;
            form[$"Answers[{i}].Comment"] = $"Comment {i}";
        }

        return form;
    }

    private static async Task ClosedInJanuaryAsync(TestDatabase database, int count)
    {
        await using var db = database.CreateDbContext();
        for (var i = 0; i < count; i++)
        {
            var at = new DateTimeOffset(2026, 1, 5 + i, 10, 0, 0, TimeSpan.Zero);
            var contact = new Contact(Guid.CreateVersion7(), ContactReference.New(), ContactChannel.Phone, ContactSource.Self, at, "Help getting washed and dressed");
            contact.Open(at);
            contact.MoveToQueue("tier-1", "Arrived", at, ContactEvent.System);
            contact.Close([ContactOutcome.InformationAndAdvice], "Advice given", at.AddMinutes(30), Advisor);
            db.Add(contact);
        }

        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}
