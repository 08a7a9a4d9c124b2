using System.Collections.Concurrent;
using System.Net;
using FrontDoor.Core.Data;
using FrontDoor.Core.Insight.Feedback;
using FrontDoor.Core.Messages;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Tests.Hosting;
using FrontDoor.Web.Tests.Pages.Portal.RequestHelp;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FrontDoor.Web.Tests.Pages.Feedback;

/// <summary>The feedback survey behind the texted link, as a browser without JavaScript uses it.</summary>
public sealed class SurveyPageTests
{
    private const string NotAvailable = "This survey link has already been used or is not valid";

    [Theory]
    [BothProviders]
    public async Task Answer_Once_GoesToThankYou_AndRecordsTheAnswersOnTheInvitation(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var (token, personId, invitationId) = await SurveyInvitationsForTests.InvitedAsync(database);
        await using var app = FrontDoorAppFactory.For(database);
        var browser = new RequestHelpClient(app.CreateBrowserLikeClient());

        var next = await browser.AnswerAsync(Survey(token), SurveyInvitationsForTests.Answers(" Kind and quick.\r\nThank you. "));
        var thanks = await browser.GetPageAsync(next);

        Assert.Equal("/feedback/thank-you", next);
        Assert.Contains("data-testid=\"survey-thank-you\"", thanks, StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        var saved = await db.Set<SurveyInvitation>().AsNoTracking().SingleAsync(i => i.Id == invitationId, ct);
        Assert.Equal(
            ((DateTimeOffset?)FrontDoorAppFactory.Now, (int?)4, (bool?)true, (bool?)true, (bool?)false, (bool?)null, "Kind and quick.\nThank you."),
            (saved.AnsweredAt, saved.Satisfaction, saved.AgreesRightPersonFirstTime, saved.AgreesInformationHelped, saved.AgreesAdviceHelpsWellbeing, saved.AgreesContactSuitsMe, saved.Comment));
        Assert.False(await db.People.Where(p => p.Id == personId).Select(p => p.DeclinesSurveys).SingleAsync(ct));
    }

    [Theory]
    [BothProviders]
    public async Task Answer_WithDoNotSendMeSurveysAgain_RecordsItOnThePerson(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var (token, personId, _) = await SurveyInvitationsForTests.InvitedAsync(database);
        await using var app = FrontDoorAppFactory.For(database);
        var browser = new RequestHelpClient(app.CreateBrowserLikeClient());
        var answers = SurveyInvitationsForTests.Answers();
        answers["DoNotAskAgain"] = "yes";

        Assert.Equal("/feedback/thank-you", await browser.AnswerAsync(Survey(token), answers));

        await using var db = database.CreateDbContext();
        Assert.True(await db.People.Where(p => p.Id == personId).Select(p => p.DeclinesSurveys).SingleAsync(ct));
    }

    [Theory]
    [BothProviders]
    public async Task SecondUse_UnknownAndMalformedTokens_AllGetTheSameNotAvailablePage_With404(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var (token, _, invitationId) = await SurveyInvitationsForTests.InvitedAsync(database);
        await using var app = FrontDoorAppFactory.For(database);
        var browser = new RequestHelpClient(app.CreateBrowserLikeClient());
        var staleFormToken = await browser.TokenFromAsync(Survey(token));
        await browser.AnswerAsync(Survey(token), SurveyInvitationsForTests.Answers());

        var pages = new List<(HttpStatusCode Status, string Heading)>();
        foreach (var link in new[] { Survey(token), Survey(ReplyLinkToken.New().Token), "/feedback/not-a-token", Survey(new string('a', 300)) })
        {
            using var response = await browser.Http.GetAsync(link, ct);
            pages.Add((response.StatusCode, Heading(await response.Content.ReadAsStringAsync(ct))));
        }

        using var secondAnswer = await browser.PostAsync(Survey(token), SurveyInvitationsForTests.Answers(), staleFormToken);
        pages.Add((secondAnswer.StatusCode, Heading(await secondAnswer.Content.ReadAsStringAsync(ct))));

        Assert.All(pages, page => Assert.Equal((HttpStatusCode.NotFound, NotAvailable), page));
        await using var db = database.CreateDbContext();
        Assert.Equal(4, await db.Set<SurveyInvitation>().Where(i => i.Id == invitationId).Select(i => i.Satisfaction).SingleAsync(ct));
    }

    [Fact]
    public async Task Get_ShowsTheQuestions_AndNothingAboutThePersonOrTheirContact()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        var (token, _, _) = await SurveyInvitationsForTests.InvitedAsync(database);
        await using var app = FrontDoorAppFactory.For(database);
        var browser = new RequestHelpClient(app.CreateBrowserLikeClient());

        var page = await browser.GetPageAsync(Survey(token));

        Assert.Contains("How satisfied were you with the help you got?", page, StringComparison.Ordinal);
        Assert.All(IStatements.All, statement => Assert.Contains(WebUtility.HtmlEncode(statement), page, StringComparison.Ordinal));
        Assert.Contains("data-module=\"govuk-character-count\" data-maxlength=\"1200\"", page, StringComparison.Ordinal);
        Assert.Contains("Do not send me surveys again", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Surveyworth", page, StringComparison.Ordinal);
        Assert.DoesNotContain("stairs", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WithNothingAnswered_ShowsAnErrorForEachQuestion_AndRecordsNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        var (token, _, invitationId) = await SurveyInvitationsForTests.InvitedAsync(database);
        await using var app = FrontDoorAppFactory.For(database);
        var browser = new RequestHelpClient(app.CreateBrowserLikeClient());

        using var response = await browser.PostAsync(Survey(token), new Dictionary<string, string>());
        var page = await response.Content.ReadAsStringAsync(ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("govuk-error-summary", page, StringComparison.Ordinal);
        Assert.Contains("<title>Error: Tell us how we did", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Satisfaction\">Select how satisfied you were with the help you got</a>", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#RightPersonFirstTime\">Select whether you agree or disagree about getting through to the right person first time, or that you prefer not to say</a>", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#InformationHelped\">Select whether you agree or disagree about information and advice that helps you get support, or that you prefer not to say</a>", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#AdviceHelpsWellbeing\">Select whether you agree or disagree about advice that helps you manage your wellbeing, or that you prefer not to say</a>", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#ContactSuitsMe\">Select whether you agree or disagree about contacting us at a time and in a way that suits you, or that you prefer not to say</a>", page, StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        Assert.Null(await db.Set<SurveyInvitation>().Where(i => i.Id == invitationId).Select(i => i.AnsweredAt).SingleAsync(ct));
    }

    [Theory]
    [InlineData("Satisfaction", "6", "#Satisfaction")]
    [InlineData("Satisfaction", "0", "#Satisfaction")]
    [InlineData("InformationHelped", "strongly-agree", "#InformationHelped")]
    public async Task Post_WithAnAnswerNotOnTheForm_IsAnErrorOnThatQuestion(string field, string value, string anchor)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        var (token, _, _) = await SurveyInvitationsForTests.InvitedAsync(database);
        await using var app = FrontDoorAppFactory.For(database);
        var browser = new RequestHelpClient(app.CreateBrowserLikeClient());
        var answers = SurveyInvitationsForTests.Answers();
        answers[field] = value;

        using var response = await browser.PostAsync(Survey(token), answers);
        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<a href=\"{anchor}\">Select", page, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(page, "<li><a href=\"#"));
    }

    [Fact]
    public async Task Post_WithACommentOver1200Characters_IsAnError_AndKeepsTheAnswersGiven_But1200CountingNewLinesAsOneIsFine()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        var (token, _, invitationId) = await SurveyInvitationsForTests.InvitedAsync(database);
        await using var app = FrontDoorAppFactory.For(database);
        var browser = new RequestHelpClient(app.CreateBrowserLikeClient());

        using var tooLong = await browser.PostAsync(Survey(token), SurveyInvitationsForTests.Answers(new string('x', 1201)));
        var page = await tooLong.Content.ReadAsStringAsync(ct);
        var exactly = new string('y', 599) + "\r\n" + new string('z', 600);

        Assert.Equal(HttpStatusCode.OK, tooLong.StatusCode);
        Assert.Contains("<a href=\"#Comment\">Your comments must be 1,200 characters or fewer</a>", page, StringComparison.Ordinal);
        Assert.Matches("<input checked=\"checked\"[^>]*name=\"Satisfaction\"[^>]*value=\"4\"", page);
        Assert.Equal("/feedback/thank-you", await browser.AnswerAsync(Survey(token), SurveyInvitationsForTests.Answers(exactly)));
        await using var db = database.CreateDbContext();
        Assert.Equal(1200, (await db.Set<SurveyInvitation>().Where(i => i.Id == invitationId).Select(i => i.Comment).SingleAsync(ct))!.Length);
    }

    [Fact]
    public async Task Answering_WithAspNetCoreLoggingRaisedToInformation_LogsNoToken()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        var (token, _, _) = await SurveyInvitationsForTests.InvitedAsync(database);
        var logged = new ConcurrentQueue<string>();
        await using var app = FrontDoorAppFactory.For(database, new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Information",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Information",
        });
        await using var logging = app.WithWebHostBuilder(host => host.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(new RecordingLoggerProvider(logged))));
        var browser = new RequestHelpClient(logging.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false }));

        await browser.AnswerAsync(Survey(token), SurveyInvitationsForTests.Answers());
        (await browser.Http.GetAsync(Survey(token), TestContext.Current.CancellationToken)).Dispose();

        Assert.Contains(logged, line => line.Contains("/Feedback/Survey", StringComparison.Ordinal)); // the requests were logged at all
        Assert.DoesNotContain(logged, line => line.Contains(token, StringComparison.Ordinal));
    }

    private static string Survey(string token) => "/feedback/" + Uri.EscapeDataString(token);

    private static string Heading(string html) =>
        System.Text.RegularExpressions.Regex.Match(html, "<h1[^>]*>([^<]*)</h1>") is { Success: true } h1 ? h1.Groups[1].Value : string.Empty;

    /// <summary>Every log line the app writes, formatted, as any log sink would receive it.</summary>
    private sealed class RecordingLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Recorder(categoryName, lines);

        public void Dispose()
        {
        }

        private sealed class Recorder(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue($"{category}: {formatter(state, exception)} {exception}");
        }
    }
}
