using System.Net;
using FrontDoor.Core.Audit;
using FrontDoor.Core.Data;
using FrontDoor.Core.Insight.Feedback;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Tests.Hosting;
using FrontDoor.Web.Tests.Pages.Feedback;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace FrontDoor.Web.Tests.Pages.Staff.Insight;

/// <summary>The survey's results on the managers' dashboard, and its comments page (personal data: managers only, audited).</summary>
public sealed class FeedbackResultsTests
{
    [Theory]
    [InlineData("demo-advisor")]
    [InlineData("demo-support-worker")]
    public async Task Comments_AsStaffWhoAreNotManagers_AreRefused_AndNothingIsShownOrAudited(string user)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await AnsweredAsync(database, ("Lovely people", 5, 0));
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync(user)).Dispose();

        using var response = await client.GetAsync("/staff/insight/feedback-comments", ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/sign-in/access-denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        Assert.False(await db.AuditEvents.AnyAsync(e => e.RecordType == SurveyComments.RecordType, ct));
    }

    [Theory]
    [BothProviders]
    public async Task Comments_ForAManager_NewestFirst_AndTheViewIsAuditedAgainstThePeopleShown(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var people = await AnsweredAsync(database, ("The older comment", 2, 0), ("The newer comment\non two lines", 5, 3), (null, 4, 1));
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-team-manager")).Dispose();

        var html = await client.GetStringAsync("/staff/insight/feedback-comments", ct);

        var newer = System.Text.RegularExpressions.Regex.Match(html, "The newer comment\\s*<br>\\s*on two lines").Index;
        Assert.InRange(newer, 1, html.IndexOf("The older comment", StringComparison.Ordinal));
        Assert.Contains("Very satisfied", html, StringComparison.Ordinal);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(html, "data-testid=\"comment\""));
        await using var db = database.CreateDbContext();
        var audit = await db.AuditEvents.AsNoTracking().Include(e => e.People).SingleAsync(e => e.RecordType == SurveyComments.RecordType, ct);
        Assert.Equal((AuditAction.Viewed, "survey comments, 2 shown"), (audit.Action, audit.Detail));
        Assert.StartsWith("demo", audit.Actor, StringComparison.Ordinal);
        Assert.Equal(new[] { people[0], people[1] }.Order(), audit.People.Select(p => p.PersonId).Order());
    }

    [Fact]
    public async Task Dashboard_ShowsTheSurveyKpis_TheResponseRate_AndTheIStatementsTable_WithItsCsv()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await AnsweredAsync(database, ("Fine", 5, 0), (null, 2, 1));
        await SurveyInvitationsForTests.InvitedAsync(database, ThisMonth); // sent, never answered
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-team-manager")).Dispose();

        var html = await client.GetStringAsync("/staff/insight", ct);
        var csv = (await client.GetStringAsync("/staff/insight?handler=csv&table=iStatements", ct)).TrimStart('\uFEFF');

        Assert.Matches("data-testid=\"value-surveyResponseRate\">\\s*66.7%", html);
        Assert.Matches("data-testid=\"value-customerSatisfaction\">\\s*50.0%", html);
        Assert.Matches("data-testid=\"value-iStatementAgreement\">\\s*50.0%", html);
        Assert.Contains("2 of 3 survey invitations answered", html, StringComparison.Ordinal);
        Assert.Matches("data-testid=\"i-statement-1\"[\\s\\S]*?>1</td>\\s*<td[^>]*>1</td>\\s*<td[^>]*>50.0%</td>", html);
        Assert.Matches("data-testid=\"i-statement-4\"[\\s\\S]*?>0</td>\\s*<td[^>]*>0</td>\\s*<td[^>]*>None</td>", html);
        Assert.Contains("href=\"/staff/insight/feedback-comments\"", html, StringComparison.Ordinal);
        Assert.StartsWith("statement,agreed,disagreed,agree_share\n", csv, StringComparison.Ordinal);
        Assert.Contains($"\"{IStatements.All[0]}\",1,1,0.5\n", csv, StringComparison.Ordinal);
        Assert.Equal(5, csv.TrimEnd().Split('\n').Length);
    }

    private static DateTimeOffset ThisMonth => new(FrontDoorAppFactory.Now.Year, FrontDoorAppFactory.Now.Month, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Surveys about contacts received this month, each answered <c>hours</c> after the first: the comment, the
    /// satisfaction, and agreeing with the statements when satisfied (4 or 5), disagreeing otherwise, the last unanswered.
    /// </summary>
    private static async Task<List<Guid>> AnsweredAsync(TestDatabase database, params (string? Comment, int Satisfaction, int Hours)[] answers)
    {
        var people = new List<Guid>();
        foreach (var (comment, satisfaction, hours) in answers)
        {
            var (token, personId, _) = await SurveyInvitationsForTests.InvitedAsync(database, ThisMonth);
            await using var db = database.CreateDbContext();
            var agrees = satisfaction >= 4;
            var outcome = await new SurveyResponses(db, new FakeTimeProvider(ThisMonth.AddDays(1).AddHours(hours)))
                .AnswerAsync(token, new SurveyAnswers(satisfaction, [agrees, agrees, agrees, null], comment), doNotAskAgain: false, TestContext.Current.CancellationToken);
            Assert.Equal(SurveyAnswerOutcome.Recorded, outcome);
            people.Add(personId);
        }

        return people;
    }
}
