using System.Diagnostics;
using System.Net;
using FrontDoor.Core.Audit;
using FrontDoor.Core.Data;
using FrontDoor.Core.Messages;
using FrontDoor.Core.Messages.Notify;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Tests.Hosting;
using FrontDoor.Web.Tests.Pages.Portal.RequestHelp;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Tests.Pages.Portal.AllocatedWorker;

/// <summary>"Find your worker" as a browser without JavaScript uses it: the question pages, the answer, the text, the limits.</summary>
public sealed partial class AllocatedWorkerPageTests
{
    private const string ByReference = "/allocated-worker/find/reference-number";
    private const string ByNhsNumber = "/allocated-worker/find/nhs-number";

    [Fact]
    public async Task Start_ChoosingNhsNumber_GoesToTheNhsNumberQuestion_AndChoosingNothingIsAnError()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        var browser = new RequestHelpClient(app.CreateBrowserLikeClient());

        Assert.Equal(ByNhsNumber, await browser.AnswerAsync("/allocated-worker", new Dictionary<string, string> { ["By"] = "NhsNumber" }));
        using var nothing = await browser.PostAsync("/allocated-worker", new Dictionary<string, string>());
        var page = await nothing.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, nothing.StatusCode);
        Assert.Contains("govuk-error-summary", page, StringComparison.Ordinal);
        Assert.Contains("Select which number you have", page, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task Post_ByReferenceNumber_ShowsWorkerTeamDutyLineHoursAndOpenNow_AndAuditsItAgainstThePerson(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var people = await PeopleWithWorkers.SaveAsync(database);
        await using var app = FrontDoorAppFactory.For(database);
        var browser = new RequestHelpClient(app.CreateBrowserLikeClient());

        using var response = await browser.PostAsync(ByReference, PeopleWithWorkers.Answers(" 1000 123 ", PeopleWithWorkers.DorisBorn));
        var page = await response.Content.ReadAsStringAsync(ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Your worker is Priya Shah.", page, StringComparison.Ordinal);
        Assert.Contains("They work in the Melton Community Team.", page, StringComparison.Ordinal);
        Assert.Contains("01632 960002", page, StringComparison.Ordinal);
        Assert.Contains("melton@example.gov.uk", page, StringComparison.Ordinal);
        Assert.Contains("Monday to Friday, 8:30am to 5pm", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"open-now\"", page, StringComparison.Ordinal); // Monday 9:30am
        Assert.Contains("emergency duty team", page, StringComparison.Ordinal);
        Assert.Contains("It ends in 456.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Whitworth", page, StringComparison.Ordinal);

        await using var db = database.CreateDbContext();
        var audit = await db.AuditEvents.AsNoTracking().Include(e => e.People).SingleAsync(e => e.RecordId == AuditEvent.IdOf(people.Doris), ct);
        Assert.Equal(("public:allocated-worker-lookup", AuditAction.Viewed, "allocated worker look-up by reference number"), (audit.Actor, audit.Action, audit.Detail));
        var report = await new PersonAccessReport(db, app.Clock).ReadPageAsync(new PersonAccessQuery(people.Doris), "test", null, ct);
        Assert.Contains(report!.Entries, e => e.ActorId == "public:allocated-worker-lookup" && e.Detail == "allocated worker look-up by reference number");
    }

    [Theory]
    [BothProviders]
    public async Task Post_ByNhsNumber_FindsTheSamePerson(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var people = await PeopleWithWorkers.SaveAsync(database);
        await using var app = FrontDoorAppFactory.For(database);
        var browser = new RequestHelpClient(app.CreateBrowserLikeClient());

        using var response = await browser.PostAsync(ByNhsNumber, PeopleWithWorkers.Answers("401 023 2137", PeopleWithWorkers.DorisBorn));
        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Your worker is Priya Shah.", page, StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        Assert.Equal("allocated worker look-up by NHS number", (await db.AuditEvents.AsNoTracking().SingleAsync(e => e.RecordId == AuditEvent.IdOf(people.Doris), TestContext.Current.CancellationToken)).Detail);
    }

    [Fact]
    public async Task Post_NhsNumberWithAWrongCheckDigitOrNoDate_ShowsGovukErrors()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        var browser = new RequestHelpClient(app.CreateBrowserLikeClient());

        using var response = await browser.PostAsync(ByNhsNumber, new Dictionary<string, string> { ["Number"] = "401 023 2138" });
        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("govuk-error-summary", page, StringComparison.Ordinal);
        Assert.Contains("Enter a real NHS number", page, StringComparison.Ordinal);
        Assert.Contains("Enter your date of birth", page, StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        Assert.Equal(0, await db.AllocatedWorkerLookupAttempts.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Post_PersonWithNoAllocation_IsToldHowToAskForHelp()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await PeopleWithWorkers.SaveAsync(database);
        await using var app = FrontDoorAppFactory.For(database);
        var browser = new RequestHelpClient(app.CreateBrowserLikeClient());

        using var response = await browser.PostAsync(ByReference, PeopleWithWorkers.Answers(PeopleWithWorkers.DennisReference, PeopleWithWorkers.DennisBorn));
        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains("You do not have a worker at the moment", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/request-help\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"text-me\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WhenTheCouncilDoesNotNameWorkers_ShowsTheTeamOnly()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await PeopleWithWorkers.SaveAsync(database);
        await using var app = FrontDoorAppFactory.For(database, new Dictionary<string, string?> { ["AllocatedWorker:ShowWorkerName"] = "false" });
        var browser = new RequestHelpClient(app.CreateBrowserLikeClient());

        using var response = await browser.PostAsync(ByReference, PeopleWithWorkers.Answers(PeopleWithWorkers.DorisReference, PeopleWithWorkers.DorisBorn));
        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains("Your team is the Melton Community Team.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Priya", page, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task Post_WithWrongDateOfBirth_ShowsSameStatusAndBodyAsUnknownId_AndAuditsNobody(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await PeopleWithWorkers.SaveAsync(database);
        await using var app = FrontDoorAppFactory.For(database);
        var browser = new RequestHelpClient(app.CreateBrowserLikeClient());
        var token = await browser.TokenFromAsync(ByReference);

        using var wrongDate = await browser.PostAsync(ByReference, PeopleWithWorkers.Answers(PeopleWithWorkers.DorisReference, new DateOnly(1944, 8, 15)), token);
        using var unknown = await browser.PostAsync(ByReference, PeopleWithWorkers.Answers("9999999", PeopleWithWorkers.DorisBorn), token);

        Assert.Equal(HttpStatusCode.OK, wrongDate.StatusCode);
        Assert.Equal(wrongDate.StatusCode, unknown.StatusCode);
        var wrongDatePage = await wrongDate.Content.ReadAsStringAsync(ct);
        Assert.Contains("We could not find your details", wrongDatePage, StringComparison.Ordinal);
        Assert.Equal(wrongDatePage, await unknown.Content.ReadAsStringAsync(ct));
        await using var db = database.CreateDbContext();
        Assert.Empty(await db.AuditEventPeople.AsNoTracking().ToListAsync(ct));
    }

    [Theory]
    [BothProviders]
    public async Task Post_WrongDateOfBirthAndUnknownId_TakeTheSameTimeWithinNoise(DatabaseProvider provider)
    {
        const int Samples = 60;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await PeopleWithWorkers.SaveAsync(database);
        await using var app = FrontDoorAppFactory.For(database, new Dictionary<string, string?>
        {
            ["AllocatedWorker:AttemptsPerHourPerClient"] = "10000",
            ["AllocatedWorker:AttemptsPerHourPerIdentifier"] = "1000",
            ["Throttling:Enabled"] = "false",
        });
        var browser = new RequestHelpClient(app.CreateBrowserLikeClient());
        var token = await browser.TokenFromAsync(ByReference);
        var wrongDate = PeopleWithWorkers.Answers(PeopleWithWorkers.DorisReference, new DateOnly(1944, 8, 15));
        var unknown = PeopleWithWorkers.Answers("9999999", PeopleWithWorkers.DorisBorn);

        // Warm both paths (JIT, query plans, connection pool), then take the samples alternately so drift hits both alike.
        for (var i = 0; i < 10; i++)
        {
            await TimeAsync(wrongDate);
            await TimeAsync(unknown);
        }

        var wrongDateTimes = new List<double>();
        var unknownTimes = new List<double>();
        for (var i = 0; i < Samples; i++)
        {
            wrongDateTimes.Add(await TimeAsync(wrongDate));
            unknownTimes.Add(await TimeAsync(unknown));
        }

        var (wrongMedian, unknownMedian) = (Median(wrongDateTimes), Median(unknownTimes));
        var tolerance = 0.25 * Math.Max(wrongMedian, unknownMedian) + 0.5;
        Assert.True(Math.Abs(wrongMedian - unknownMedian) <= tolerance,
            $"Median {wrongMedian:F2} ms for a wrong date of birth, {unknownMedian:F2} ms for an unknown reference: more than {tolerance:F2} ms apart.");

        async Task<double> TimeAsync(Dictionary<string, string> answers)
        {
            var watch = Stopwatch.StartNew();
            using var response = await browser.PostAsync(ByReference, answers, token);
            await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            watch.Stop();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return watch.Elapsed.TotalMilliseconds;
        }

        static double Median(List<double> times)
        {
            var sorted = times.Order().ToList();
            return (sorted[(sorted.Count - 1) / 2] + sorted[sorted.Count / 2]) / 2;
        }
    }

    [Theory]
    [BothProviders]
    public async Task Post_PastTheLimitPerClient_ShowsTryAgainLaterWith429(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await PeopleWithWorkers.SaveAsync(database);
        await using var app = FrontDoorAppFactory.For(database, new Dictionary<string, string?>
        {
            ["AllocatedWorker:AttemptsPerHourPerClient"] = "2",
            ["AllocatedWorker:AttemptsPerHourPerIdentifier"] = "100",
        });
        var browser = new RequestHelpClient(app.CreateBrowserLikeClient());

        // Two different numbers, one found and one not: every look-up counts against the client.
        (await browser.PostAsync(ByReference, PeopleWithWorkers.Answers(PeopleWithWorkers.DorisReference, PeopleWithWorkers.DorisBorn))).Dispose();
        (await browser.PostAsync(ByReference, PeopleWithWorkers.Answers("9999999", PeopleWithWorkers.DorisBorn))).Dispose();
        using var third = await browser.PostAsync(ByReference, PeopleWithWorkers.Answers(PeopleWithWorkers.DennisReference, PeopleWithWorkers.DennisBorn));

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal(TimeSpan.FromHours(1), third.Headers.RetryAfter?.Delta);
        var page = await third.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Try again later", page, StringComparison.Ordinal);
        Assert.Contains("60 minutes", page, StringComparison.Ordinal);
        Assert.DoesNotContain("You do not have a worker", page, StringComparison.Ordinal);

        app.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        using var later = await browser.PostAsync(ByReference, PeopleWithWorkers.Answers(PeopleWithWorkers.DennisReference, PeopleWithWorkers.DennisBorn));
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
    }

    [Theory]
    [BothProviders]
    public async Task Post_PastTheFailureLimitForOneIdentifier_RefusesEvenTheRightDateOfBirth_AndShowsAdministrators(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await PeopleWithWorkers.SaveAsync(database);
        await using var app = FrontDoorAppFactory.For(database, new Dictionary<string, string?>
        {
            ["AllocatedWorker:AttemptsPerHourPerClient"] = "100",
            ["AllocatedWorker:AttemptsPerHourPerIdentifier"] = "3",
            ["AllocatedWorker:ReportFailuresFrom"] = "3",
        });
        var browser = new RequestHelpClient(app.CreateBrowserLikeClient());

        for (var day = 10; day < 13; day++)
        {
            (await browser.PostAsync(ByNhsNumber, PeopleWithWorkers.Answers(PeopleWithWorkers.DorisNhsNumber, new DateOnly(1944, 8, day)))).Dispose();
        }

        using var right = await browser.PostAsync(ByNhsNumber, PeopleWithWorkers.Answers(PeopleWithWorkers.DorisNhsNumber, PeopleWithWorkers.DorisBorn));
        using var otherPerson = await browser.PostAsync(ByReference, PeopleWithWorkers.Answers(PeopleWithWorkers.DennisReference, PeopleWithWorkers.DennisBorn));

        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherPerson.StatusCode);

        using var admin = app.CreateBrowserLikeClient();
        (await admin.SignInAsDemoUserAsync("demo-administrator")).Dispose();
        var list = await admin.GetStringAsync("/staff/allocated-worker-lookups", ct);
        Assert.Contains("401 023 2137", list, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"repeated-failures\"", list, StringComparison.Ordinal);
        Assert.DoesNotContain("1000456", list, StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        Assert.Contains(await db.AuditEvents.AsNoTracking().ToListAsync(ct), e => e.RecordType == "AllocatedWorkerLookupFailures" && e.Action == AuditAction.Viewed);
    }

    [Fact]
    public async Task RepeatedFailuresPage_AsAnAdvisor_IsRefused()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var advisor = app.CreateBrowserLikeClient();
        (await advisor.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        using var response = await advisor.GetAsync("/staff/allocated-worker-lookups", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/sign-in/access-denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task TextMe_SendsOneTextToTheMobileOnRecord_HoweverOftenItIsPressed(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await PeopleWithWorkers.SaveAsync(database);
        await using var app = FrontDoorAppFactory.For(database);
        var browser = new RequestHelpClient(app.CreateBrowserLikeClient());
        using var answer = await browser.PostAsync(ByReference, PeopleWithWorkers.Answers(PeopleWithWorkers.DorisReference, PeopleWithWorkers.DorisBorn));
        var answerPage = await answer.Content.ReadAsStringAsync(ct);
        var antiforgery = AntiforgeryToken().Match(answerPage).Groups[1].Value;
        var offer = TextToken().Match(answerPage);
        Assert.True(offer.Success, "The answer page offers no text.");

        // A number typed in alongside is never used: the text goes to the one on the record.
        var fields = new Dictionary<string, string> { ["token"] = WebUtility.HtmlDecode(offer.Groups[1].Value), ["phone"] = "07700900999" };
        using var first = await browser.PostAsync("/allocated-worker/text", fields, antiforgery);
        using var second = await browser.PostAsync("/allocated-worker/text", fields, antiforgery);

        var firstPage = await first.Content.ReadAsStringAsync(ct);
        Assert.True(firstPage.Contains("We have sent you a text", StringComparison.Ordinal), $"{(int)first.StatusCode}: {firstPage[firstPage.IndexOf("<main", StringComparison.Ordinal)..]}");
        Assert.Contains("We have already sent you a text", await second.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        var message = Assert.Single(await db.OutboxMessages.AsNoTracking().ToListAsync(ct));
        Assert.Equal((MessageKind.NotifySms, NotifyTemplates.AllocatedWorkerDetailsSms.Name, PeopleWithWorkers.DorisMobile), (message.Kind, message.Template, message.Recipient));
        Assert.Contains("Priya Shah (Occupational therapist), Melton Community Team", message.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TextMe_WithATamperedOffer_SendsNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await PeopleWithWorkers.SaveAsync(database);
        await using var app = FrontDoorAppFactory.For(database);
        var browser = new RequestHelpClient(app.CreateBrowserLikeClient());
        var antiforgery = await browser.TokenFromAsync(ByReference);

        using var response = await browser.PostAsync("/allocated-worker/text", new Dictionary<string, string> { ["token"] = "not-a-real-offer" }, antiforgery);

        Assert.Contains("We cannot send a text", await response.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        Assert.Empty(await db.OutboxMessages.AsNoTracking().ToListAsync(ct));
    }

    [System.Text.RegularExpressions.GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial System.Text.RegularExpressions.Regex AntiforgeryToken();

    [System.Text.RegularExpressions.GeneratedRegex("name=\"token\" value=\"([^\"]+)\"")]
    private static partial System.Text.RegularExpressions.Regex TextToken();
}
